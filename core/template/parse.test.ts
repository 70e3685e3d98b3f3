import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplates, parseTemplateText } from './parse';
import { TemplateDraftSchema } from './schema';

const graphCreate = {
  name: 'order_update',
  language: 'en_US',
  category: 'UTILITY',
  components: [
    { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: { header_text: ['A-1'] } },
    { type: 'BODY', text: 'Your order {{1}} ships on {{2}}. Thanks.', example: { body_text: [['A-1', 'Monday']] } },
    { type: 'FOOTER', text: 'Reply STOP to opt out' },
    {
      type: 'BUTTONS',
      buttons: [
        { type: 'URL', text: 'Track', url: 'https://x.example/t/{{1}}', example: ['https://x.example/t/A-1'] },
        { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+15550100' },
      ],
    },
  ],
};

describe('parseTemplates', () => {
  it('reads one Graph API create payload into a valid draft, id falling back to the name', () => {
    const { templates, errors } = parseTemplates(graphCreate);
    expect(errors).toEqual([]);
    expect(templates).toHaveLength(1);
    const t = templates[0];
    expect(t?.id).toBe('order_update');
    expect(TemplateDraftSchema.safeParse(t?.draft).success).toBe(true);
    expect(t?.draft.category).toBe('UTILITY');
    expect(t?.draft.components.map((c) => c.type)).toEqual(['HEADER', 'BODY', 'FOOTER', 'BUTTONS']);
  });

  it('reads a list response in order, keeping read-node ids', () => {
    const list = {
      data: [
        { ...graphCreate, id: '111', status: 'APPROVED' },
        { ...graphCreate, id: '222', name: 'second' },
      ],
      paging: { cursors: { before: 'a', after: 'b' } },
    };
    const { templates, errors } = parseTemplates(list);
    expect(errors).toEqual([]);
    expect(templates.map((t) => [t.index, t.id])).toEqual([
      [0, '111'],
      [1, '222'],
    ]);
  });

  it('reads flat objects with string buttons, legacy categories and media header formats', () => {
    const { templates, errors } = parseTemplates([
      {
        id: 'a',
        text: 'Hello {{1}}, your parcel is out.',
        category: 'shipping_update',
        buttons: ['Track', '[COPY_CODE]'],
      },
      { body: 'Code {{1}}', category: 'otp', header_format: 'image', footer: 'Bye' },
      { text: 'Hi {{first_name}}, thanks.', template_name: 'thanks_note' },
    ]);
    expect(errors).toEqual([]);
    const [a, b, c] = templates;
    expect(a?.draft.category).toBe('UTILITY');
    expect(a?.draft.components.find((x) => x.type === 'BUTTONS')).toEqual({
      type: 'BUTTONS',
      buttons: [{ type: 'QUICK_REPLY', text: 'Track' }, { type: 'COPY_CODE' }],
    });
    expect(b?.id).toBe('1');
    expect(parseTemplates({ text: 'x', language: { code: 'pt_BR' } }).templates[0]?.draft.language).toBe('pt_BR');
    expect(b?.draft.category).toBe('AUTHENTICATION');
    expect(b?.draft.components[0]).toEqual({ type: 'HEADER', format: 'IMAGE' });
    expect(c?.id).toBe('thanks_note');
    expect(c?.draft.parameter_format).toBe('NAMED');
  });

  it('reads a bare button label in a flat authentication template as the OTP copy-code button', () => {
    const { templates } = parseTemplates({
      text: '*{{1}}* is your code.',
      category: 'AUTHENTICATION',
      buttons: ['Copiar código'],
    });
    expect(templates[0]?.draft.components.at(-1)).toEqual({
      type: 'BUTTONS',
      buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copiar código' }],
    });
  });

  it('maps legacy categories case-insensitively', () => {
    const cats = ['TRANSACTIONAL', 'Account_Update', 'ISSUE_RESOLUTION', 'OTP', 'marketing'].map(
      (category) => parseTemplates({ text: 'x', category }).templates[0]?.draft.category,
    );
    expect(cats).toEqual(['UTILITY', 'UTILITY', 'UTILITY', 'AUTHENTICATION', 'MARKETING']);
  });

  it('names the path and the problem for bad parts, keeping the rest of the template', () => {
    const { templates, errors } = parseTemplates({
      data: [
        {
          name: 'x',
          category: 'PROMO_BLAST',
          components: [
            { type: 'BODY', text: 'Hi' },
            'oops',
            { type: 'BUTTONS', buttons: [{ type: 'URL', text: 7, url: {} }] },
          ],
        },
      ],
    });
    expect(templates).toHaveLength(1);
    expect(errors.map((e) => e.path)).toEqual([
      '$.data[0].category',
      '$.data[0].components[1]',
      '$.data[0].components[2].buttons[0].url',
    ]);
    expect(errors[0]?.message).toMatch(/unknown category "PROMO_BLAST"/);
    // The number 7 is accepted as the text "7"; the object url is dropped.
    expect(templates[0]?.draft.components[1]).toEqual({ type: 'BUTTONS', buttons: [{ type: 'URL', text: '7' }] });
  });

  it('drops entries that are not templates with an error at their index, keeping order of the others', () => {
    const { templates, errors } = parseTemplates([{ text: 'a' }, 42, { foo: 1 }, { text: 'b' }]);
    expect(templates.map((t) => t.index)).toEqual([0, 3]);
    expect(errors.map((e) => [e.index, e.path])).toEqual([
      [1, '$[1]'],
      [2, '$[2]'],
    ]);
  });

  it('records unsupported component and header types instead of failing', () => {
    const { templates, errors } = parseTemplates({
      name: 'order_details',
      components: [
        { type: 'BODY', text: 'Look at these' },
        { type: 'ORDER_DETAILS', order: {} },
        { type: 'HEADER', format: 'HTML' },
      ],
    });
    expect(errors).toEqual([]);
    expect(templates[0]?.draft.unsupported).toEqual([
      { path: '$.components[1]', type: 'ORDER_DETAILS' },
      { path: '$.components[2]', type: 'HEADER HTML' },
    ]);
  });

  it("reads Meta's carousel, limited-time-offer and call-permission shapes, in either case", () => {
    const { templates, errors } = parseTemplates([
      {
        name: 'carousel',
        category: 'marketing',
        components: [
          { type: 'body', text: 'Rare succulents for sale! {{1}}' },
          {
            type: 'carousel',
            cards: [
              {
                components: [
                  { type: 'header', format: 'image', example: { header_handle: ['4::a'] } },
                  { type: 'body', text: 'Use code {{1}}' },
                  { type: 'buttons', buttons: [{ type: 'quick_reply', text: 'Send more like this' }] },
                ],
              },
              {
                components: [
                  { type: 'HEADER', format: 'PRODUCT' },
                  { type: 'BUTTONS', buttons: [{ type: 'SPM', text: 'View' }] },
                ],
              },
            ],
          },
        ],
      },
      {
        name: 'offer',
        components: [
          { type: 'limited_time_offer', limited_time_offer: { text: 'Expiring offer!', has_expiration: true } },
          { type: 'body', text: 'Good news!' },
        ],
      },
      { name: 'call', components: [{ type: 'body', text: 'May we call you?' }, { type: 'call_permission_request' }] },
    ]);
    expect(errors).toEqual([]);
    const [carousel, offer, call] = templates.map((t) => t.draft);
    const cards = carousel?.components.find((c) => c.type === 'CAROUSEL');
    expect(cards?.type === 'CAROUSEL' && cards.cards.map((c) => c.components.map((x) => x.type))).toEqual([
      ['HEADER', 'BODY', 'BUTTONS'],
      ['HEADER', 'BUTTONS'],
    ]);
    expect(offer?.components[0]).toEqual({
      type: 'LIMITED_TIME_OFFER',
      limited_time_offer: { text: 'Expiring offer!', has_expiration: true },
    });
    expect(call?.components.map((c) => c.type)).toEqual(['BODY', 'CALL_PERMISSION_REQUEST']);
    for (const t of templates) expect(t.draft.unsupported ?? []).toEqual([]);
  });

  it('reports a carousel without a card list, and card parts a card cannot hold, by path', () => {
    const { errors } = parseTemplates({
      name: 'broken',
      components: [
        { type: 'BODY', text: 'x' },
        { type: 'CAROUSEL', cards: 'two' },
        { type: 'CAROUSEL', cards: [{ components: [{ type: 'FOOTER', text: 'no' }] }] },
      ],
    });
    expect(errors.map((e) => e.path)).toEqual(['$.components[1].cards', '$.components[2].cards[0].components']);
  });

  it("fills Meta's preset text for an authentication create payload whose body has no text", () => {
    const { templates } = parseTemplates({
      name: 'otp',
      category: 'AUTHENTICATION',
      components: [
        { type: 'BODY', add_security_recommendation: true },
        { type: 'FOOTER', code_expiration_minutes: 10 },
        { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'copy_code' }] },
      ],
    });
    const body = templates[0]?.draft.components[0];
    expect(body?.type === 'BODY' && body.text).toBe(
      '*{{1}}* is your verification code. For your security, do not share this code.',
    );
    expect(templates[0]?.draft.components[2]).toEqual({
      type: 'BUTTONS',
      buttons: [{ type: 'OTP', otp_type: 'COPY_CODE' }],
    });
  });

  it('never throws and always returns valid drafts for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseTemplates(value);
        for (const t of r.templates) expect(TemplateDraftSchema.safeParse(t.draft).success).toBe(true);
        for (const e of r.errors) expect(typeof e.message).toBe('string');
      }),
    );
  });
});

describe('parseTemplateText', () => {
  it('reads JSONL of flat objects, one template per line, and reports bad lines by line number', () => {
    const text = '{"id":"a","text":"one"}\n\n{"id":"b","text":"two"\n{"id":"c","text":"three"}\n';
    const { templates, errors } = parseTemplateText(text);
    expect(templates.map((t) => [t.index, t.id])).toEqual([
      [0, 'a'],
      [2, 'c'],
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ index: 1, path: 'line 3' });
    expect(errors[0]?.message).toMatch(/invalid JSON/);
  });

  it('never throws on arbitrary text, JSON-looking or not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.json(),
          fc.jsonValue().map((v) => `${JSON.stringify(v)}\n{`),
        ),
        (text) => {
          const r = parseTemplateText(text);
          // Only an empty list ("[]", {"data": []}) yields neither templates nor errors.
          if (r.templates.length + r.errors.length === 0)
            expect(JSON.parse(text)).toSatisfy(
              (v: unknown) => (Array.isArray(v) ? v : (v as { data: unknown[] }).data).length === 0,
            );
          for (const t of r.templates) expect(TemplateDraftSchema.safeParse(t.draft).success).toBe(true);
        },
      ),
    );
  });

  it('reads a JSON document with a BOM', () => {
    const { templates } = parseTemplateText(`\uFEFF${JSON.stringify([graphCreate, graphCreate])}`);
    expect(templates).toHaveLength(2);
  });

  it('takes plain text, even starting with a variable, as a body', () => {
    const { templates, errors } = parseTemplateText('{{1}} is your verification code.');
    expect(errors).toEqual([]);
    const body = templates[0]?.draft.components[0];
    expect(body).toEqual({ type: 'BODY', text: '{{1}} is your verification code.' });
  });

  it('reports clearly-JSON text that does not parse as an error, and reads other bracketed text as a body', () => {
    expect(parseTemplateText('[{"text": "hi"},').errors[0]?.message).toMatch(/not valid JSON or JSONL/);
    expect(parseTemplateText('{"name": ').errors[0]?.message).toMatch(/not valid JSON or JSONL/);
    const promo = parseTemplateText('[Promo] 20% off today');
    expect(promo.errors).toEqual([]);
    expect(promo.templates[0]?.draft.components[0]).toEqual({ type: 'BODY', text: '[Promo] 20% off today' });
  });

  it('with requireJson, anything starting with "{" (not "{{") or "[" that does not parse is an error', () => {
    expect(parseTemplateText('{not json}', { requireJson: true }).errors[0]?.message).toMatch(
      /not valid JSON or JSONL/,
    );
    expect(parseTemplateText('[Promo] 20% off', { requireJson: true }).templates).toEqual([]);
  });

  it('reports truncated JSON and empty input as errors, not exceptions', () => {
    const truncated = parseTemplateText('{\n  "name": "x",\n  "components": [\n');
    expect(truncated.templates).toEqual([]);
    expect(truncated.errors[0]?.message).toMatch(/not valid JSON or JSONL/);
    expect(parseTemplateText('   \n').errors[0]?.message).toBe('input is empty');
  });
});
