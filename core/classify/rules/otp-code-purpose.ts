import { compilePhrases, normalizeForMatch, toOriginalRange } from '../../text';
import type { Span } from '../../types';
import { codeSlotNear } from '../code-slot';
import { defineRule, type PhraseData } from '../types';
import { SRC } from './_sources';

/** Rules whose evidence makes a "code" a tracking, booking or pick-up reference. */
const REFERENCE_CODE = ['anchor-order-delivery', 'anchor-booking-appointment'];

/**
 * At most this many characters between the passcode word and its slot, in one sentence ("code {{1}}", "{{1}} é o
 * código", "Código para autorizar sua transferência: {{1}}"). A named slot must be named like a code and an amount is
 * not a slot (./code-slot.ts), which keeps fraud warnings about "{{bank_name}}" and codes out.
 */
const NEAR = 60;

/**
 * Codes that are references, not passcodes (a passcode word inside one is skipped). Matched only around a candidate
 * passcode word, by a matcher of their own, so they cost nothing on the templates that have none.
 */
export const REFERENCE_CODES: PhraseData = {
  en: [
    {
      p: '(zip|post|postal|area|product|promo|promotional|discount|coupon|voucher|gift|referral|invite|invitation|booking|tracking|pick-?up|bar|qr|property|reference|tax|sort|swift|bank) codes?',
      note: 'Postal, product, promotional and reference codes.',
    },
    { p: 'pin ?code', note: 'Indian English "PIN code" is the postal code.' },
  ],
  pt: [
    {
      p: 'codigos? (postal|postais|promocional|promocionais|de desconto|do cupom|de indicacao|de convite|do imovel|de barras|de rastreio|de rastreamento|da reserva|de retirada|do produto|de referencia)',
      note: 'Postal, promotional, referral, property and reference codes.',
    },
    { p: 'cep', note: 'Brazilian postal code.' },
  ],
  es: [
    {
      p: 'codigos? (postal|postales|promocional|promocionales|de descuento|del cupon|de referido|de invitacion|de barras|de seguimiento|de reserva|de retiro|del producto|de referencia)',
      note: 'Postal, promotional, referral and reference codes.',
    },
  ],
  it: [
    {
      p: 'codic[ei] (postale|promozionale|promozionali|sconto|del coupon|invito|a barre|di tracciamento|di prenotazione|di ritiro|del prodotto|fiscale|di riferimento)',
      note: 'Postal, promotional, tax and reference codes.',
    },
    { p: 'cap', note: 'Italian postal code (CAP).' },
  ],
  fr: [
    {
      p: 'codes? (postal|postaux|promo|promotionnel|de reduction|de parrainage|d.invitation|barre|de suivi|de reservation|de retrait|produit|de reference)',
      note: 'Postal, promotional, referral and reference codes.',
    },
  ],
  de: [
    {
      p: '(gutschein|rabatt|promo|aktions|empfehlungs|einladungs|produkt|buchungs|sendungs|post|bar|qr)codes?',
      note: 'Voucher, discount, referral, booking and product codes.',
    },
    { p: 'postleitzahl|plz', note: 'German postal code.' },
  ],
  id: [
    {
      p: 'kode (pos|promo|voucher|diskon|referral|undangan|booking|pemesanan|resi|produk|referensi)',
      note: 'Postal, promotional, referral and reference codes.',
    },
  ],
  tr: [
    {
      p: '(posta|indirim|kupon|promosyon|davet|referans|rezervasyon|takip|urun|barkod) kod~',
      note: 'Postal, discount, referral and reference codes.',
    },
  ],
  hi: [
    {
      p: 'पिन ?कोड|पिनकोड|प्रोमो कोड|कूपन कोड|रेफरल कोड|डिस्काउंट कोड',
      note: 'Indian PIN (postal) code and promotional codes.',
    },
  ],
  ar: [
    {
      p: '(ال)?رمز (ال)?(بريدي|ترويجي|الخصم|الدعوة|الاحالة|الحجز|التتبع)|(ال)?كود (ال)?(خصم|ترويجي|الخصم|الدعوة|الخصم)',
      note: 'Postal, promotional, referral and booking codes.',
    },
  ],
};
const referenceMatcher = compilePhrases(
  Object.values(REFERENCE_CODES).flatMap((entries) => entries.map((e) => ({ pattern: e.p, group: 0 }))),
);

/** Whether the passcode word at [start, end) is part of a reference code ("código postal", "kode pos", "PIN code"). */
function isReferenceCode(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 24);
  const norm = normalizeForMatch(text.slice(from, Math.min(text.length, end + 24)));
  return referenceMatcher.find(norm.text).some((m) => {
    const r = toOriginalRange(norm, m.start, m.end);
    return from + r.start < end && from + r.end > start;
  });
}

const overlaps = (a: Span, b: Span) => a.field === b.field && a.start < b.end && b.start < a.end;

/**
 * Concept-level one-time-passcode detection, so a code message written in a business's own words is recognised in
 * any language with a lexicon: the word for a code right next to a slot for it ("Enter code {{1}}", "{{1}} é o código",
 * "kodunuz {{1}}", "الرمز {{1}}"), AND the message says what it is for or how to treat it (verify, log in, reset a
 * password, do not share, expires in minutes). Tracking, booking and coupon codes are excluded by the rules that
 * recognise them. DERIVED from Meta §1.4: "Only authentication templates can be used to send a one-time passcode".
 */
export default defineRule({
  id: 'otp-code-purpose',
  category: 'AUTHENTICATION',
  kind: 'otp',
  weight: 1,
  title: {
    en: 'A code for verifying or signing in',
    es: 'Un código para verificar o iniciar sesión',
    pt: 'Um código para verificar ou entrar',
  },
  description:
    'The word for a code (code, OTP, PIN, TAN, clave, kod, رمز…) right next to a slot for it, plus its purpose or its warnings (verify, log in, reset a password, do not share, expires in N minutes): a one-time passcode in the business’s own words, in any language with a concept lexicon.',
  source: SRC.otp,
  suggestion: {
    en: 'This sends a one-time code ("{quote}"). Meta accepts codes only in Authentication templates (its fixed text, an OTP button); Utility or Marketing templates with codes are rejected.',
    es: 'Esto envía un código de un solo uso ("{quote}"). Meta solo acepta códigos en plantillas de Autenticación; las de Utilidad o Marketing con códigos se rechazan.',
    pt: 'Isto envia um código de uso único ("{quote}"). A Meta só aceita códigos em modelos de Autenticação; modelos de Utilidade ou Marketing com códigos são rejeitados.',
  },
  detect: (ctx) => {
    const passcodes = ctx.concepts.filter(
      (c) => c.concept === 'passcode' && (c.span.field === 'body' || c.span.field === 'header'),
    );
    if (passcodes.length === 0) return null;
    const purpose = ctx.concepts.find(
      (c) => c.concept === 'verification' || c.concept === 'secrecy' || c.concept === 'validity',
    );
    if (!purpose) return null;
    // A code next to an offer, a referral or any other promotion is a coupon or an invitation code
    // (promo-coupon-code alone is not enough: "enter code {{1}}" is also how passcodes are written).
    if (ctx.concepts.some((c) => c.concept === 'offer')) return null;
    for (const id of ctx.hits.keys()) if (id.startsWith('promo-') && id !== 'promo-coupon-code') return null;
    const other = REFERENCE_CODE.flatMap((id) => ctx.hits.get(id) ?? []);
    const texts = new Map(ctx.fields.map((f) => [f.field as string, f.text]));
    for (const p of passcodes) {
      if (other.some((s) => overlaps(s, p.span))) continue;
      const text = texts.get(p.span.field) ?? '';
      if (isReferenceCode(text, p.span.start, p.span.end)) continue;
      // "code" inside a variable name ({{codigo_imovel}}) names some other value; the code's own slot is enough.
      if (insideVariable(text, p.span.start)) continue;
      const slot = codeSlotNear(text, p.span.start, p.span.end, NEAR);
      if (slot) return [p.span, { field: p.span.field, ...slot, text: text.slice(slot.start, slot.end) }, purpose.span];
    }
    return null;
  },
  examples: {
    match: [
      { lang: 'en', body: 'Password reset requested. Enter code {{1}} in the app to choose a new password.' },
      { lang: 'pt', body: '{{1}} é o código para liberar o acesso no novo aparelho.' },
      { lang: 'es', body: '{{1}} es tu clave para activar tu tarjeta digital. No la compartas.' },
      { lang: 'it', body: 'Il codice per accedere è {{1}}. Non condividerlo con nessuno.' },
      { lang: 'tr', body: 'Telefon numaranızı doğrulamak için {{1}} kodunu uygulamaya girin.' },
      { lang: 'ar', body: 'استخدم الرمز {{1}} لإتمام تسجيل الدخول إلى حسابك.' },
      { lang: 'de', body: 'Ihre mobileTAN lautet {{1}}. Sie ist 5 Minuten gültig.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Use code {{1}} at checkout for 20% off your next order.' },
      { lang: 'pt', body: 'Olá {{1}}, seu pedido foi enviado. Código de rastreio: {{2}}.' },
      { lang: 'es', body: 'Hola {{1}}, nunca te pediremos tu código de verificación. No lo compartas.' },
      { lang: 'en', body: 'We detected a login from a new device. If it was not you, change your password.' },
      {
        lang: 'es',
        body: 'Detectamos una incidencia que afecta al código postal {{1}}. Restableceremos el servicio en 30 minutos.',
      },
      {
        lang: 'de',
        body: 'Freunde werben lohnt sich! Für jede Person, die sich mit deinem Code {{1}} anmeldet, gibt es 15 €.',
      },
    ],
  },
});

function insideVariable(text: string, at: number): boolean {
  // Variable names are short: look back at most 80 characters (this runs once per passcode word).
  const before = text.slice(Math.max(0, at - 80), at);
  const open = before.lastIndexOf('{{');
  return open !== -1 && before.lastIndexOf('}}') < open && text.indexOf('}}', at) !== -1;
}
