/**
 * What the detector read from the page (DOM ref §5.4): every field carries its value, a confidence in 0..1 and
 * the heuristic that found it, so the panel can say "not detected" below 0.5 and debugging shows what matched.
 * `toTemplateDraft` turns it into the engine's create-payload shape (core/template/schema.ts).
 */
// Type-only: the content script should not pay for a runtime schema it builds correct by construction.
import { AUTH_PRESET_BODY } from '@/core/template/auth-preset';
import type {
  Button,
  ButtonType,
  Category,
  Component,
  HeaderFormat,
  ParameterFormat,
  TemplateDraft,
  TemplateFormat,
} from '@/core/template/schema';
import { extractTokens } from '../dom/text';
import type { WamRoute } from '../route';

export interface Field<T> {
  value: T;
  /** 0..1; signals that agree combine as 1 − Π(1 − c). */
  confidence: number;
  /** Which heuristics found it, joined with "+", e.g. "aria-labelledby+counter". */
  via: string;
}

export interface DetectedHeader {
  format: 'NONE' | HeaderFormat;
  text?: string;
  sample?: string;
}

export interface DetectedBody {
  text: string;
  /** Sample value per variable token ("1", "first_name"). */
  samples: Record<string, string>;
}

export interface DetectedButton {
  type: ButtonType;
  text?: string;
  url?: string;
  urlType?: 'STATIC' | 'DYNAMIC';
  sample?: string;
  phone?: string;
  code?: string;
}

export interface DetectedAuthOptions {
  codeDelivery?: 'ZERO_TAP' | 'ONE_TAP' | 'COPY_CODE';
  addSecurityRecommendation?: boolean;
  /** Minutes, when the expiry option is on. */
  codeExpirationMinutes?: number;
  /** UI-only toggle, no API field (Meta "Keyboard suggestions"). */
  allowAutofillIos?: boolean;
  packageName?: string;
  signatureHash?: string;
  /** "Message validity period" as displayed (UI text, e.g. "10 minutes"). */
  validityPeriod?: string;
  buttonText?: string;
}

export type DetectedForm = 'editor' | 'auth' | 'library-dialog' | 'element';

export interface DetectedDraft {
  source: 'dom' | 'element';
  form: DetectedForm;
  route?: WamRoute;
  name?: Field<string>;
  category?: Field<Category>;
  subType?: Field<string>;
  /** The template type the sub-type names (carousel, limited-time offer…), when it is one of Meta's newer types. */
  format?: Field<TemplateFormat>;
  language?: Field<{ label: string; code?: string }>;
  parameterFormat?: Field<ParameterFormat>;
  header?: Field<DetectedHeader>;
  body?: Field<DetectedBody>;
  footer?: Field<string>;
  buttons?: Field<DetectedButton[]>;
  auth?: Field<DetectedAuthOptions>;
  /** Editor-signature score and the signals behind it (§6.2). */
  signature: { score: number; signals: string[] };
}

export interface ToDraftOptions {
  /** Fields below this confidence are left out (the panel shows them as not detected). Default 0. */
  minConfidence?: number;
}

function keep<T>(f: Field<T> | undefined, min: number): T | undefined {
  return f && f.confidence >= min ? f.value : undefined;
}

function orderedSamples(text: string, samples: Record<string, string>): string[] {
  return extractTokens(text).map((t) => samples[t] ?? '');
}

function buttonToApi(b: DetectedButton): Button {
  const out: Button = { type: b.type };
  if (b.text !== undefined) out.text = b.text;
  if (b.type === 'URL') {
    if (b.url !== undefined) out.url = b.url;
    if (b.sample) out.example = [b.sample];
  }
  if (b.type === 'PHONE_NUMBER' && b.phone !== undefined) out.phone_number = b.phone;
  if (b.type === 'COPY_CODE' && b.code !== undefined) out.example = b.code;
  return out;
}

/**
 * The engine's view of a detected draft. Never throws; a draft with nothing readable gives `components: []`.
 * Parameter samples go into Meta's `example` shapes (positional: `body_text: [[…]]`, named: `…_named_params`).
 */
export function toTemplateDraft(d: DetectedDraft, opts: ToDraftOptions = {}): TemplateDraft {
  const min = opts.minConfidence ?? 0;
  const components: Component[] = [];
  const named = keep(d.parameterFormat, min) === 'NAMED';
  const header = keep(d.header, min);
  if (header && header.format !== 'NONE') {
    const h: Extract<Component, { type: 'HEADER' }> = { type: 'HEADER', format: header.format };
    if (header.format === 'TEXT') {
      h.text = header.text ?? '';
      const token = extractTokens(h.text)[0];
      if (token && header.sample !== undefined) {
        h.example = named
          ? { header_text_named_params: [{ param_name: token, example: header.sample }] }
          : { header_text: [header.sample] };
      }
    }
    components.push(h);
  }
  const auth = d.form === 'auth' ? keep(d.auth, min) : undefined;
  const body = keep(d.body, min);
  if (d.form === 'auth') {
    const b: Extract<Component, { type: 'BODY' }> = { type: 'BODY', text: body?.text ?? AUTH_PRESET_BODY };
    if (auth?.addSecurityRecommendation !== undefined) b.add_security_recommendation = auth.addSecurityRecommendation;
    components.push(b);
    if (auth?.codeExpirationMinutes !== undefined)
      components.push({ type: 'FOOTER', code_expiration_minutes: auth.codeExpirationMinutes });
    const otp: Button = { type: 'OTP', otp_type: auth?.codeDelivery ?? 'COPY_CODE' };
    if (auth?.buttonText) otp.text = auth.buttonText;
    components.push({ type: 'BUTTONS', buttons: [otp] });
  } else {
    if (body) {
      const b: Extract<Component, { type: 'BODY' }> = { type: 'BODY', text: body.text };
      const tokens = extractTokens(body.text);
      if (tokens.length && Object.keys(body.samples).length) {
        b.example = named
          ? { body_text_named_params: tokens.map((t) => ({ param_name: t, example: body.samples[t] ?? '' })) }
          : { body_text: [orderedSamples(body.text, body.samples)] };
      }
      components.push(b);
    }
    const footer = keep(d.footer, min);
    if (footer) components.push({ type: 'FOOTER', text: footer });
    const buttons = keep(d.buttons, min);
    if (buttons?.length) components.push({ type: 'BUTTONS', buttons: buttons.map(buttonToApi) });
  }
  const draft: TemplateDraft = { components };
  const name = keep(d.name, min);
  if (name) draft.name = name;
  const language = keep(d.language, min);
  if (language) draft.language = language.code ?? language.label;
  const category = keep(d.category, min);
  if (category) draft.category = category;
  const parameterFormat = keep(d.parameterFormat, min);
  if (parameterFormat) draft.parameter_format = parameterFormat;
  // The type's own fields (cards, offer text) are not read from the editor yet; the type alone decides the category.
  const templateFormat = keep(d.format, min);
  if (templateFormat) draft.format = templateFormat;
  return draft;
}
