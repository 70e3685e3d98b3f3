/**
 * Template types Meta added (core/template/formats.md): Meta's own documented examples of each type are categorised
 * as Meta allows and linted against Meta's limits, from Graph API JSON as Meta's pages write it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from '../../../core/analyze';
import { templateFormatOf } from '../../../core/template/formats';
import { parseTemplates } from '../../../core/template/parse';

const draftOf = (json: unknown) => {
  const { templates, errors } = parseTemplates(json);
  expect(errors).toEqual([]);
  return templates[0]?.draft as NonNullable<(typeof templates)[number]['draft']>;
};
const lintIds = (a: ReturnType<typeof analyzeTemplate>) => a.lint.map((f) => f.id);

/** Meta, "Media card carousel templates" (updated 2026-06-24): the Lucky Shrub example, two cards. */
const metaCard = (code: string) => ({
  components: [
    { type: 'header', format: 'image', example: { header_handle: ['4::aW1hZ2U='] } },
    {
      type: 'body',
      text: `Use code {{1}} to get {{2}} off our newest succulent.`,
      example: { body_text: [[code, '15%']] },
    },
    {
      type: 'buttons',
      buttons: [
        { type: 'quick_reply', text: 'Send more like this' },
        {
          type: 'url',
          text: 'Buy now',
          url: 'https://www.luckyshrub.com/shop?code={{1}}',
          example: [`https://www.luckyshrub.com/shop?code=${code}`],
        },
      ],
    },
  ],
});
const META_CAROUSEL = {
  name: 'summer_carousel_promo_2023',
  language: 'en_US',
  category: 'marketing',
  components: [
    {
      type: 'body',
      text: 'Summer is here, and we have the freshest produce around! Use code {{1}} to get {{2}} off your next order.',
      example: { body_text: [['15OFF', '15%']] },
    },
    { type: 'carousel', cards: [metaCard('15OFF'), metaCard('20OFF')] },
  ],
};

/** Meta, "Limited-time offer templates" (updated 2026-06-17). */
const META_OFFER = {
  name: 'limited_time_offer_caribbean_pkg_2023',
  language: 'en_US',
  category: 'marketing',
  components: [
    { type: 'header', format: 'image', example: { header_handle: ['4::aW1hZ2U='] } },
    { type: 'limited_time_offer', limited_time_offer: { text: 'Expiring offer!', has_expiration: true } },
    {
      type: 'body',
      text: 'Good news, {{1}}! Use code {{2}} to get 25% off all Caribbean Destination packages!',
      example: { body_text: [['Pablo', 'CARIBE25']] },
    },
    {
      type: 'buttons',
      buttons: [
        { type: 'copy_code', example: 'CARIBE25' },
        {
          type: 'url',
          text: 'Book now!',
          url: 'https://awesomedestinations.com/offers?code={{1}}',
          example: ['https://awesomedestinations.com/offers?ref=n3mtql'],
        },
      ],
    },
  ],
};

describe('template types: Meta’s documented examples', () => {
  it('a media card carousel is Marketing, with no structural problem', () => {
    const d = draftOf(META_CAROUSEL);
    expect(templateFormatOf(d)).toBe('CAROUSEL');
    const a = analyzeTemplate(d);
    expect(a.category).toBe('MARKETING');
    expect(a.certainty).toBe('clear');
    expect(a.verdict.code).toBe('ok');
    expect(lintIds(a).filter((id) => id.startsWith('carousel') || id === 'format-category')).toEqual([]);
  });

  it('a carousel selected as Utility is an error citing Meta, and "will be Marketing"', () => {
    const a = analyzeTemplate(draftOf({ ...META_CAROUSEL, category: 'utility' }));
    expect(a.verdict.code).toBe('will-be-marketing');
    const f = a.lint.find((x) => x.id === 'format-category');
    expect(f?.severity).toBe('error');
    expect(f?.source.quote).toMatch(/only available for marketing template messages/);
    expect(f?.source.section).toMatch(/formats\.md §1/);
    expect(a.hits.map((h) => h.ruleId)).toContain('format-marketing-only');
  });

  it('reads the cards: a card body over 160 characters and cards that differ are reported on the card', () => {
    const long = metaCard('LONG');
    (long.components[1] as { text: string }).text = 'x'.repeat(161);
    const bare = { components: [{ type: 'header', format: 'image', example: { header_handle: ['4::a'] } }] };
    const a = analyzeTemplate(
      draftOf({
        ...META_CAROUSEL,
        components: [META_CAROUSEL.components[0], { type: 'carousel', cards: [long, bare] }],
      }),
    );
    expect(a.lint.find((f) => f.id === 'carousel-card-body-length')?.span?.field).toBe('cards.0.body');
    expect(lintIds(a)).toContain('carousel-cards-consistent');
    const one = analyzeTemplate(
      draftOf({
        ...META_CAROUSEL,
        components: [META_CAROUSEL.components[0], { type: 'carousel', cards: [metaCard('A')] }],
      }),
    );
    expect(lintIds(one)).toContain('carousel-card-count');
  });

  it('a limited-time offer is Marketing; Meta’s example passes, a footer or a long offer text does not', () => {
    const d = draftOf(META_OFFER);
    expect(templateFormatOf(d)).toBe('LIMITED_TIME_OFFER');
    const a = analyzeTemplate(d);
    expect(a.category).toBe('MARKETING');
    expect(lintIds(a).filter((id) => id.startsWith('offer'))).toEqual([]);
    const withFooter = analyzeTemplate(
      draftOf({ ...META_OFFER, components: [...META_OFFER.components, { type: 'footer', text: 'Ends tonight' }] }),
    );
    expect(withFooter.lint.find((f) => f.id === 'offer-structure')?.message.en).toMatch(/cannot have a footer/);
    const longText = structuredClone(META_OFFER);
    (longText.components[1] as { limited_time_offer: { text: string } }).limited_time_offer.text =
      'Our biggest offer of the year';
    expect(lintIds(analyzeTemplate(draftOf(longText)))).toContain('offer-text');
  });

  it('a call permission request may be Utility or Marketing, never Authentication, and stands alone', () => {
    // Shape of Meta, "Call permission request templates" (updated 2026-11-04).
    const call = (category: string, extra: unknown[] = []) =>
      analyzeTemplate(
        draftOf({
          name: 'call_permission',
          category,
          parameter_format: 'named',
          components: [
            {
              type: 'body',
              text: 'Hi {{name}}, we would like to call you about your support request {{ticket}}. Can we call you?',
              example: {
                body_text_named_params: [
                  { param_name: 'name', example: 'Ana' },
                  { param_name: 'ticket', example: '4521' },
                ],
              },
            },
            { type: 'call_permission_request' },
            ...extra,
          ],
        }),
      );
    expect(lintIds(call('utility'))).not.toContain('format-category');
    expect(call('utility').category).toBe('UTILITY');
    expect(lintIds(call('marketing'))).not.toContain('format-category');
    expect(lintIds(call('authentication'))).toContain('format-category');
    expect(lintIds(call('utility', [{ type: 'buttons', buttons: [{ type: 'quick_reply', text: 'Yes' }] }]))).toContain(
      'call-permission-alone',
    );
  });

  it('catalog and multi-product templates are Marketing, with their header rules', () => {
    const catalog = analyzeTemplate(
      draftOf({
        name: 'intro_catalog_offer',
        category: 'utility',
        components: [
          {
            type: 'BODY',
            text: 'Now shop for your favourite products right here on WhatsApp! Get Rs {{1}} off on all orders above {{2}}Rs!',
            example: { body_text: [['100', '400']] },
          },
          { type: 'FOOTER', text: 'Best grocery deals on WhatsApp!' },
          { type: 'BUTTONS', buttons: [{ type: 'CATALOG', text: 'View catalog' }] },
        ],
      }),
    );
    expect(catalog.category).toBe('MARKETING');
    expect(lintIds(catalog)).toContain('format-category');
    expect(lintIds(catalog)).not.toContain('catalog-structure');
    const mpm = analyzeTemplate(
      draftOf({
        name: 'abandoned_cart',
        category: 'marketing',
        components: [
          { type: 'BODY', text: 'Your cart is waiting! Complete your order now.' },
          { type: 'BUTTONS', buttons: [{ type: 'MPM', text: 'View items' }] },
        ],
      }),
    );
    expect(mpm.category).toBe('MARKETING');
    expect(mpm.lint.find((f) => f.id === 'catalog-structure')?.message.en).toMatch(/text header/);
  });

  it('a product card carousel is Marketing and takes one View or URL button per card', () => {
    const productCard = (button: unknown) => ({
      components: [
        { type: 'header', format: 'product' },
        { type: 'buttons', buttons: [button] },
      ],
    });
    const d = draftOf({
      name: 'product_carousel',
      category: 'marketing',
      components: [
        {
          type: 'body',
          text: 'Rare succulents for sale! {{1}}, add these unique plants to your collection.',
          example: { body_text: [['Pablo']] },
        },
        {
          type: 'carousel',
          cards: [productCard({ type: 'spm', text: 'View' }), productCard({ type: 'quick_reply', text: 'More' })],
        },
      ],
    });
    expect(templateFormatOf(d)).toBe('PRODUCT_CAROUSEL');
    const a = analyzeTemplate(d);
    expect(a.category).toBe('MARKETING');
    expect(a.lint.find((f) => f.id === 'carousel-card-buttons')?.message.en).toMatch(/Card 2/);
  });

  it('the editor’s type choice alone (no cards read yet) already makes the template Marketing', () => {
    const a = analyzeTemplate({
      category: 'UTILITY',
      format: 'CAROUSEL',
      components: [{ type: 'BODY', text: 'Your order {{1}} has shipped.' }],
    });
    expect(a.category).toBe('MARKETING');
    expect(a.verdict.code).toBe('will-be-marketing');
    expect(lintIds(a)).toContain('format-category');
  });
});
