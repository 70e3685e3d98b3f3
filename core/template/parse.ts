/**
 * Parsers from what people paste or export into TemplateDraft (Graph API create-payload shape):
 * - one Graph API template (create payload, or a read node with id/status/…), an array of them,
 *   a `GET /message_templates` list response `{data:[…], paging?}` (whatsapp-manager-dom.md §5.3);
 * - a flat object `{id?, text|body, header?, header_format?, footer?, buttons?, language?, category?, name?}`
 *   or an array of them (the corpus layout), buttons as strings or objects;
 * - JSON or JSONL text, and plain text (= a body) via parseTemplateText.
 * Problems come back as `errors` naming the path and the problem; nothing throws out of these functions.
 * A template with a non-fatal problem (an unknown category, a malformed button) is still returned, minus the
 * broken part, so it can be analysed; only entries that are not templates at all are dropped.
 */

import { AUTH_PRESET_BODY_BOLD, AUTH_SECURITY_TEXT } from './auth-preset';
import { normalizeCategory } from './categories';
import {
  BUTTON_TYPES,
  type Button,
  type ButtonType,
  type CarouselCard,
  type Category,
  type Component,
  HEADER_FORMATS,
  type HeaderFormat,
  type ParameterFormat,
  type TemplateDraft,
} from './schema';
import { extractVariables } from './variables';

export interface ParsedTemplate {
  /** Position of the template in the input (0-based, input order). */
  index: number;
  /** The input's id, else its name, else String(index). */
  id: string;
  /** The input's id exactly as given (a number stays a number), so outputs can echo it unchanged. */
  inputId?: string | number;
  draft: TemplateDraft;
}

export interface ParseError {
  /** Which input template the problem belongs to (0-based). */
  index: number;
  /** JSONPath-like location, e.g. `$[3].components[1].buttons[0].type` or `line 7`. */
  path: string;
  message: string;
}

export interface ParseResult {
  templates: ParsedTemplate[];
  errors: ParseError[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `a ${typeof v}`;
}

/** Meta's preset authentication body (English), used when an AUTHENTICATION create payload has no body text:
 * Meta fills it in itself (meta-rules-and-pricing.md §1.4). The wording is Meta's; filling it here is DERIVED. */

const BUTTON_ALIASES: Record<string, ButtonType> = {
  PHONE: 'PHONE_NUMBER',
  CALL: 'PHONE_NUMBER',
  QUICKREPLY: 'QUICK_REPLY',
  REPLY: 'QUICK_REPLY',
  COPY: 'COPY_CODE',
  COPYCODE: 'COPY_CODE',
  WEBSITE: 'URL',
  ONE_TIME_PASSWORD: 'OTP',
};

const OTP_TYPES = ['COPY_CODE', 'ONE_TAP', 'ZERO_TAP'] as const;

/** Collects the errors of one input template, prefixing paths. */
class Ctx {
  draftUnsupported: Array<{ path: string; type: string }> = [];
  constructor(
    readonly index: number,
    readonly errors: ParseError[],
  ) {}
  error(path: string, message: string): void {
    this.errors.push({ index: this.index, path, message });
  }
  unsupported(path: string, type: string): void {
    this.draftUnsupported.push({ path, type });
  }
}

function optString(ctx: Ctx, obj: Obj, key: string, path: string): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  ctx.error(`${path}.${key}`, `expected a string, got ${describe(v)}`);
  return undefined;
}

function stringArray(ctx: Ctx, v: unknown, path: string): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return [String(v)];
  if (!Array.isArray(v)) {
    ctx.error(path, `expected an array of strings, got ${describe(v)}`);
    return undefined;
  }
  const out: string[] = [];
  v.forEach((item, i) => {
    if (typeof item === 'string' || typeof item === 'number') out.push(String(item));
    else ctx.error(`${path}[${i}]`, `expected a string, got ${describe(item)}`);
  });
  return out;
}

function namedParams(ctx: Ctx, v: unknown, path: string): Array<{ param_name: string; example: string }> | undefined {
  if (v === undefined || v === null) return undefined;
  // Accept Meta's `[{param_name, example}]` and the shorthand `{name: example}`.
  if (isObj(v)) return Object.entries(v).map(([param_name, example]) => ({ param_name, example: String(example) }));
  if (!Array.isArray(v)) {
    ctx.error(path, `expected an array of {param_name, example}, got ${describe(v)}`);
    return undefined;
  }
  const out: Array<{ param_name: string; example: string }> = [];
  v.forEach((item, i) => {
    if (isObj(item) && typeof item.param_name === 'string' && item.example !== undefined && item.example !== null) {
      out.push({ param_name: item.param_name, example: String(item.example) });
    } else ctx.error(`${path}[${i}]`, 'expected {"param_name": string, "example": string}');
  });
  return out;
}

/** Meta's body_text is an array holding one array; a flat array of strings is accepted as that one row. */
function bodyTextExample(ctx: Ctx, v: unknown, path: string): string[][] | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v) && v.length > 0 && v.every(Array.isArray)) {
    return v.map((row, i) => stringArray(ctx, row, `${path}[${i}]`) ?? []);
  }
  const row = stringArray(ctx, v, path);
  return row ? [row] : undefined;
}

function parseCategory(ctx: Ctx, raw: Obj, path: string): Category | undefined {
  const v = raw.category;
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') {
    ctx.error(`${path}.category`, `expected a category string, got ${describe(v)}`);
    return undefined;
  }
  const c = normalizeCategory(v);
  if (!c)
    ctx.error(
      `${path}.category`,
      `unknown category ${JSON.stringify(v)} (expected MARKETING, UTILITY or AUTHENTICATION)`,
    );
  return c ?? undefined;
}

function parseParameterFormat(ctx: Ctx, raw: Obj, path: string): ParameterFormat | undefined {
  const v = raw.parameter_format;
  if (v === undefined || v === null || v === '') return undefined;
  const up = typeof v === 'string' ? v.trim().toUpperCase() : '';
  if (up === 'POSITIONAL' || up === 'NAMED') return up;
  ctx.error(`${path}.parameter_format`, `expected "POSITIONAL" or "NAMED", got ${describe(v)}`);
  return undefined;
}

function buttonType(value: string): ButtonType | null {
  const up = value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if ((BUTTON_TYPES as readonly string[]).includes(up)) return up as ButtonType;
  return BUTTON_ALIASES[up.replace(/_/g, '')] ?? BUTTON_ALIASES[up] ?? null;
}

function parseButton(ctx: Ctx, v: unknown, path: string): Button | null {
  if (typeof v === 'string') {
    // Flat exports write buttons as their label; "[COPY_CODE]" / "[URL] Track order" tag the type.
    const tag = /^\[([A-Za-z_ -]+)\]\s*(.*)$/s.exec(v);
    const tagged = tag ? buttonType(tag[1] ?? '') : null;
    if (tag && tagged) {
      const text = tag[2] ?? '';
      return text ? { type: tagged, text } : { type: tagged };
    }
    return { type: 'QUICK_REPLY', text: v };
  }
  if (!isObj(v)) {
    ctx.error(path, `expected a button object or label, got ${describe(v)}`);
    return null;
  }
  let type: ButtonType | null;
  if (typeof v.type === 'string') {
    type = buttonType(v.type);
    if (!type) {
      ctx.unsupported(path, `button ${v.type}`);
      return null;
    }
  } else if (v.type !== undefined) {
    ctx.error(`${path}.type`, `expected a button type string, got ${describe(v.type)}`);
    return null;
  } else if (v.url !== undefined) type = 'URL';
  else if (v.phone_number !== undefined || v.phone !== undefined) type = 'PHONE_NUMBER';
  else if (v.otp_type !== undefined) type = 'OTP';
  else type = 'QUICK_REPLY';
  const button: Button = { type };
  const text = optString(ctx, v, 'text', path);
  if (text !== undefined) button.text = text;
  const url = optString(ctx, v, 'url', path);
  if (url !== undefined) button.url = url;
  const phone = optString(ctx, v, 'phone_number', path) ?? optString(ctx, v, 'phone', path);
  if (phone !== undefined) button.phone_number = phone;
  if (v.example !== undefined && v.example !== null) {
    if (typeof v.example === 'string' || typeof v.example === 'number') button.example = String(v.example);
    else {
      const ex = stringArray(ctx, v.example, `${path}.example`);
      if (ex) button.example = ex;
    }
  }
  if (v.otp_type !== undefined) {
    const ot = typeof v.otp_type === 'string' ? v.otp_type.trim().toUpperCase() : '';
    if ((OTP_TYPES as readonly string[]).includes(ot)) button.otp_type = ot as Button['otp_type'];
    else ctx.error(`${path}.otp_type`, `expected COPY_CODE, ONE_TAP or ZERO_TAP, got ${describe(v.otp_type)}`);
  }
  return button;
}

function parseButtons(ctx: Ctx, v: unknown, path: string): Button[] {
  if (!Array.isArray(v)) {
    ctx.error(path, `expected an array of buttons, got ${describe(v)}`);
    return [];
  }
  const out: Button[] = [];
  v.forEach((b, i) => {
    const button = parseButton(ctx, b, `${path}[${i}]`);
    if (button) out.push(button);
  });
  return out;
}

function headerFormat(ctx: Ctx, v: unknown, path: string): HeaderFormat | null {
  if (typeof v !== 'string') {
    ctx.error(path, `expected a header format string, got ${describe(v)}`);
    return null;
  }
  const up = v.trim().toUpperCase();
  if ((HEADER_FORMATS as readonly string[]).includes(up)) return up as HeaderFormat;
  return null;
}

function parseHeader(ctx: Ctx, c: Obj, path: string): Component | null {
  const text = optString(ctx, c, 'text', path);
  let format: HeaderFormat | null = 'TEXT';
  if (c.format !== undefined && c.format !== null) {
    format = headerFormat(ctx, c.format, `${path}.format`);
    if (!format) {
      if (typeof c.format === 'string') ctx.unsupported(path, `HEADER ${c.format}`);
      return null;
    }
  } else if (text === undefined) {
    ctx.error(path, 'HEADER has neither `format` nor `text`');
    return null;
  }
  const header: Component = { type: 'HEADER', format };
  if (text !== undefined) header.text = text;
  if (isObj(c.example)) {
    const ex: NonNullable<Extract<Component, { type: 'HEADER' }>['example']> = {};
    const ht = stringArray(ctx, c.example.header_text, `${path}.example.header_text`);
    if (ht) ex.header_text = ht;
    const hn = namedParams(ctx, c.example.header_text_named_params, `${path}.example.header_text_named_params`);
    if (hn) ex.header_text_named_params = hn;
    const hh = stringArray(ctx, c.example.header_handle, `${path}.example.header_handle`);
    if (hh) ex.header_handle = hh;
    header.example = ex;
  } else if (c.example !== undefined && c.example !== null) {
    ctx.error(`${path}.example`, `expected an object, got ${describe(c.example)}`);
  }
  return header;
}

function authPreset(securityRecommendation: boolean): string {
  return securityRecommendation ? `${AUTH_PRESET_BODY_BOLD} ${AUTH_SECURITY_TEXT}` : AUTH_PRESET_BODY_BOLD;
}

function parseBody(ctx: Ctx, c: Obj, path: string, category: Category | undefined): Component {
  const security = c.add_security_recommendation === true;
  let text = optString(ctx, c, 'text', path);
  if (text === undefined) {
    if (category === 'AUTHENTICATION') text = authPreset(security);
    else {
      ctx.error(`${path}.text`, 'BODY has no text');
      text = '';
    }
  }
  const body: Extract<Component, { type: 'BODY' }> = { type: 'BODY', text };
  if (typeof c.add_security_recommendation === 'boolean') body.add_security_recommendation = security;
  if (isObj(c.example)) {
    const ex: NonNullable<typeof body.example> = {};
    const bt = bodyTextExample(ctx, c.example.body_text, `${path}.example.body_text`);
    if (bt) ex.body_text = bt;
    const bn = namedParams(ctx, c.example.body_text_named_params, `${path}.example.body_text_named_params`);
    if (bn) ex.body_text_named_params = bn;
    body.example = ex;
  } else if (c.example !== undefined && c.example !== null) {
    ctx.error(`${path}.example`, `expected an object, got ${describe(c.example)}`);
  }
  return body;
}

function parseFooter(ctx: Ctx, c: Obj, path: string): Component {
  const footer: Extract<Component, { type: 'FOOTER' }> = { type: 'FOOTER' };
  const text = optString(ctx, c, 'text', path);
  if (text !== undefined) footer.text = text;
  const m = c.code_expiration_minutes;
  if (typeof m === 'number' && Number.isInteger(m)) footer.code_expiration_minutes = m;
  else if (m !== undefined && m !== null) {
    ctx.error(`${path}.code_expiration_minutes`, `expected an integer number of minutes, got ${describe(m)}`);
  }
  return footer;
}

function parseComponents(ctx: Ctx, list: unknown[], path: string, category: Category | undefined): Component[] {
  const out: Component[] = [];
  list.forEach((c, k) => {
    const p = `${path}[${k}]`;
    if (!isObj(c)) {
      ctx.error(p, `expected a component object, got ${describe(c)}`);
      return;
    }
    if (typeof c.type !== 'string') {
      ctx.error(`${p}.type`, `expected a component type (HEADER, BODY, FOOTER, BUTTONS), got ${describe(c.type)}`);
      return;
    }
    const type = c.type.trim().toUpperCase();
    if (type === 'HEADER') {
      const h = parseHeader(ctx, c, p);
      if (h) out.push(h);
    } else if (type === 'BODY') out.push(parseBody(ctx, c, p, category));
    else if (type === 'FOOTER') out.push(parseFooter(ctx, c, p));
    else if (type === 'BUTTONS') out.push({ type: 'BUTTONS', buttons: parseButtons(ctx, c.buttons, `${p}.buttons`) });
    else if (type === 'CAROUSEL')
      out.push({ type: 'CAROUSEL', cards: parseCards(ctx, c.cards, `${p}.cards`, category) });
    else if (type === 'LIMITED_TIME_OFFER') out.push(parseLimitedTimeOffer(ctx, c, p));
    else if (type === 'CALL_PERMISSION_REQUEST') out.push({ type: 'CALL_PERMISSION_REQUEST' });
    else ctx.unsupported(p, type);
  });
  return out;
}

type CardComponent = CarouselCard['components'][number];

/** Carousel cards: each `{components: [header, body?, buttons]}` (Meta writes the types in either case). */
function parseCards(ctx: Ctx, v: unknown, path: string, category: Category | undefined): CarouselCard[] {
  if (!Array.isArray(v)) {
    ctx.error(path, `expected an array of cards, got ${describe(v)}`);
    return [];
  }
  return v.map((card, i) => {
    const p = `${path}[${i}]`;
    if (!isObj(card) || !Array.isArray(card.components)) {
      ctx.error(p, `expected a card {components: [...]}, got ${describe(card)}`);
      return { components: [] };
    }
    const parsed = parseComponents(ctx, card.components, `${p}.components`, category);
    const kept = parsed.filter(
      (c): c is CardComponent => c.type === 'HEADER' || c.type === 'BODY' || c.type === 'BUTTONS',
    );
    if (kept.length < parsed.length) ctx.error(`${p}.components`, 'a card holds only a header, a body and buttons');
    return { components: kept };
  });
}

function parseLimitedTimeOffer(ctx: Ctx, c: Obj, path: string): Component {
  const raw = c.limited_time_offer;
  const offer: Extract<Component, { type: 'LIMITED_TIME_OFFER' }>['limited_time_offer'] = {};
  if (isObj(raw)) {
    const text = optString(ctx, raw, 'text', `${path}.limited_time_offer`);
    if (text !== undefined) offer.text = text;
    if (typeof raw.has_expiration === 'boolean') offer.has_expiration = raw.has_expiration;
    else if (raw.has_expiration !== undefined && raw.has_expiration !== null)
      ctx.error(
        `${path}.limited_time_offer.has_expiration`,
        `expected true or false, got ${describe(raw.has_expiration)}`,
      );
  } else if (raw !== undefined && raw !== null) {
    ctx.error(`${path}.limited_time_offer`, `expected an object {text, has_expiration}, got ${describe(raw)}`);
  }
  return { type: 'LIMITED_TIME_OFFER', limited_time_offer: offer };
}

/** Flat `samples`: an array (positional, in order) or an object {name: sample} (named). */
function flatSamples(ctx: Ctx, v: unknown, path: string): Extract<Component, { type: 'BODY' }>['example'] | undefined {
  if (v === undefined || v === null) return undefined;
  if (isObj(v)) {
    const named = namedParams(ctx, v, path);
    return named ? { body_text_named_params: named } : undefined;
  }
  const rows = bodyTextExample(ctx, v, path);
  return rows ? { body_text: rows } : undefined;
}

function parseFlat(ctx: Ctx, raw: Obj, path: string, category: Category | undefined): Component[] {
  const components: Component[] = [];
  // Header: a string (TEXT unless header_format names a media type), or a Graph-style header object.
  const hf = raw.header_format;
  if (isObj(raw.header)) {
    const h = parseHeader(ctx, raw.header, `${path}.header`);
    if (h) components.push(h);
  } else if (hf !== undefined && hf !== null && hf !== '') {
    const format = headerFormat(ctx, hf, `${path}.header_format`);
    if (format) {
      const header: Extract<Component, { type: 'HEADER' }> = { type: 'HEADER', format };
      const text = optString(ctx, raw, 'header', path);
      if (format === 'TEXT' && text !== undefined) header.text = text;
      components.push(header);
    } else if (typeof hf === 'string') ctx.unsupported(`${path}.header_format`, `HEADER ${hf}`);
  } else {
    const text = optString(ctx, raw, 'header', path);
    if (text !== undefined && text !== '') components.push({ type: 'HEADER', format: 'TEXT', text });
  }
  const header = components[0];
  if (header?.type === 'HEADER') {
    const hs = raw.header_sample ?? raw.header_example;
    if (hs !== undefined && hs !== null) {
      const values = stringArray(ctx, hs, `${path}.header_sample`);
      if (values) header.example = header.format === 'TEXT' ? { header_text: values } : { header_handle: values };
    }
  }

  const bodyKey = typeof raw.text === 'string' || raw.body === undefined ? 'text' : 'body';
  let text = optString(ctx, raw, bodyKey, path);
  if (text === undefined && isObj(raw.body)) text = optString(ctx, raw.body, 'text', `${path}.body`);
  if (text === undefined) text = category === 'AUTHENTICATION' ? authPreset(false) : '';
  const body: Extract<Component, { type: 'BODY' }> = { type: 'BODY', text };
  const samples = flatSamples(ctx, raw.samples ?? raw.examples ?? raw.example, `${path}.samples`);
  if (samples) body.example = samples;
  components.push(body);

  const footer = optString(ctx, raw, 'footer', path);
  if (footer !== undefined && footer !== '') components.push({ type: 'FOOTER', text: footer });
  if (raw.buttons !== undefined && raw.buttons !== null) {
    let buttons = parseButtons(ctx, raw.buttons, `${path}.buttons`);
    // An authentication template's only button is the one-time-password button, so a bare label such as
    // "Copy code" in a flat AUTHENTICATION template is that button, not a quick reply.
    if (category === 'AUTHENTICATION') {
      buttons = buttons.map((b) =>
        b.type === 'QUICK_REPLY' ? { ...b, type: 'OTP' as const, otp_type: 'COPY_CODE' as const } : b,
      );
    }
    if (buttons.length > 0) components.push({ type: 'BUTTONS', buttons });
  }
  return components;
}

/** NAMED when the header/body use named placeholders and the input did not say (Meta's default is POSITIONAL). */
function inferParameterFormat(components: Component[]): ParameterFormat | undefined {
  for (const c of components) {
    if ((c.type === 'BODY' || c.type === 'HEADER') && c.text) {
      if (extractVariables(c.text).variables.some((v) => v.kind === 'named')) return 'NAMED';
    }
  }
  return undefined;
}

function parseItem(value: unknown, index: number, path: string, errors: ParseError[]): ParsedTemplate | null {
  const ctx = new Ctx(index, errors);
  const raw: Obj | null = typeof value === 'string' ? { text: value } : isObj(value) ? value : null;
  if (!raw) {
    ctx.error(path, `expected a template object, got ${describe(value)}`);
    return null;
  }
  const isGraph = raw.components !== undefined;
  if (!isGraph && raw.text === undefined && raw.body === undefined) {
    ctx.error(path, 'not a template: expected `components` (Graph API shape) or `text`/`body` (flat shape)');
    return null;
  }
  if (isGraph && !Array.isArray(raw.components)) {
    ctx.error(`${path}.components`, `expected an array of components, got ${describe(raw.components)}`);
    return null;
  }
  const category = parseCategory(ctx, raw, path);
  const components = Array.isArray(raw.components)
    ? parseComponents(ctx, raw.components, `${path}.components`, category)
    : parseFlat(ctx, raw, path, category);

  const draft: TemplateDraft = { components };
  const id = optString(ctx, raw, 'id', path);
  if (id !== undefined) draft.id = id;
  const name = optString(ctx, raw, 'name', path) ?? optString(ctx, raw, 'template_name', path);
  if (name !== undefined) draft.name = name;
  // Send payloads (and some exports) write the language as {code: "en_US"}.
  const language = isObj(raw.language)
    ? optString(ctx, raw.language, 'code', `${path}.language`)
    : optString(ctx, raw, 'language', path);
  if (language !== undefined) draft.language = language;
  if (category) draft.category = category;
  const pf = parseParameterFormat(ctx, raw, path) ?? inferParameterFormat(components);
  if (pf) draft.parameter_format = pf;
  if (ctx.draftUnsupported.length > 0) draft.unsupported = ctx.draftUnsupported;
  const parsed: ParsedTemplate = { index, id: id ?? name ?? String(index), draft };
  if (typeof raw.id === 'string' || typeof raw.id === 'number') parsed.inputId = raw.id;
  return parsed;
}

function parseItems(items: Array<{ value: unknown; path: string }>, errors: ParseError[]): ParseResult {
  const templates: ParsedTemplate[] = [];
  items.forEach(({ value, path }, index) => {
    const t = parseItem(value, index, path, errors);
    if (t) templates.push(t);
  });
  return { templates, errors };
}

/** Parses already-decoded input (see the module comment for accepted shapes). Never throws. */
export function parseTemplates(input: unknown): ParseResult {
  const errors: ParseError[] = [];
  try {
    if (Array.isArray(input))
      return parseItems(
        input.map((value, i) => ({ value, path: `$[${i}]` })),
        errors,
      );
    if (isObj(input) && Array.isArray(input.data)) {
      return parseItems(
        input.data.map((value, i) => ({ value, path: `$.data[${i}]` })),
        errors,
      );
    }
    if (isObj(input) || typeof input === 'string') return parseItems([{ value: input, path: '$' }], errors);
    errors.push({
      index: 0,
      path: '$',
      message: `expected a template, an array of templates or {"data": […]}, got ${describe(input)}`,
    });
    return { templates: [], errors };
  } catch (e) {
    // Defensive: a getter or proxy in exotic input must not escape as an exception.
    errors.push({
      index: 0,
      path: '$',
      message: `could not read input: ${e instanceof Error ? e.message : String(e)}`,
    });
    return { templates: [], errors };
  }
}

/**
 * Whether text is meant as JSON/JSONL: it starts with `[` or `{` but not `{{` (a body starting with a variable).
 * With `requireJson` (the CLI), such text must parse, so `{name: x}` is an error rather than a body.
 */
export function looksLikeJson(text: string): boolean {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1).trimStart() : text.trimStart();
  return t.startsWith('[') || (t.startsWith('{') && !t.startsWith('{{'));
}

/**
 * Parses text: a JSON document (any shape parseTemplates accepts), JSONL (one template per line), or plain text,
 * which is taken as one template's body. Never throws.
 */
export interface ParseTextOptions {
  /**
   * Only JSON/JSONL is acceptable (the CLI): text that starts like JSON but does not parse is an error. By default
   * (paste boxes) such text is read as a body when it does not clearly look like JSON, e.g. "[Promo] 20% off".
   */
  requireJson?: boolean;
}

/** Clearly JSON: `[` followed by a JSON value, or `{` followed by a key or `}`. */
const CLEARLY_JSON = /^(?:\[\s*(?:[[{"\]\d-]|true|false|null)|\{\s*["}])/;

export function parseTemplateText(text: string, options: ParseTextOptions = {}): ParseResult {
  if (typeof text !== 'string') return parseTemplates(text);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = source.trim();
  if (trimmed === '') return { templates: [], errors: [{ index: 0, path: '$', message: 'input is empty' }] };
  if (!looksLikeJson(trimmed)) return parseTemplates({ text: trimmed });

  let wholeError: string;
  try {
    return parseTemplates(JSON.parse(trimmed));
  } catch (e) {
    wholeError = e instanceof Error ? e.message : String(e);
  }
  // Not one JSON document: try JSONL, one template per non-empty line.
  const errors: ParseError[] = [];
  const items: Array<{ value: unknown; path: string; lineError?: string }> = [];
  // Broken pretty-printed JSON can have lines that parse alone (`5`, `"x"`); only lines holding an object count
  // as evidence of JSONL.
  let objectLines = 0;
  source.split(/\r?\n/).forEach((line, n) => {
    if (line.trim() === '') return;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value === 'object' && value !== null) objectLines++;
      items.push({ value, path: `line ${n + 1}` });
    } catch (e) {
      items.push({ value: undefined, path: `line ${n + 1}`, lineError: e instanceof Error ? e.message : String(e) });
    }
  });
  if (objectLines === 0) {
    if (!options.requireJson && !CLEARLY_JSON.test(trimmed)) return parseTemplates({ text: trimmed });
    return { templates: [], errors: [{ index: 0, path: '$', message: `not valid JSON or JSONL: ${wholeError}` }] };
  }
  const templates: ParsedTemplate[] = [];
  items.forEach((item, index) => {
    if (item.lineError !== undefined) {
      errors.push({ index, path: item.path, message: `invalid JSON: ${item.lineError}` });
      return;
    }
    const t = parseItem(item.value, index, item.path, errors);
    if (t) templates.push(t);
  });
  return { templates, errors };
}
