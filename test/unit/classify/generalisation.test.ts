/**
 * Generalisation beyond the data the engine learned from.
 * - Leave-one-source-out: every labelled source (the dev corpus groups and test/corpus/*.jsonl: translations and
 *   paraphrases of Meta's examples in ten languages, business exports, borderline cases, the earlier hand-written
 *   set) is scored by a model trained without it. The thresholds sit just under the figures measured when the model
 *   was last trained (README), so a change that makes unseen templates worse fails here.
 * - Meta's authentication preset with its add-ons in 30 languages must be recognised by rule, whatever the model.
 * - Every example the popup shows (components/popup/examples) — never part of the training data — must be
 *   categorised as it is labelled there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTrainingData } from '../../../cli/model/dataset';
import { DEFAULT_OPTIONS, type Prediction, prepareExamples, trainModel } from '../../../cli/model/fit';
import { metricsOf } from '../../../cli/model/metrics';
import { BRIEF_EXAMPLES } from '../../../components/popup/examples/brief';
import { BEFORE_AFTER_PAIRS } from '../../../components/popup/examples/pairs';
import { analyzeTemplate } from '../../../core/analyze';
import type { Button } from '../../../core/template/schema';

const copyCode: Button[] = [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' } as Button];

describe('generalisation: leave-one-source-out', () => {
  let loso: Prediction[] = [];
  beforeAll(() => {
    const { examples, errors } = prepareExamples(loadTrainingData().rows);
    expect(errors).toEqual([]);
    loso = trainModel(examples, DEFAULT_OPTIONS).loso;
  }, 60_000);

  it('scores unseen sources at macro-F1 ≥ 0.93 with at most 6 % false "will be Marketing" on Utility', () => {
    const m = metricsOf(loso);
    expect(m.macroF1).toBeGreaterThanOrEqual(0.93);
    expect(m.falseMarketingRate).toBeLessThanOrEqual(0.06);
  });

  it('recognises authentication templates from unseen sources (recall ≥ 0.99)', () => {
    expect(metricsOf(loso).perClass.AUTHENTICATION.recall).toBeGreaterThanOrEqual(0.99);
  });

  it('has no unseen source of 20+ templates below 75 % accuracy', () => {
    const sources = new Set(loso.map((p) => p.source));
    for (const s of sources) {
      const ps = loso.filter((p) => p.source === s);
      if (ps.length >= 20) expect(metricsOf(ps).accuracy, s).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('is calibrated: "clear" predictions are right at least 9 times in 10, "uncertain" ones less often than "likely"', () => {
    const { byCertainty } = metricsOf(loso);
    const rate = (c: keyof typeof byCertainty) => byCertainty[c].correct / Math.max(1, byCertainty[c].n);
    expect(rate('clear')).toBeGreaterThanOrEqual(0.9);
    expect(rate('likely')).toBeGreaterThan(rate('uncertain'));
  });
});

/**
 * Meta's authentication preset with both add-ons (security recommendation in the body, expiry footer) in 30
 * languages. The wording is our rendering of Meta's localised text (DERIVED, not copied from Meta's editor): the
 * engine must recognise the code sentence and accept both add-ons as Meta's fixed parts, in any language.
 */
const OTP_WITH_ADD_ONS: [lang: string, body: string, footer: string][] = [
  [
    'pt_BR',
    '*{{1}}* é seu código de verificação. Para sua segurança, não compartilhe este código.',
    'Este código expira em 10 minutos.',
  ],
  [
    'es',
    'Tu código de verificación es *{{1}}*. Por tu seguridad, no lo compartas.',
    'Este código caduca en 10 minutos.',
  ],
  [
    'it',
    '*{{1}}* è il tuo codice di verifica. Per la tua sicurezza, non condividerlo.',
    'Questo codice scade tra 10 minuti.',
  ],
  [
    'fr',
    'Votre code de vérification est *{{1}}*. Pour votre sécurité, ne le partagez pas.',
    'Ce code expire dans 10 minutes.',
  ],
  [
    'de',
    'Dein Verifizierungscode lautet *{{1}}*. Aus Sicherheitsgründen solltest du diesen Code nicht teilen.',
    'Dieser Code läuft in 10 Minuten ab.',
  ],
  [
    'nl',
    'Je verificatiecode is *{{1}}*. Deel deze code voor je veiligheid niet met anderen.',
    'Deze code verloopt over 10 minuten.',
  ],
  [
    'id',
    '*{{1}}* adalah kode verifikasi Anda. Demi keamanan, jangan bagikan kode ini.',
    'Kode ini kedaluwarsa dalam 10 menit.',
  ],
  [
    'tr',
    'Doğrulama kodunuz *{{1}}*. Güvenliğiniz için bu kodu kimseyle paylaşmayın.',
    'Bu kodun süresi 10 dakika içinde dolacak.',
  ],
  [
    'ru',
    'Ваш код подтверждения: *{{1}}*. В целях безопасности не сообщайте его никому.',
    'Срок действия кода истекает через 10 минут.',
  ],
  [
    'ar',
    '*{{1}}* هو رمز التحقق الخاص بك. للحفاظ على أمانك، لا تشارك هذا الرمز.',
    'تنتهي صلاحية هذا الرمز خلال 10 دقائق.',
  ],
  [
    'hi',
    '*{{1}}* आपका वेरिफ़िकेशन कोड है. अपनी सुरक्षा के लिए, इस कोड को किसी के साथ शेयर न करें.',
    'यह कोड 10 मिनट में खत्म हो जाएगा.',
  ],
  [
    'ja',
    '認証コードは*{{1}}*です。セキュリティ保護のため、このコードは他の人と共有しないでください。',
    'このコードの有効期限は10分です。',
  ],
  [
    'ko',
    '인증 코드는 *{{1}}*입니다. 보안을 위해 이 코드를 다른 사람과 공유하지 마세요.',
    '이 코드는 10분 후에 만료됩니다.',
  ],
  ['zh_CN', '你的验证码是 *{{1}}*。为了你的安全，请勿分享此验证码。', '此验证码将在 10 分钟后失效。'],
  ['vi', 'Mã xác minh của bạn là *{{1}}*. Vì lý do bảo mật, đừng chia sẻ mã này.', 'Mã này sẽ hết hạn sau 10 phút.'],
  ['th', 'รหัสยืนยันของคุณคือ *{{1}}* เพื่อความปลอดภัย โปรดอย่าแชร์รหัสนี้', 'รหัสนี้จะหมดอายุใน 10 นาที'],
  [
    'pl',
    'Twój kod weryfikacyjny to *{{1}}*. Ze względów bezpieczeństwa nie udostępniaj tego kodu.',
    'Ten kod wygaśnie za 10 minut.',
  ],
  ['he', '*{{1}}* הוא קוד האימות שלך. למען אבטחתך, אין לשתף את הקוד הזה.', 'תוקף הקוד יפוג בעוד 10 דקות.'],
  [
    'el',
    'Ο κωδικός επαλήθευσής σας είναι *{{1}}*. Για την ασφάλειά σας, μην τον κοινοποιήσετε.',
    'Αυτός ο κωδικός λήγει σε 10 λεπτά.',
  ],
  ['hu', 'Az ellenőrző kódod: *{{1}}*. Biztonsági okokból ne oszd meg senkivel.', 'A kód 10 perc múlva lejár.'],
  [
    'uk',
    'Ваш код підтвердження: *{{1}}*. З міркувань безпеки нікому його не повідомляйте.',
    'Термін дії коду закінчується через 10 хвилин.',
  ],
  [
    'sw',
    'Msimbo wako wa uthibitishaji ni *{{1}}*. Kwa usalama wako, usishiriki msimbo huu.',
    'Msimbo huu utaisha muda baada ya dakika 10.',
  ],
  [
    'fil',
    'Ang iyong verification code ay *{{1}}*. Para sa iyong seguridad, huwag itong ibahagi.',
    'Mag-e-expire ang code na ito sa loob ng 10 minuto.',
  ],
  [
    'ms',
    'Kod pengesahan anda ialah *{{1}}*. Untuk keselamatan anda, jangan kongsi kod ini.',
    'Kod ini akan tamat tempoh dalam 10 minit.',
  ],
  [
    'ro',
    'Codul tău de verificare este *{{1}}*. Pentru siguranța ta, nu distribui acest cod.',
    'Acest cod expiră în 10 minute.',
  ],
  ['sv', 'Din verifieringskod är *{{1}}*. Av säkerhetsskäl ska du inte dela koden.', 'Koden går ut om 10 minuter.'],
  [
    'cs',
    'Váš ověřovací kód je *{{1}}*. Z bezpečnostních důvodů tento kód nesdílejte.',
    'Platnost kódu vyprší za 10 minut.',
  ],
  [
    'bn',
    '*{{1}}* হল আপনার যাচাইকরণ কোড। আপনার নিরাপত্তার জন্য, এই কোডটি শেয়ার করবেন না।',
    'এই কোডটির মেয়াদ 10 মিনিটের মধ্যে শেষ হবে।',
  ],
  [
    'ur',
    '*{{1}}* آپ کا توثیقی کوڈ ہے۔ اپنی حفاظت کے لیے، یہ کوڈ شیئر نہ کریں۔',
    'اس کوڈ کی میعاد 10 منٹ میں ختم ہو جائے گی۔',
  ],
  [
    'fa',
    '*{{1}}* کد تأیید شما است. برای امنیت خود، این کد را به اشتراک نگذارید.',
    'این کد تا 10 دقیقه دیگر منقضی می‌شود.',
  ],
];

describe('generalisation: authentication preset with add-ons in 30 languages', () => {
  for (const [lang, body, footer] of OTP_WITH_ADD_ONS)
    it(`${lang}: ${body} / ${footer}`, () => {
      const a = analyzeTemplate({
        language: lang,
        category: 'AUTHENTICATION',
        components: [
          { type: 'BODY', text: body },
          { type: 'FOOTER', text: footer },
          { type: 'BUTTONS', buttons: copyCode },
        ],
      });
      expect(a.category).toBe('AUTHENTICATION');
      expect(a.verdict.code, "body and footer are only Meta's fixed parts").toBe('ok');
    });
});

describe('generalisation: the popup’s own examples are categorised as labelled', () => {
  const langs = ['en', 'es', 'pt'] as const;
  for (const e of BRIEF_EXAMPLES)
    for (const lang of langs)
      it(`brief ${e.id} (${lang}) → ${e.category}`, () => {
        const a = analyzeTemplate({ language: lang, components: [{ type: 'BODY', text: e.text[lang] }] });
        expect(a.category, a.hits.map((h) => h.ruleId).join(', ')).toBe(e.category);
      });
  for (const p of BEFORE_AFTER_PAIRS)
    for (const lang of langs) {
      it(`pair ${p.id} before (${lang}) → UTILITY`, () => {
        const a = analyzeTemplate({ language: lang, components: [{ type: 'BODY', text: p.before[lang] }] });
        expect(a.category, a.hits.map((h) => h.ruleId).join(', ')).toBe('UTILITY');
      });
      it(`pair ${p.id} after (${lang}) → MARKETING`, () => {
        const a = analyzeTemplate({ language: lang, components: [{ type: 'BODY', text: p.after[lang] }] });
        expect(a.category, a.hits.map((h) => h.ruleId).join(', ')).toBe('MARKETING');
      });
    }
});

describe('generalisation: the labelled sets themselves', () => {
  const { rows, skipped } = loadTrainingData();
  it('read without errors, with unique ids', () => {
    expect(skipped).toEqual([]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
  it('cover the ten languages of the concept lexicons in Marketing and Utility', () => {
    for (const label of ['MARKETING', 'UTILITY'] as const) {
      const langs = new Set(rows.filter((r) => r.label === label).map((r) => r.language.slice(0, 2)));
      for (const l of ['en', 'pt', 'es', 'it', 'fr', 'de', 'id', 'hi', 'tr', 'ar'])
        expect(langs.has(l), `${label} ${l}`).toBe(true);
    }
  });
});
