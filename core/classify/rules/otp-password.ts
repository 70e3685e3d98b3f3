import { defineRule } from '../types';
import { SRC } from './_sources';

/** A password or temporary credential handed to the user in the message. */
export default defineRule({
  id: 'otp-password',
  category: 'AUTHENTICATION',
  kind: 'otp',
  weight: 1.5,
  title: {
    en: 'Password sent in the message',
    es: 'Contraseña enviada en el mensaje',
    pt: 'Senha enviada na mensagem',
  },
  description:
    'Finds a temporary or one-time password given to the user ("your temporary password is…"). Credentials for logging in are authentication content; Meta only allows them in Authentication templates. A notice that a password was changed is not matched.',
  source: SRC.otp,
  suggestion: {
    en: 'Do not send passwords in Utility or Marketing templates ("{quote}"). Send a one-time code with an Authentication template, or a link to reset the password.',
    es: 'No envíes contraseñas en plantillas de Utilidad o Marketing ("{quote}"). Usa un código de un solo uso con una plantilla de Autenticación.',
    pt: 'Não envie senhas em modelos de Utilidade ou Marketing ("{quote}"). Use um código de uso único com um modelo de Autenticação.',
  },
  phrases: {
    en: [
      { p: '(temporary|one-?time|initial|default|new account) password', note: 'A credential to log in with.' },
      {
        p: '(your|the) (temporary |new |default |initial )?password (is|:) [^ ]*<n>',
        note: 'Password followed by a value containing a digit/variable.',
      },
    ],
    es: [
      { p: '(contrasena|clave) (temporal|provisional|provisoria|inicial)', note: 'Temporary password.' },
      { p: '(su|tu) (contrasena|clave)( [^ ]+){0,5} es', note: '"Su contraseña (para …) es …" hands a password over.' },
    ],
    pt: [
      { p: 'senha (temporaria|provisoria|inicial)', note: 'Temporary password.' },
      {
        p: '(sua|tua|a) (nova )?senha (de acesso )?(e|eh|:) [^ ]*<n>',
        note: '"Sua senha é …" with a value containing a digit/variable.',
      },
    ],
    it: [
      { p: 'password (temporanea|provvisoria|iniziale)', note: 'Temporary password.' },
      { p: '(la tua|la sua) (nuova )?password (e|:) [^ ]*<n>', note: 'Password followed by a value.' },
    ],
    fr: [
      { p: 'mot de passe (temporaire|provisoire|initial)', note: 'Temporary password.' },
      { p: '(votre|ton) (nouveau )?mot de passe (est|:) [^ ]*<n>', note: 'Password followed by a value.' },
    ],
    de: [
      { p: '(temporares|vorlaufiges|einmaliges|initiales) (passwort|kennwort)', note: 'Temporary password.' },
      { p: '(dein|ihr) (neues )?(passwort|kennwort) (lautet|ist)', note: 'Password handed over.' },
    ],
    id: [
      { p: 'kata sandi (sementara|awal)', note: 'Temporary password.' },
      { p: 'kata sandi (anda|kamu) (adalah|:)', note: 'Password handed over.' },
    ],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Your temporary password is {{1}}. Change it after you log in.' },
      { lang: 'es', body: 'Su contraseña para su nueva cuenta es {{1}}.' },
      { lang: 'pt', body: 'Sua senha temporária é {{1}}.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your password was changed on {{1}}. If this was not you, contact support.' },
      { lang: 'es', body: 'Tu contraseña se cambió correctamente.' },
    ],
  },
});
