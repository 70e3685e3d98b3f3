import { describe, expect, it } from 'vitest';
import { extractTokens, normalizeLabel, readEditable, readEditableText } from '@/entrypoints/whatsapp.content/dom/text';

/** Build an element from markup written the way editors render it (no formatting whitespace unless stated). */
function el(markup: string): Element {
  const host = document.createElement('div');
  host.append(new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body.firstElementChild as Element);
  return host.firstElementChild as Element;
}

describe('readEditableText', () => {
  it('reads textarea and input values, not their markup', () => {
    const ta = document.createElement('textarea');
    ta.value = 'Line one\nLine two';
    expect(readEditableText(ta)).toBe('Line one\nLine two');
    const input = document.createElement('input');
    input.value = 'order_update';
    expect(readEditableText(input)).toBe('order_update');
  });

  it('turns Lexical paragraphs into lines and counts an empty paragraph once', () => {
    const lexical = el(
      '<div contenteditable="true" data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">Hi {{1}}, your order {{2}} ships today.</span></p><p><br></p><p dir="ltr"><span data-lexical-text="true">Thanks!</span></p></div>',
    );
    expect(readEditableText(lexical)).toBe('Hi {{1}}, your order {{2}} ships today.\n\nThanks!');
  });

  it('handles line breaks inside a paragraph and formatted runs', () => {
    const lexical = el(
      '<div contenteditable="true"><p><span data-lexical-text="true">Hello </span><strong data-lexical-text="true">Ana</strong><br><span data-lexical-text="true">second line</span></p></div>',
    );
    expect(readEditableText(lexical)).toBe('Hello Ana\nsecond line');
  });

  it('reads plain contenteditable the way browsers split it into divs', () => {
    const ce = el('<div contenteditable="true">first<div>second</div><div><br></div><div>fourth</div></div>');
    expect(readEditableText(ce)).toBe('first\nsecond\n\nfourth');
  });

  it('keeps emoji, including emoji rendered as images', () => {
    const ce = el(
      '<div contenteditable="true"><p><span>Winter sale ❄️ 👩🏽‍💻</span><img alt="🎉" src="data:,"></p></div>',
    );
    expect(readEditableText(ce)).toBe('Winter sale ❄️ 👩🏽‍💻🎉');
  });

  it('keeps right-to-left text in logical order with its line structure', () => {
    const ce = el(
      '<div contenteditable="true" dir="rtl"><p dir="rtl"><span>مرحبا {{1}}</span></p><p dir="rtl"><span>طلبك في الطريق</span></p></div>',
    );
    expect(readEditableText(ce)).toBe('مرحبا {{1}}\nطلبك في الطريق');
  });

  it('drops zero-width caret anchors and turns NBSP into spaces', () => {
    const ce = el('<div contenteditable="true"><p><span>\u200BHi\u00A0Ana\uFEFF</span></p></div>');
    expect(readEditableText(ce)).toBe('Hi Ana');
  });

  it('reads variable chips (contenteditable=false islands) by text or label, and flags unreadable ones', () => {
    const withText = el('<div contenteditable="true"><p>Hi <span contenteditable="false">{{1}}</span>!</p></div>');
    expect(readEditable(withText)).toEqual({ text: 'Hi {{1}}!', lossy: false });
    const withLabel = el(
      '<div contenteditable="true"><p>Hi <span data-lexical-decorator="true" aria-label="{{first_name}}"></span>!</p></div>',
    );
    expect(readEditable(withLabel)).toEqual({ text: 'Hi {{first_name}}!', lossy: false });
    const blank = el('<div contenteditable="true"><p>Hi <span contenteditable="false"></span>!</p></div>');
    expect(readEditable(blank)).toEqual({ text: 'Hi {{?}}!', lossy: true });
  });

  it('ignores source-formatting whitespace between blocks but keeps typed spaces', () => {
    const ce = el('<div contenteditable="true">\n  <p><span>a  b</span></p>\n  <p><span>c</span></p>\n</div>');
    expect(readEditableText(ce)).toBe('a  b\nc');
  });

  it('reads list items as lines', () => {
    const ce = el('<div contenteditable="true"><ul><li>one</li><li>two</li></ul></div>');
    expect(readEditableText(ce)).toBe('one\ntwo');
  });
});

describe('normalizeLabel', () => {
  it('matches labels regardless of case, accents, optional markers and punctuation', () => {
    expect(normalizeLabel('Header · Optional')).toBe('header');
    expect(normalizeLabel('Cabeçalho (opcional)')).toBe('cabecalho');
    expect(normalizeLabel('  Body*: ')).toBe('body');
    expect(normalizeLabel('+ Add variable')).toBe('add variable');
  });
});

describe('extractTokens', () => {
  it('lists positional and named tokens once, in order of first use', () => {
    expect(extractTokens('Hi {{1}}, {{ 2 }} and {{1}} again, {{first_name}}')).toEqual(['1', '2', 'first_name']);
  });
});
