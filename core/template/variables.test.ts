import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractVariables } from './variables';

describe('extractVariables', () => {
  it('finds positional and named placeholders with offsets into the original text', () => {
    const text = 'Hi {{1}}, your order {{order_id}} ships.';
    const { variables, malformed } = extractVariables(text);
    expect(malformed).toEqual([]);
    expect(variables.map((v) => [v.name, v.kind, text.slice(v.start, v.end)])).toEqual([
      ['1', 'positional', '{{1}}'],
      ['order_id', 'named', '{{order_id}}'],
    ]);
    expect(variables.every((v) => v.problem === undefined)).toBe(true);
  });

  it('marks special characters, bad names, padding and empty braces', () => {
    const { variables } = extractVariables('a {{#1}} b {{$price}} c {{First Name}} d {{ 2 }} e {{}} f');
    expect(variables.map((v) => v.problem)).toEqual([
      'special-characters',
      'special-characters',
      'invalid-name',
      'whitespace',
      'empty',
    ]);
  });

  it('reports unbalanced and mismatched braces with their spans', () => {
    const text = 'x {{1} y {2}} z {{{3}}} w {4} v }} u {{5';
    const { variables, malformed } = extractVariables(text);
    expect(variables).toEqual([]);
    expect(malformed.map((m) => [m.reason, m.text])).toEqual([
      ['mismatched', '{{1}'],
      ['mismatched', '{2}}'],
      ['extra-braces', '{{{3}}}'],
      ['single-braces', '{4}'],
      ['unopened', '}}'],
      ['unclosed', '{{'],
    ]);
    for (const m of malformed) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('leaves ordinary single braces alone', () => {
    expect(extractVariables('JSON looks like { "a": 1 } and {a b}').malformed).toEqual([]);
  });

  it('never throws and keeps spans inside the text for arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const text = s.replace(/x/g, '{{').replace(/y/g, '}}');
        const { variables, malformed } = extractVariables(text);
        for (const t of [...variables, ...malformed]) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.start).toBeLessThan(t.end);
        }
      }),
    );
  });

  it('returns nothing for non-string input instead of throwing', () => {
    expect(extractVariables(42 as unknown as string)).toEqual({ variables: [], malformed: [] });
  });
});
