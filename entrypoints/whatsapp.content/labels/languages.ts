/**
 * Language display names as WhatsApp Manager's language picker may show them, mapped to Meta's locale codes.
 * Only "Spanish (MEX)" is observed (agent log, DOM ref §2.1 [O]); the other display names follow the same
 * pattern and are inferred. Codes are from Meta's "Supported languages" table (meta-rules ref S25).
 * Keys are matched after normalisation (lowercase, no accents, collapsed spaces).
 */
export interface LanguageName {
  label: string;
  code: string;
  source: string;
}

const OBSERVED = 'O: agent log shows "Spanish (MEX)" in the picker (DOM ref §2.1)';
const INFERRED = 'inferred display name; code from Meta supported-languages table';

export const LANGUAGE_NAMES: readonly LanguageName[] = [
  { label: 'Spanish (MEX)', code: 'es_MX', source: OBSERVED },
  // English UI
  { label: 'English', code: 'en', source: INFERRED },
  { label: 'English (US)', code: 'en_US', source: INFERRED },
  { label: 'English (UK)', code: 'en_GB', source: INFERRED },
  { label: 'Spanish', code: 'es', source: INFERRED },
  { label: 'Spanish (SPA)', code: 'es_ES', source: INFERRED },
  { label: 'Spanish (ARG)', code: 'es_AR', source: INFERRED },
  { label: 'Portuguese (BR)', code: 'pt_BR', source: INFERRED },
  { label: 'Portuguese (POR)', code: 'pt_PT', source: INFERRED },
  { label: 'French', code: 'fr', source: INFERRED },
  { label: 'German', code: 'de', source: INFERRED },
  { label: 'Italian', code: 'it', source: INFERRED },
  { label: 'Indonesian', code: 'id', source: INFERRED },
  { label: 'Hindi', code: 'hi', source: INFERRED },
  { label: 'Arabic', code: 'ar', source: INFERRED },
  // Spanish UI
  { label: 'Inglés', code: 'en', source: INFERRED },
  { label: 'Inglés (EE. UU.)', code: 'en_US', source: INFERRED },
  { label: 'Inglés (RU)', code: 'en_GB', source: INFERRED },
  { label: 'Español', code: 'es', source: INFERRED },
  { label: 'Español (MEX)', code: 'es_MX', source: INFERRED },
  { label: 'Español (ESP)', code: 'es_ES', source: INFERRED },
  { label: 'Español (ARG)', code: 'es_AR', source: INFERRED },
  { label: 'Portugués (BR)', code: 'pt_BR', source: INFERRED },
  { label: 'Portugués (POR)', code: 'pt_PT', source: INFERRED },
  // Portuguese UI
  { label: 'Inglês', code: 'en', source: INFERRED },
  { label: 'Inglês (EUA)', code: 'en_US', source: INFERRED },
  { label: 'Inglês (Reino Unido)', code: 'en_GB', source: INFERRED },
  { label: 'Espanhol', code: 'es', source: INFERRED },
  { label: 'Espanhol (MEX)', code: 'es_MX', source: INFERRED },
  { label: 'Espanhol (ESP)', code: 'es_ES', source: INFERRED },
  { label: 'Português (BR)', code: 'pt_BR', source: INFERRED },
  { label: 'Português (POR)', code: 'pt_PT', source: INFERRED },
];
