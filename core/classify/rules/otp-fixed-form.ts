import { normalizeForMatch, toOriginalRange } from '../../text';
import { bodyText } from '../fields';
import { defineRule } from '../types';
import { SRC } from './_sources';

/** Anything that only ever sits between a variable and promo/transaction words: promo and anchor rule ids. */
const BLOCKERS = /^(promo-|relationship-|anchor-|essential-|copy-code-)/;
const VARIABLES = /\{\{[^{}]*\}\}/g;
/**
 * The word "code" in many languages and scripts, also inside compounds (verifikasiekode, Verifizierungscode),
 * on folded text. Latin/Cyrillic/Greek forms need a word end; other scripts match anywhere.
 */
const CODE_WORD = new RegExp(
  // Compounds end in the code word ("verifikasiekode"); PIN/OTP/token stand alone ("yapın" is not a PIN).
  '(^|[^\\p{L}\\p{M}])(?:\\p{L}*(?:code|codigo|codice|cod|codul|kod|kode|koda|kodas|kods|kodu|kodun|kodunuz|kodo|kodom|koden|kodinn|koðinn|koði|kodi|kood|koodi|koodisi|код|кода|коды|кодот|кoд|κωδικος|κωδικο)|pin|otp|token)(?![\\p{L}\\p{M}])' +
    '|()(?:رمز|کد|کوڈ|קוד|कोड|કોડ|కోడ్|ಕೋಡ್|കോഡ്|কোড|குறியீடு|ਕੋਡ|კოდი|կոդ|코드|コード|码|碼|รหัส|ລະຫັດ|កូដ|ကုဒ်)',
  'u',
);

/**
 * The shape of Meta's fixed authentication text in ANY language: a short body with a variable and a word for
 * "code", plus the security add-on or a minutes expiry — and nothing promotional or transactional. Catches
 * languages whose verification-code phrase is not in otp-code's data.
 */
export default defineRule({
  id: 'otp-fixed-form',
  category: 'AUTHENTICATION',
  kind: 'otp',
  weight: 1,
  title: {
    en: "Shape of Meta's authentication text",
    es: 'Forma del texto de autenticación de Meta',
    pt: 'Forma do texto de autenticação da Meta',
  },
  description:
    'A short body with a variable and a word for "code" (any language), plus a "do not share" add-on or an expiry in minutes — or, without add-on, a bare one-variable sentence with nothing else recognised — and no promotional or transactional wording: the shape of Meta\'s fixed authentication text.',
  source: SRC.authForm,
  suggestion: {
    en: 'This reads as a one-time code ("{quote}"). Use an Authentication template; Utility/Marketing templates with codes are rejected.',
    es: 'Esto parece un código de un solo uso ("{quote}"). Usa una plantilla de Autenticación.',
    pt: 'Isto parece um código de uso único ("{quote}"). Use um modelo de Autenticação.',
  },
  detect: (ctx) => {
    // Cheap checks first, so the code-word regex only runs on short bodies that could be Meta's text.
    const addOn = [...(ctx.hits.get('auth-security-disclaimer') ?? []), ...(ctx.hits.get('auth-expiry-notice') ?? [])];
    for (const id of ctx.hits.keys()) if (BLOCKERS.test(id)) return null;
    const body = bodyText(ctx.draft);
    const variables = body.match(VARIABLES)?.length ?? 0;
    if (variables === 0 || body.length > 300) return null;
    // Without an add-on, only the bare preset shape counts: one variable, a short body, and no other evidence.
    // Without an add-on, only a bare one-variable sentence qualifies: nothing else recognised in it except weak
    // code wording of otp-code ("Tu código es {{1}}."), which alone is below the decision threshold (DERIVED).
    const others = [...ctx.hits.keys()].some((id) => !id.startsWith('otp-'));
    if (addOn.length === 0 && (variables !== 1 || body.length > 120 || others)) return null;
    // The code word must be fixed text: "{{codigo_imovel}}" names some other value.
    const norm = normalizeForMatch(body.replace(VARIABLES, (v) => `{{${' '.repeat(v.length - 4)}}}`));
    const m = CODE_WORD.exec(norm.text);
    if (!m) return null;
    const r = toOriginalRange(norm, m.index + (m[1]?.length ?? 0), m.index + m[0].length);
    return [{ field: 'body', start: r.start, end: r.end, text: body.slice(r.start, r.end) }, ...addOn];
  },
  examples: {
    match: [
      { lang: 'is', body: '*{{1}}* er staðfestingarkóðinn þinn.' },
      { lang: 'af', body: '*{{1}}* is jou verifikasiekode. Moenie hierdie kode deel nie, vir jou eie sekuriteit.' },
      { lang: 'sv', body: '*{{1}}* är din kod.', footer: 'Koden går ut om 10 minuter.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Use code {{1}} for 20% off. Offer ends in 30 minutes!' },
      { lang: 'pt', body: 'Seu código de rastreio é {{1}}.' },
      { lang: 'es', body: 'Su pedido {{1}} llegará en 30 minutos. El código de seguimiento es {{2}}.' },
    ],
  },
});
