import { defineRule } from '../types';
import { SRC } from './_sources';

/** Meta's optional authentication add-on "For your security, do not share this code." in many languages. */
export default defineRule({
  id: 'auth-security-disclaimer',
  category: 'AUTHENTICATION',
  kind: 'auth-form',
  weight: 0.3,
  title: {
    en: 'Security disclaimer for a code',
    es: 'Aviso de seguridad sobre un código',
    pt: 'Aviso de segurança sobre um código',
  },
  description:
    'Finds Meta\'s authentication security add-on ("do not share this code") in many languages. Part of Meta\'s fixed authentication text; a weak sign of authentication on its own.',
  source: SRC.authForm,
  suggestion: {
    en: 'This is part of Meta\'s fixed authentication text; turn it on with the "security recommendation" option instead of typing it.',
    es: 'Es parte del texto fijo de autenticación de Meta; actívalo con la opción de recomendación de seguridad.',
    pt: 'Faz parte do texto fixo de autenticação da Meta; ative-o com a opção de recomendação de segurança.',
  },
  phrases: {
    en: [
      { p: "(do not|don't|never) share (this|the|your) (code|otp|pin|password)", note: 'Meta en add-on.' },
      { p: 'for your security', note: 'Meta en add-on opening.' },
      {
        p: "(do not|don't) share (it|this|them) with anyone",
        note: 'DERIVED: the add-on in custom wording, about the code just given ("Do not share it with anyone").',
      },
    ],
    es: [
      {
        p: 'no (lo |la |le )?(compartas|comparta|compartan)',
        note: 'Meta es_ES add-on: "Por tu seguridad, no lo compartas."',
      },
      { p: 'por (tu|su) seguridad', note: 'Add-on opening.' },
    ],
    pt: [
      { p: 'nao (o |a )?(compartilhe|partilhes|partilhe|compartilhes|compartilhar)', note: 'Meta pt add-on.' },
      { p: 'para (tua|sua) seguranca', note: 'Add-on opening.' },
    ],
    it: [
      { p: 'non (condividere|condividerlo|condividerla|condividetelo)', note: 'Italian add-on.' },
      { p: 'per la (tua|sua) sicurezza', note: 'Add-on opening.' },
    ],
    fr: [{ p: 'ne (le |la )?(partagez|partage) (pas|jamais)', note: 'Meta fr add-on: "ne le partagez pas".' }],
    de: [
      { p: '(code )?nicht (teilen|weitergeben)', note: 'Meta de add-on: "solltest du den Code nicht teilen".' },
      { p: 'aus sicherheitsgrunden', note: 'Add-on opening.' },
    ],
    id: [
      { p: 'jangan (bagikan|berikan|sebarkan) kode', note: 'Meta id add-on.' },
      { p: 'demi keamanan', note: 'Add-on opening.' },
    ],
    ms: [{ p: 'jangan kongsi(kan)?', note: 'Meta ms add-on ("jangan kongsi kod ini").' }],
    hi: [{ p: '(शेयर|साझा) न करें', note: 'Meta hi add-on.' }],
    mr: [{ p: 'शेअर करू नका', note: 'Meta mr add-on.' }],
    gu: [{ p: 'શેર કરશો નહીં', note: 'Meta gu add-on.' }],
    te: [{ p: 'షేర్ చేయవద్దు', note: 'Meta te add-on.' }],
    ta: [{ p: 'பகிர (வேண்டாம்|வேண்டாம)', note: 'Tamil add-on.' }],
    kn: [{ p: 'ಹಂಚಿಕೊಳ್ಳಬೇಡಿ', note: 'Kannada add-on.' }],
    ml: [{ p: 'പങ്കിടരുത്', note: 'Malayalam add-on.' }],
    bn: [{ p: 'শেয়ার করবেন না', note: 'Bengali add-on.' }],
    pa: [{ p: 'ਸਾਂਝਾ ਨਾ ਕਰੋ', note: 'Punjabi add-on.' }],
    ur: [{ p: 'شیئر نہ کریں', note: 'Meta ur add-on.' }],
    ar: [{ p: '(تجنب مشاركة|لا تشارك)', note: 'Meta ar add-on.' }],
    fa: [{ p: 'به اشتراک نگذارید', note: 'Persian add-on.' }],
    he: [{ p: '(אל תשתפו|אין לשתף)', note: 'Hebrew add-on.' }],
    nl: [{ p: 'deel deze code', note: 'Meta nl add-on: "Deel deze code … niet".' }],
    af: [{ p: 'moenie (hierdie )?kode deel nie', note: 'Meta af add-on.' }],
    sv: [
      { p: '(inte dela|dela inte) koden', note: 'Meta sv add-on.' },
      { p: 'av sakerhetsskal', note: 'Add-on opening.' },
    ],
    nb: [{ p: '(ikke del|del ikke)', note: 'Norwegian add-on.' }],
    da: [{ p: '(del ikke|ikke dele)', note: 'Danish add-on.' }],
    fi: [{ p: 'ala jaa', note: 'Finnish add-on.' }],
    pl: [{ p: 'nie udostepniaj', note: 'Meta pl add-on.' }],
    cs: [{ p: 'nesdilejte', note: 'Meta cs add-on.' }],
    sk: [{ p: 'nezdielajte', note: 'Slovak add-on.' }],
    sl: [{ p: 'ne deli', note: 'Meta sl add-on.' }],
    hr: [{ p: 'ne dijelite', note: 'Croatian add-on.' }],
    sr: [{ p: '(немојте га делити|ne delite)', note: 'Meta sr add-on.' }],
    bg: [{ p: 'не споделяйте', note: 'Meta bg add-on.' }],
    ru: [{ p: '(не сообщайте|никому не (сообщайте|передавайте))', note: 'Russian add-on.' }],
    uk: [{ p: '(не повідомляйте|нікому не)', note: 'Ukrainian add-on.' }],
    lt: [{ p: 'nebendrinkite', note: 'Meta lt add-on.' }],
    lv: [{ p: '(nekopigojiet|neizpaudiet)', note: 'Latvian add-on.' }],
    et: [{ p: 'ara jaga', note: 'Estonian add-on.' }],
    hu: [{ p: 'ne (oszd|ossza) meg', note: 'Hungarian add-on.' }],
    ro: [{ p: 'nu (dezvalui|distribui|impartasi|comunica)', note: 'Meta ro add-on.' }],
    el: [
      {
        p: 'μην (τον )?(μοιραστειτε|μοιραστειτε|κοινοποιειτε|κοινοποιησετε)',
        note: 'Greek add-on ("μην τον κοινοποιήσετε").',
      },
    ],
    tr: [{ p: 'paylasma~', note: 'Meta tr add-on: "bu kodu paylaşma".' }],
    vi: [{ p: '(khong|đung|dung) chia se', note: 'Vietnamese add-on ("đừng chia sẻ mã này"; đ does not fold to d).' }],
    fil: [{ p: 'huwag (i-?share|itong ibahagi|ibahagi)', note: 'Meta fil add-on ("huwag itong ibahagi").' }],
    sw: [{ p: 'usishiriki', note: 'Swahili add-on.' }],
    zh: [{ p: '(请勿|請勿|不要)(分享|透露|告诉|告訴)', note: 'Meta zh add-on.' }],
    ja: [{ p: '共有しないでください', note: 'Meta ja add-on.' }],
    ko: [{ p: '공유하지 마세요', note: 'Meta ko add-on.' }],
    th: [{ p: '(อย่าแชร์|ห้ามแชร์|อย่าเปิดเผย)', note: 'Thai add-on.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: '{{1}} is your verification code. For your security, do not share this code.' },
      { lang: 'es', body: 'Tu código de verificación es {{1}}. Por tu seguridad, no lo compartas.' },
      { lang: 'fr', body: 'Votre code est {{1}}. Pour votre sécurité, ne le partagez pas.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your order {{1}} has shipped.' },
      { lang: 'pt', body: 'Compartilhe com seus amigos!' },
    ],
  },
});
