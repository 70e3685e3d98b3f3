import { defineRule } from '../types';
import { SRC } from './_sources';

/** App downloads and feature promotion. */
export default defineRule({
  id: 'promo-app-feature',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: { en: 'App or feature promotion', es: 'Promoción de app o función', pt: 'Promoção de app ou recurso' },
  description:
    'Finds app-download and new-feature pitches ("Download our app", "try our new feature"). Meta lists these as App promotion (Marketing).',
  source: SRC.app,
  suggestion: {
    en: 'Remove the app/feature pitch "{quote}" or send it as a Marketing template.',
    es: 'Quita la promoción de la app "{quote}" o envíala como plantilla de Marketing.',
    pt: 'Remova a promoção do app "{quote}" ou envie como modelo de Marketing.',
  },
  phrases: {
    en: [
      {
        p: 'download (our|the|it|now)( new)?( app| application)?|get (our|the) app|available on (the )?(app store|google play|play store)',
        note: 'Meta: "Download it below".',
      },
      { p: 'in-?app (only|exclusive|offer|deal)', note: 'Meta: "In-app only: {{20}}% off".' },
      {
        p: '(in|on|via|through) our (new )?(app|application)',
        note: 'Meta: "in our app"; also used to point at order tracking, so medium.',
        w: 0.6,
      },
      {
        p: '(try|check out|discover|explore) (our |the )?(new|latest) (feature|features|app|tool)|(new|latest) (feature|features)',
        note: 'Meta: "We noticed you have not used our {{latest_feature}}".',
      },
      { p: "(not|n't) (yet )?(used|tried) our", note: 'Meta: "We noticed you have not used our {{latest_feature}}".' },
      { p: 'you can now', note: 'Feature news; also "you can now track it", so weak.', w: 0.5 },
    ],
    es: [
      { p: 'descarga~ (nuestra|la) (nueva )?(app|aplicacion)', note: 'App download.' },
      { p: '(en|desde) nuestra (nueva )?(app|aplicacion)', note: 'In our app; medium.', w: 0.6 },
      {
        p: 'nueva (funcion|funcionalidad|herramienta)|(prueba|descubre) (la|nuestra) nueva',
        note: 'Feature promotion.',
      },
      { p: 'ahora (puedes|podes)', note: 'Feature news; weak.', w: 0.5 },
    ],
    pt: [
      { p: 'baix(e|ar|a) (o |a )?(nosso |nossa |seu )?(novo |nova )?(app|aplicativo)', note: 'App download.' },
      { p: '(no|pelo) nosso (novo )?(app|aplicativo)', note: 'In our app; medium.', w: 0.6 },
      { p: 'nova (funcao|funcionalidade|ferramenta)', note: 'Feature promotion.' },
      { p: 'agora (voce )?(ja )?pode', note: 'Feature news; weak.', w: 0.5 },
    ],
    it: [
      { p: "scarica (la |la nostra |l')?(app|applicazione)|nella nostra (nuova )?app", note: 'App download.' },
      { p: 'nuova funzion~', note: 'Feature promotion.' },
      { p: 'ora puoi', note: 'Feature news; weak.', w: 0.5 },
    ],
    fr: [
      {
        p: "telecharge~ (notre |l')?(nouvelle )?(app|application)|(dans|sur) notre (nouvelle )?(app|application)",
        note: 'App download.',
      },
      { p: 'nouvelle fonctionnalite', note: 'Feature promotion.' },
      { p: 'vous pouvez (desormais|maintenant)', note: 'Feature news; weak.', w: 0.5 },
    ],
    de: [
      { p: '(lade|laden sie) (dir |sich )?(unsere|die) app|(in|uber) unsere~ app', note: 'App download.' },
      { p: 'neue funktion~', note: 'Feature promotion.' },
      { p: 'jetzt kannst du', note: 'Feature news; weak.', w: 0.5 },
    ],
    id: [
      { p: '(unduh|download) (aplikasi|app)|di aplikasi kami', note: 'App download.' },
      { p: 'fitur (baru|terbaru)', note: 'Feature promotion.' },
      { p: 'sekarang (kamu|anda) bisa', note: 'Feature news; weak.', w: 0.5 },
    ],
    hi: [{ p: 'ऐप डाउनलोड करें|हमारे ऐप|नया फीचर', note: 'App download / feature.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Did you know? You can now {{checkout}} in our app. Download it below.' },
      { lang: 'es', body: 'Descarga nuestra app y paga más rápido.' },
      { lang: 'pt', body: 'Baixe o nosso aplicativo e confira.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your appointment is confirmed for {{1}}.' },
      { lang: 'it', body: 'Il tuo ordine {{1}} è stato spedito.' },
    ],
  },
});
