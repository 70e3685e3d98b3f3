/**
 * The verdict relative to the author's selected category, with its message in en/es/pt.
 * Three honest strengths for the Marketing/Utility call: clear ("Meta will…"), likely ("Meta will probably…") and
 * uncertain ("Meta could go either way"), so a missing detail is never reported as a firm reclassification.
 */
import type { Category } from '../template/schema';
import type { Certainty, Localized, Verdict } from '../types';

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
  certainty: Certainty;
}

const UNCERTAIN: Localized = {
  en: 'Meta could go either way: add the order, booking or account detail that makes it specific',
  es: 'Meta podría decidir cualquiera de las dos: añade el dato del pedido, la reserva o la cuenta que la hace específica',
  pt: 'A Meta pode decidir para qualquer lado: acrescente o dado do pedido, da reserva ou da conta que a torna específica',
};

export function verdictFor({ predicted, selected, empty, authFixed, certainty }: VerdictInput): Verdict {
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
      message:
        certainty === 'uncertain'
          ? {
              en: `Predicted category: ${p.en}, but Meta could go either way`,
              es: `Categoría prevista: ${p.es}, pero Meta podría decidir cualquiera de las dos`,
              pt: `Categoria prevista: ${p.pt}, mas a Meta pode decidir para qualquer lado`,
            }
          : {
              en: `Predicted category: ${p.en}${certainty === 'likely' ? ' (likely)' : ''}`,
              es: `Categoría prevista: ${p.es}${certainty === 'likely' ? ' (probable)' : ''}`,
              pt: `Categoria prevista: ${p.pt}${certainty === 'likely' ? ' (provável)' : ''}`,
            },
    };
  // Meta never moves a Marketing template down to Utility, so an uncertain call matters only for a Utility selection.
  if (selected === 'UTILITY' && certainty === 'uncertain') return { code: 'uncertain', message: UNCERTAIN };
  if (selected === 'UTILITY' && predicted === 'MARKETING')
    return {
      code: 'will-be-marketing',
      message:
        certainty === 'clear'
          ? {
              en: 'Meta will approve this as Marketing',
              es: 'Meta la aprobará como Marketing',
              pt: 'A Meta vai aprovar como Marketing',
            }
          : {
              en: 'Meta will probably approve this as Marketing',
              es: 'Meta probablemente la aprobará como Marketing',
              pt: 'A Meta provavelmente vai aprovar como Marketing',
            },
    };
  if (selected === 'MARKETING' && predicted === 'UTILITY' && certainty !== 'uncertain')
    return {
      code: 'could-be-utility',
      message: {
        en: 'This could be Utility (cheaper): nothing promotional found',
        es: 'Podría ser Utilidad (más barata): no hay nada promocional',
        pt: 'Poderia ser Utilidade (mais barato): nada promocional encontrado',
      },
    };
  const shown = selected === 'MARKETING' ? NAME.MARKETING : p;
  return {
    code: 'ok',
    message:
      certainty === 'clear'
        ? {
            en: `Meta will most likely approve this as ${shown.en}`,
            es: `Meta muy probablemente la aprobará como ${shown.es}`,
            pt: `A Meta muito provavelmente vai aprovar como ${shown.pt}`,
          }
        : {
            en: `Meta will probably approve this as ${shown.en}`,
            es: `Meta probablemente la aprobará como ${shown.es}`,
            pt: `A Meta provavelmente vai aprovar como ${shown.pt}`,
          },
  };
}
