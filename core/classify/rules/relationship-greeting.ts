import { defineRule } from '../types';
import { SRC } from './_sources';

/** Birthday/holiday greetings, "valued customer", we-miss-you and new-assistant intros: relationship building. */
export default defineRule({
  id: 'relationship-greeting',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: {
    en: 'Greeting or relationship building',
    es: 'Felicitación o fidelización',
    pt: 'Felicitação ou relacionamento',
  },
  description:
    'Finds birthday and holiday greetings, "valued/loyal customer", "we miss you" and new-assistant introductions. Meta lists these under Build customer relationships (Marketing).',
  source: SRC.relationship,
  suggestion: {
    en: 'Greetings and loyalty wording ("{quote}") are Marketing. Remove it from a Utility template or select Marketing.',
    es: 'Las felicitaciones y la fidelización ("{quote}") son Marketing. Quítalo de la plantilla de Utilidad o elige Marketing.',
    pt: 'Felicitações e fidelização ("{quote}") são Marketing. Remova do modelo de Utilidade ou escolha Marketing.',
  },
  phrases: {
    en: [
      {
        p: "(hope|hoping|can'?t wait|we'?d love) to (see|welcome|have) you (again|back)|see you again soon|come back soon",
        note: 'DERIVED: "hope to see you again" after a visit is relationship building (Meta §1.2).',
      },
      {
        p: "happy (birthday|bday|anniversary|holidays?|new year|diwali|eid|easter|valentine'?s|mother'?s day|father'?s day|thanksgiving|hanukkah|ramadan|holi|pongal|onam)|merry (christmas|xmas)|season'?s greetings|eid mubarak|ramadan kareem",
        note: 'Meta: "{{Happy_birthday}}!".',
      },
      {
        p: '(valued|loyal|special|beloved|treasured|favou?rite) (customer|member|client|guest|patron|shopper)s?',
        note: 'Meta: "Thank you for being a {{valued_customer}}".',
      },
      { p: "we miss you|(it'?s|it has) been a while|long time no see|we haven'?t seen you", note: 'Win-back.' },
      {
        p: "(we )?wish you (the best|a (happy|merry|wonderful|great))|best wishes|warm wishes|did you think we'?d forget",
        note: 'Meta: "We wish you the best in the year ahead".',
      },
      { p: '(welcome|glad to have you) (to|in) (the|our) (family|community|club|tribe)', note: 'Community building.' },
      {
        p: "(i am|i'm|meet) (the|your|our) new (virtual |digital |ai )?assistant|new virtual assistant",
        note: 'Meta: "Hello, I am the new {{virtual_assistant}}".',
      },
      { p: 'your loyalty|loyalty (program|programme|points|rewards|club)|reward points', note: 'Loyalty programmes.' },
      {
        p: 'we (reflect|look forward to continuing)',
        note: 'Meta: "we reflect on what drives us… We look forward to continuing to serve you".',
      },
    ],
    es: [
      { p: 'feliz (cumpleanos|aniversario|navidad|ano nuevo|dia de)|felices (fiestas|pascuas)', note: 'Greetings.' },
      {
        p: '(cliente|socio|miembro|usuario)s? (fiel|fieles|especial|especiales|valios~|preferente~|vip)',
        note: 'Valued customer.',
      },
      { p: '(te|le|los) (extranamos|echamos de menos)|hace tiempo que no', note: 'Win-back.' },
      {
        p: 'esperamos (verte|verlos|tenerte) (pronto|de nuevo|otra vez|nuevamente)|esperamos volver a (verte|verlos)|(te|los|las) esperamos (pronto|de nuevo|otra vez|nuevamente)|vuelve pronto|volve pronto',
        note: 'DERIVED: "hope to see you again" after a visit is relationship building, not a transaction (Meta §1.2).',
      },
      {
        p: 'bienvenid~ a (la|nuestra) (familia|comunidad)|(te|le) deseamos|gracias por tu fidelidad|programa de (puntos|fidelidad|lealtad)',
        note: 'Relationship.',
      },
    ],
    pt: [
      {
        p: 'esperamos (ver voce|te ver|revela|reve-lo|receber voce|recebe-lo) (de novo|novamente|em breve|outra vez)|volte sempre|ate a proxima visita',
        note: 'DERIVED: "hope to see you again" after a visit is relationship building (Meta §1.2).',
      },
      { p: 'feliz (aniversario|natal|ano novo|dia d~|pascoa)|boas festas', note: 'Greetings.' },
      { p: '(cliente|socio|membro)s? (fiel|fieis|especia(l|is)|valios~|vip)', note: 'Valued customer.' },
      { p: 'sentimos (sua|a sua|tua) falta|saudades', note: 'Win-back.' },
      {
        p: 'bem-vind~ a (nossa )?(familia|comunidade)|(te|lhe) desejamos|pela sua fidelidade|programa de (pontos|fidelidade)',
        note: 'Relationship.',
      },
    ],
    it: [
      {
        p: 'ti aspettiamo (presto|di nuovo|ancora)|speriamo di rivederti|speriamo di vederti presto|a presto nel nostro',
        note: 'DERIVED: "hope to see you again" after a visit is relationship building (Meta §1.2).',
      },
      {
        p: 'buon (compleanno|natale|anniversario|anno)|buone feste|felice anno nuovo|tanti auguri',
        note: 'Greetings.',
      },
      { p: '(client~|soci~|membr~) (fedel~|special~|prezios~|vip)', note: 'Valued customer.' },
      { p: 'ci manchi|ci sei mancat~', note: 'Win-back.' },
      {
        p: 'benvenut~ (nella|in) (nostra )?(famiglia|community|comunita)|grazie per la (tua|sua) fedelta|programma fedelta',
        note: 'Relationship.',
      },
    ],
    fr: [
      { p: 'joyeux (anniversaire|noel)|bonne (annee|fete~)|meilleurs voeux', note: 'Greetings.' },
      { p: 'client~ (fidele~|privilegie~|precieux|vip)', note: 'Valued customer.' },
      { p: 'vous nous manquez|tu nous manques', note: 'Win-back.' },
      {
        p: 'bienvenue dans (la|notre) (famille|communaute)|merci pour votre fidelite|programme de fidelite',
        note: 'Relationship.',
      },
    ],
    de: [
      {
        p: 'alles gute zum geburtstag|herzlichen gluckwunsch zum geburtstag|frohe (weihnachten|ostern|feiertage)|(gutes|frohes) neues jahr',
        note: 'Greetings.',
      },
      { p: '(treue|geschatzte|wertvolle)(r|n)? (kunde|kundin|kunden|mitglied)', note: 'Valued customer.' },
      { p: 'wir vermissen (dich|sie)', note: 'Win-back.' },
      {
        p: 'willkommen in (der|unserer) (familie|community)|danke fur (deine|ihre) treue|treueprogramm|bonuspunkte',
        note: 'Relationship.',
      },
    ],
    id: [
      { p: 'selamat (ulang tahun|hari raya|natal|tahun baru|idul fitri|lebaran)', note: 'Greetings.' },
      { p: 'pelanggan (setia|istimewa|terhormat|yang berharga)', note: 'Valued customer.' },
      { p: 'kami merindukan(mu| anda| kamu)|terima kasih atas kesetiaan', note: 'Relationship.' },
    ],
    hi: [
      {
        p: 'जन्मदिन (की )?(मुबारक|शुभकामनाएं)|हैप्पी बर्थडे|(दिवाली|होली|नववर्ष|नए साल) की (शुभकामनाएं|हार्दिक)|मूल्यवान ग्राहक|वफादार ग्राहक',
        note: 'Greetings / valued customer.',
      },
    ],
  },
  examples: {
    match: [
      { lang: 'en', body: '{{Name}}, did you think we’d forget? {{Happy_birthday}}!' },
      { lang: 'en', body: 'Thank you for being a {{valued_customer}}.' },
      { lang: 'es', body: '¡Feliz cumpleaños, {{1}}! Te deseamos lo mejor.' },
      { lang: 'pt', body: 'Sentimos sua falta, {{1}}!' },
    ],
    noMatch: [
      { lang: 'en', body: 'Thank you for your order, {{1}}! Thank you for being a customer!' },
      { lang: 'es', body: 'Su cita es el {{1}} a las {{2}}.' },
    ],
  },
});
