/**
 * What a structural lint rule is, and the shared helpers rule files use. One rule per file in ./rules,
 * `id` = file name; every rule carries the Meta rule it rests on and examples run by rules.test.ts.
 */
import { templateFormatOf } from '../template/formats';
import type {
  Button,
  CarouselCard,
  Category,
  Component,
  FieldRef,
  HeaderFormat,
  TemplateDraft,
  TemplateFormat,
} from '../template/schema';
import { type ExtractedVariables, extractVariables } from '../template/variables';
import type { LintFinding, Localized, MetaSource, Severity, Span } from '../types';

type HeaderComponent = Extract<Component, { type: 'HEADER' }>;
type BodyComponent = Extract<Component, { type: 'BODY' }>;
type FooterComponent = Extract<Component, { type: 'FOOTER' }>;

/** Everything a rule needs, computed once per draft (variables are extracted once, not per rule). */
export interface LintContext {
  draft: TemplateDraft;
  /** The selected category, else the caller's assumption (e.g. the predicted one), else undefined. */
  category: Category | undefined;
  components: Component[];
  header: HeaderComponent | undefined;
  body: BodyComponent | undefined;
  footer: FooterComponent | undefined;
  buttons: Button[];
  headerText: string;
  bodyText: string;
  footerText: string;
  headerVars: ExtractedVariables;
  bodyVars: ExtractedVariables;
  footerVars: ExtractedVariables;
  /** Authentication rules apply: category AUTHENTICATION, or an OTP button is configured. */
  isAuthentication: boolean;
  /** The template type (../template/formats.ts). */
  format: TemplateFormat;
  /** Carousel cards, when the template is a carousel. */
  cards: CarouselCard[];
  /** The limited-time offer component, when there is one. */
  offer: Extract<Component, { type: 'LIMITED_TIME_OFFER' }> | undefined;
  /**
   * Authentication only because the caller assumed it (nothing selected, no OTP button): authentication
   * constraints are then advice for "if you submit this as Authentication", reported as warnings, not errors.
   */
  authenticationAssumed: boolean;
}

export interface LintRule {
  id: string;
  /** The most severe level this rule reports (some findings of a rule can be milder). */
  severity: Severity;
  description: string;
  source: MetaSource;
  check(ctx: LintContext): LintFinding[];
  /** `invalid` drafts must produce at least one finding with this rule's id; `valid` ones none. */
  examples: { valid: TemplateDraft[]; invalid: TemplateDraft[] };
}

export const L = (en: string, es: string, pt: string): Localized => ({ en, es, pt });

export function finding(
  rule: Pick<LintRule, 'id' | 'severity' | 'source'>,
  parts: { message: Localized; suggestion: Localized; span?: Span; severity?: Severity; source?: MetaSource },
): LintFinding {
  const f: LintFinding = {
    id: rule.id,
    severity: parts.severity ?? rule.severity,
    message: parts.message,
    source: parts.source ?? rule.source,
    suggestion: parts.suggestion,
  };
  if (parts.span) f.span = parts.span;
  return f;
}

export function span(field: FieldRef, text: string, start: number, end: number): Span {
  return { field, start, end, text: text.slice(start, end) };
}

/** Most findings one rule reports for one draft (a 100 KB body can hold thousands of variables). */
export const MAX_REPORTED = 20;

/** Length as people count it: code points, so an emoji counts once (UTF-16 length minus surrogate pairs). */
export function charLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * The code-point length of `text` when it is over `max`, else undefined (not over, or not a string). A string of
 * at most `max` UTF-16 units has at most `max` code points, so short texts are never counted.
 */
export function lengthOver(text: unknown, max: number): number | undefined {
  if (typeof text !== 'string' || text.length <= max) return undefined;
  const n = charLength(text);
  return n > max ? n : undefined;
}

/** UTF-16 offset of the code point at position `count` (or text.length). */
export function offsetOfCodePoint(text: string, count: number): number {
  let n = 0;
  let offset = 0;
  for (const ch of text) {
    if (n === count) return offset;
    offset += ch.length;
    n++;
  }
  return offset;
}

/** Emoji pictographs (not digits, `#` or `*`, which also carry the Unicode Emoji property). */
export { EMOJI } from '../text/patterns';

const asArray = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const asString = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Builds the context defensively: the draft type is trusted but lint must not throw on anything. */
export function buildContext(draft: TemplateDraft, assumeCategory?: Category): LintContext {
  const components = asArray<Component>((draft as { components?: unknown } | null)?.components).filter(
    (c): c is Component => typeof c === 'object' && c !== null && typeof (c as { type?: unknown }).type === 'string',
  );
  const header = components.find((c): c is HeaderComponent => c.type === 'HEADER');
  const body = components.find((c): c is BodyComponent => c.type === 'BODY');
  const footer = components.find((c): c is FooterComponent => c.type === 'FOOTER');
  const buttons = components
    .filter((c) => c.type === 'BUTTONS')
    .flatMap((c) => asArray<Button>((c as { buttons?: unknown }).buttons))
    .filter((b): b is Button => typeof b === 'object' && b !== null);
  const headerText = header?.format === 'TEXT' ? asString(header.text) : '';
  const bodyText = asString(body?.text);
  const footerText = asString(footer?.text);
  const category = draft?.category ?? assumeCategory;
  const hasOtpButton = buttons.some((b) => b.type === 'OTP');
  return {
    draft,
    category,
    components,
    header,
    body,
    footer,
    buttons,
    headerText,
    bodyText,
    footerText,
    headerVars: extractVariables(headerText),
    bodyVars: extractVariables(bodyText),
    footerVars: extractVariables(footerText),
    isAuthentication: category === 'AUTHENTICATION' || hasOtpButton,
    authenticationAssumed: !draft?.category && category === 'AUTHENTICATION' && !hasOtpButton,
    format: templateFormatOf(draft),
    cards: components
      .filter((c) => c.type === 'CAROUSEL')
      .flatMap((c) => asArray<CarouselCard>((c as { cards?: unknown }).cards))
      .filter((c): c is CarouselCard => typeof c === 'object' && c !== null && Array.isArray(c.components)),
    offer: components.find(
      (c): c is Extract<Component, { type: 'LIMITED_TIME_OFFER' }> => c.type === 'LIMITED_TIME_OFFER',
    ),
  };
}

/** Compact draft builder for rule examples and tests. */
export interface DraftSpec {
  name?: string;
  category?: Category;
  language?: string;
  parameter_format?: TemplateDraft['parameter_format'];
  header?: string | Omit<HeaderComponent, 'type'>;
  headerSamples?: string[];
  body?: string;
  bodySamples?: string[] | Record<string, string>;
  footer?: string;
  buttons?: Button[];
  unsupported?: TemplateDraft['unsupported'];
  /** Components after the standard ones (a carousel, a limited-time offer, a call permission request). */
  extra?: Component[];
  format?: TemplateFormat;
}

/** One carousel card for rule examples: header format (default IMAGE; null = none), body, buttons. */
export function card(spec: { header?: HeaderFormat | null; body?: string; buttons?: Button[] } = {}): CarouselCard {
  const components: CarouselCard['components'] = [];
  const format = spec.header === undefined ? 'IMAGE' : spec.header;
  if (format) components.push({ type: 'HEADER', format, example: { header_handle: ['4::aW1hZ2U='] } });
  if (spec.body !== undefined) components.push({ type: 'BODY', text: spec.body });
  if (spec.buttons) components.push({ type: 'BUTTONS', buttons: spec.buttons });
  return { components };
}

/** The parts of one carousel card, by kind (a card holds at most one of each). */
export function cardParts(c: CarouselCard): {
  header: Extract<CarouselCard['components'][number], { type: 'HEADER' }> | undefined;
  body: Extract<CarouselCard['components'][number], { type: 'BODY' }> | undefined;
  buttons: Button[];
} {
  const parts = Array.isArray(c?.components) ? c.components.filter((x) => x && typeof x === 'object') : [];
  return {
    header: parts.find((x) => x.type === 'HEADER'),
    body: parts.find((x) => x.type === 'BODY'),
    buttons: parts.flatMap((x) => (x.type === 'BUTTONS' && Array.isArray(x.buttons) ? x.buttons : [])),
  };
}

/** A carousel component from cards. */
export const carousel = (cards: CarouselCard[]): Component => ({ type: 'CAROUSEL', cards });

/** Section names of ../template/formats.md, cited by the rules about template types. */
export const SECTION_FORMATS = {
  carousel: 'core/template/formats.md §1 Media card carousel (Meta, updated 2026-06-24)',
  productCarousel: 'core/template/formats.md §2 Product card carousel (Meta, updated 2025-11-04)',
  offer: 'core/template/formats.md §3 Limited-time offer (Meta, updated 2026-06-17)',
  callPermission: 'core/template/formats.md §4 Call permission request (Meta, updated 2026-11-04)',
  catalog: 'core/template/formats.md §5 Catalog and multi-product (Meta, updated 2025-11-14 / 2025-11-04)',
} as const;

export function draft(spec: DraftSpec): TemplateDraft {
  const components: Component[] = [];
  if (spec.header !== undefined) {
    const h: HeaderComponent =
      typeof spec.header === 'string'
        ? { type: 'HEADER', format: 'TEXT', text: spec.header }
        : { type: 'HEADER', ...spec.header };
    if (spec.headerSamples) h.example = { header_text: spec.headerSamples };
    components.push(h);
  }
  if (spec.body !== undefined) {
    const b: BodyComponent = { type: 'BODY', text: spec.body };
    if (Array.isArray(spec.bodySamples)) b.example = { body_text: [spec.bodySamples] };
    else if (spec.bodySamples) {
      b.example = {
        body_text_named_params: Object.entries(spec.bodySamples).map(([param_name, example]) => ({
          param_name,
          example,
        })),
      };
    }
    components.push(b);
  }
  if (spec.footer !== undefined) components.push({ type: 'FOOTER', text: spec.footer });
  if (spec.buttons) components.push({ type: 'BUTTONS', buttons: spec.buttons });
  if (spec.extra) components.push(...spec.extra);
  const d: TemplateDraft = { components };
  if (spec.format) d.format = spec.format;
  if (spec.name !== undefined) d.name = spec.name;
  if (spec.category) d.category = spec.category;
  if (spec.language) d.language = spec.language;
  if (spec.parameter_format) d.parameter_format = spec.parameter_format;
  if (spec.unsupported) d.unsupported = spec.unsupported;
  return d;
}

/** Source section names used by the rules (meta-rules-and-pricing.md). */
export const SECTION_LIMITS = 'meta-rules-and-pricing.md §5 (Meta S23, Template components)';
export const SECTION_REJECTIONS = 'meta-rules-and-pricing.md §5 Common rejection reasons (Meta S7)';
export const SECTION_BSP = 'meta-rules-and-pricing.md §5 BSP-reported detail [2ND, not a Meta rule]';
export const SECTION_AUTH = 'meta-rules-and-pricing.md §1.4 Authentication rules (Meta S1, S2, S5)';
