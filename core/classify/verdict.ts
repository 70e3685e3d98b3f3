/** The verdict relative to the author's selected category, with its message in en/es/pt. */
import type { Category } from '../template/schema';
import type { Localized, Verdict } from '../types';

const NAME: Record<Category, Localized> = {
  MARKETING: { en: 'Marketing', es: 'Marketing', pt: 'Marketing' },
  UTILITY: { en: 'Utility', es: 'Utilidad', pt: 'Utilidade' },
  AUTHENTICATION: { en: 'Authentication', es: 'Autenticación', pt: 'Autenticação' },
};

export interface VerdictInput {
  predicted: Category;
  selected: Category | null;
  empty: boolean;
  /** Whether body/footer are Meta's fixed authentication form (only read when AUTHENTICATION is selected). */
  authFixed: boolean;
}

export function verdictFor({ predicted, selected, empty, authFixed }: VerdictInput): Verdict {
  const p = NAME[predicted];
  if (empty)
    return {
      code: 'empty',
      message: {
        en: 'Nothing to analyse yet',
        es: 'Aún no hay nada que analizar',
        pt: 'Ainda não há nada para analisar',
      },
    };
  if (selected === 'AUTHENTICATION' && (predicted !== 'AUTHENTICATION' || !authFixed))
    return {
      code: 'auth-not-compliant',
      message: {
        en: "Authentication text is not Meta's fixed text",
        es: 'El texto de autenticación no es el texto fijo de Meta',
        pt: 'O texto de autenticação não é o texto fixo da Meta',
      },
    };
  if (predicted === 'AUTHENTICATION' && selected !== null && selected !== 'AUTHENTICATION')
    return {
      code: 'will-be-rejected-otp',
      message: {
        en: 'Meta will reject this: OTP codes need an authentication template',
        es: 'Meta lo rechazará: los códigos OTP requieren una plantilla de autenticación',
        pt: 'A Meta vai rejeitar: códigos OTP exigem um modelo de autenticação',
      },
    };
  if (selected === null)
    return {
      code: 'no-selection',
      message: {
        en: `Predicted category: ${p.en}`,
        es: `Categoría prevista: ${p.es}`,
        pt: `Categoria prevista: ${p.pt}`,
      },
    };
  if (selected === 'UTILITY' && predicted === 'MARKETING')
    return {
      code: 'will-be-marketing',
      message: {
        en: 'Meta will approve this as Marketing',
        es: 'Meta la aprobará como Marketing',
        pt: 'A Meta vai aprovar como Marketing',
      },
    };
  if (selected === 'MARKETING' && predicted === 'UTILITY')
    return {
      code: 'could-be-utility',
      message: {
        en: 'This could be Utility (cheaper): nothing promotional found',
        es: 'Podría ser Utilidad (más barata): no hay nada promocional',
        pt: 'Poderia ser Utilidade (mais barato): nada promocional encontrado',
      },
    };
  return {
    code: 'ok',
    message: {
      en: `Meta will most likely approve this as ${p.en}`,
      es: `Meta probablemente la aprobará como ${p.es}`,
      pt: `A Meta provavelmente vai aprovar como ${p.pt}`,
    },
  };
}
