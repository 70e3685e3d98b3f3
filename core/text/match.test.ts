import { describe, expect, it } from 'vitest';
import { compilePhrases, expandPattern, firstChars, prefixes } from './match';
import { normalizeForMatch } from './normalize';

const find = (patterns: string[], text: string) => {
  const m = compilePhrases(patterns.map((pattern, group) => ({ pattern, group })));
  const folded = normalizeForMatch(text).text;
  return m.find(folded).map((x) => ({ group: x.group, text: folded.slice(x.start, x.end) }));
};

describe('phrase matcher', () => {
  it('matches whole words only, including accented words', () => {
    expect(find(['promo'], 'Promoção')).toEqual([]);
    expect(find(['promocao'], 'Promoção hoje')).toEqual([{ group: 0, text: 'promocao' }]);
    expect(find(['sale'], 'wholesale prices')).toEqual([]);
    expect(find(['código'], 'seu código')).toEqual([{ group: 0, text: 'codigo' }]);
  });

  it('supports word stems (~) and numbers/positional variables (<n>)', () => {
    expect(find(['descont~'], 'descontos imperdíveis')).toEqual([{ group: 0, text: 'descontos' }]);
    expect(find(['<n> ?% off'], 'Get {{1}}% off today')).toEqual([{ group: 0, text: '1 % off' }]);
    expect(find(['<n> ?% off'], 'Get 20% off today')).toEqual([{ group: 0, text: '20% off' }]);
  });

  it('matches scripts written without spaces anywhere in the text', () => {
    expect(find(['認証コード'], 'あなたの認証コードです')).toEqual([{ group: 0, text: '認証コード' }]);
    expect(find(['인증 ?코드'], '인증 코드는 123입니다')).toEqual([{ group: 0, text: '인증 코드' }]);
  });

  it('finds overlapping phrases of different groups', () => {
    const groups = find(['verification code', 'code expires'], 'your verification code expires soon').map(
      (x) => x.group,
    );
    expect(groups.sort()).toEqual([0, 1]);
  });

  it('finds phrases whose prefixes share a bucket key, and only those', () => {
    // Many phrases with one 5-unit prefix and phrases shorter than the prefix length still match exactly.
    const specs = ['code to log in', 'code to reset', 'code', 'cod~ de acceso', 'co'];
    expect(find(specs, 'your code to reset it').map((x) => x.group)).toEqual([1]);
    expect(find(specs, 'codigo de acceso').map((x) => x.group)).toEqual([3]);
    expect(find(specs, 'co op').map((x) => x.group)).toEqual([4]);
    expect(find(specs, 'cobalt')).toEqual([]);
  });

  it('reports the earlier group when two phrases start at the same place', () => {
    expect(find(['shop now', 'shop'], 'shop now').map((x) => x.group)).toEqual([0]);
  });

  it('works out where a pattern can start, for dispatch', () => {
    expect([...firstChars(expandPattern('(your|the) order'))].sort()).toEqual(['t', 'y']);
    expect(prefixes(expandPattern('(your|the) (recent )?order'))).toEqual(new Set(['you', 'the']));
    // Longer prefixes (the pre-filter before a bucket's regex) go through optional groups.
    expect(prefixes(expandPattern('(your|the) (recent )?order'), 5)).toEqual(new Set(['your ', 'the o', 'the r']));
    expect(prefixes(expandPattern('\\p{L}*code'))).toBeNull();
    expect(prefixes(expandPattern('\\$ ?<n> off'))).toEqual(new Set(['$ ', '$']));
  });
});
