import { describe, expect, it } from 'vitest';
import { emptyScan, scanShape } from './shape';

const scan = (text: string) => {
  const s = emptyScan();
  scanShape({ field: 'body', kind: 'body', text }, s);
  return s;
};
const texts = (spans: { text: string }[]) => spans.map((s) => s.text);

describe('scanShape', () => {
  it('separates a greeting’s name from the variables that carry details', () => {
    const s = scan('Hola {{1}}, tu pedido {{2}} llega el {{fecha}}.');
    expect(texts(s.variables)).toEqual(['{{2}}', '{{fecha}}']);
    expect(texts(s.datesOrTimes)).toEqual(['{{fecha}}']);
  });

  it('finds reference numbers, dates, times and amounts in any script of digits', () => {
    const s = scan('Pedido #48213 de R$ 59,90 entregue em 12/05/2026 às 14:30. Código AB12X9.');
    expect(texts(s.identifiers)).toEqual(expect.arrayContaining(['48213', 'AB12X9']));
    expect(texts(s.datesOrTimes)).toEqual(['12/05/2026', '14:30']);
    expect(texts(s.amounts)).toEqual(['59,90']);
  });

  it('reads currency around variables and named amounts', () => {
    expect(texts(scan('Total: €{{2}} · {{1}} TL · {{valor}}').amounts)).toEqual(['{{2}}', '{{1}}', '{{valor}}']);
  });

  it('counts the promotional punctuation, emoji, capitals and percentages', () => {
    const s = scan('🎉 MEGA SALE!!! Up to 50% off {{1}}% — are you in? ¡Hola!');
    expect(s.emoji).toHaveLength(1);
    expect(texts(s.exclamations)).toEqual(['!!!', '!']);
    expect(s.percents).toHaveLength(2);
    expect(s.questions).toHaveLength(1);
    expect(texts(s.capitals)).toEqual(['MEGA', 'SALE']);
  });

  it('counts words outside variables, in scripts with and without Latin letters', () => {
    expect(scan('Your order {{order_number}} shipped').words).toBe(3);
    expect(scan('आपका ऑर्डर भेज दिया गया है').words).toBe(6);
    expect(scan('تم شحن طلبك').words).toBe(3);
  });

  it('finds links written in the text', () => {
    expect(texts(scan('Details: https://example.com/a?b=1 and www.example.org').links)).toEqual([
      'https://example.com/a?b=1',
      'www.example.org',
    ]);
  });

  it('never throws on broken braces, lone surrogates or 100 KB of text', () => {
    expect(() => scan('{{1 {{2}} }} {{ \ud800 x'.repeat(5000))).not.toThrow();
  });
});
