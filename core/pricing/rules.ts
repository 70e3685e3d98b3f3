/**
 * The pricing rules a cost line can rest on, with the reference section (../shared/reference/meta-rules-and-pricing.md)
 * and a short explanation in the UI languages.
 */
import type { Localized } from '../types';

export const PRICING_RULE_IDS = [
  'free-entry-point',
  'conversation-charge',
  'service-conversations-free-tier',
  'service-conversations-free',
  'marketing-per-message',
  'utility-outside-window',
  'utility-inside-window-free',
  'utility-always-charged',
  'authentication-per-message',
  'authentication-international',
  'volume-tier',
  'service-free',
  'service-free-tier',
  'service-at-utility-rate',
] as const;
export type PricingRuleId = (typeof PRICING_RULE_IDS)[number];

export interface PricingRule {
  section: string;
  text: Localized;
}

export const PRICING_RULES: Readonly<Record<PricingRuleId, PricingRule>> = {
  'free-entry-point': {
    section: '§3.1, §3.2',
    text: {
      en: 'Messages inside a free-entry-point window (click-to-WhatsApp ad or Page call-to-action) are free.',
      es: 'Los mensajes dentro de una ventana de punto de entrada gratuito (anuncio de clic a WhatsApp o botón de página) son gratis.',
      pt: 'Mensagens dentro de uma janela de ponto de entrada gratuito (anúncio de clique para o WhatsApp ou botão da página) são grátis.',
    },
  },
  'conversation-charge': {
    section: '§3.1 (2023-06-01)',
    text: {
      en: 'Conversation-based pricing: one charge per 24-hour conversation opened by a template of this category (assumed one template per conversation).',
      es: 'Precio por conversación: un cargo por cada conversación de 24 horas abierta por una plantilla de esta categoría (se supone una plantilla por conversación).',
      pt: 'Preço por conversa: uma cobrança por conversa de 24 horas aberta por um modelo desta categoria (supõe-se um modelo por conversa).',
    },
  },
  'service-conversations-free-tier': {
    section: '§3.1 (2023-06-01)',
    text: {
      en: 'The first 1,000 service conversations each month are free (per WhatsApp Business Account).',
      es: 'Las primeras 1.000 conversaciones de servicio de cada mes son gratis (por cuenta de WhatsApp Business).',
      pt: 'As primeiras 1.000 conversas de serviço de cada mês são grátis (por conta do WhatsApp Business).',
    },
  },
  'service-conversations-free': {
    section: '§3.1 (2024-11-01)',
    text: {
      en: 'Service conversations are free and unlimited from 2024-11-01.',
      es: 'Las conversaciones de servicio son gratis e ilimitadas desde el 2024-11-01.',
      pt: 'As conversas de serviço são grátis e ilimitadas desde 2024-11-01.',
    },
  },
  'marketing-per-message': {
    section: '§3.1 (2025-07-01), §3.2',
    text: {
      en: 'Marketing templates are charged per delivered message, always; no volume tiers.',
      es: 'Las plantillas de marketing se cobran por mensaje entregado, siempre; sin niveles por volumen.',
      pt: 'Modelos de marketing são cobrados por mensagem entregue, sempre; sem faixas de volume.',
    },
  },
  'utility-outside-window': {
    section: '§3.1 (2025-07-01)',
    text: {
      en: 'Utility templates are charged only outside an open customer service window.',
      es: 'Las plantillas de utilidad solo se cobran fuera de una ventana de atención al cliente abierta.',
      pt: 'Modelos de utilidade só são cobrados fora de uma janela de atendimento ao cliente aberta.',
    },
  },
  'utility-inside-window-free': {
    section: '§3.1 (2025-07-01)',
    text: {
      en: 'Utility templates inside an open customer service window are free (until 2026-09-30).',
      es: 'Las plantillas de utilidad dentro de una ventana de atención al cliente abierta son gratis (hasta el 2026-09-30).',
      pt: 'Modelos de utilidade dentro de uma janela de atendimento ao cliente aberta são grátis (até 2026-09-30).',
    },
  },
  'utility-always-charged': {
    section: '§3.1 (2026-10-01, conflict note)',
    text: {
      en: 'From 2026-10-01 utility templates are charged inside the customer service window too (majority of sources; one source conflict).',
      es: 'Desde el 2026-10-01 las plantillas de utilidad también se cobran dentro de la ventana de atención al cliente (mayoría de fuentes; hay un conflicto).',
      pt: 'A partir de 2026-10-01 os modelos de utilidade também são cobrados dentro da janela de atendimento ao cliente (maioria das fontes; há um conflito).',
    },
  },
  'authentication-per-message': {
    section: '§3.1 (2025-07-01), §3.2',
    text: {
      en: 'Authentication templates are charged per delivered message, even inside the customer service window.',
      es: 'Las plantillas de autenticación se cobran por mensaje entregado, incluso dentro de la ventana de atención al cliente.',
      pt: 'Modelos de autenticação são cobrados por mensagem entregue, mesmo dentro da janela de atendimento ao cliente.',
    },
  },
  'authentication-international': {
    section: '§3.5',
    text: {
      en: 'Authentication-international rate: the business is eligible and its primary location is another country than the recipient’s.',
      es: 'Tarifa de autenticación internacional: la empresa es elegible y su ubicación principal es otro país que el del destinatario.',
      pt: 'Tarifa de autenticação internacional: a empresa é elegível e sua localização principal é outro país que o do destinatário.',
    },
  },
  'volume-tier': {
    section: '§3.3',
    text: {
      en: 'Volume tiers (utility and authentication): each message is priced at the tier its own count in the month falls in.',
      es: 'Niveles por volumen (utilidad y autenticación): cada mensaje se cobra según el nivel en que cae su número en el mes.',
      pt: 'Faixas de volume (utilidade e autenticação): cada mensagem é cobrada pela faixa em que cai sua contagem no mês.',
    },
  },
  'service-free': {
    section: '§3.1 (2025-07-01)',
    text: {
      en: 'Service (non-template) messages are free until 2026-09-30.',
      es: 'Los mensajes de servicio (sin plantilla) son gratis hasta el 2026-09-30.',
      pt: 'Mensagens de serviço (sem modelo) são grátis até 2026-09-30.',
    },
  },
  'service-free-tier': {
    section: '§3.1 (2026-10-01)',
    text: {
      en: 'The first 1,000 delivered service messages per business phone number per calendar month are free.',
      es: 'Los primeros 1.000 mensajes de servicio entregados por número de teléfono de la empresa y mes natural son gratis.',
      pt: 'As primeiras 1.000 mensagens de serviço entregues por número de telefone da empresa por mês são grátis.',
    },
  },
  'service-at-utility-rate': {
    section: '§3.1 (2026-10-01), §3.2',
    text: {
      en: 'Beyond the free tier, service messages are charged at the market’s utility rate; no volume tiers.',
      es: 'Pasado el tramo gratuito, los mensajes de servicio se cobran a la tarifa de utilidad del mercado; sin niveles por volumen.',
      pt: 'Além da faixa gratuita, mensagens de serviço são cobradas pela tarifa de utilidade do mercado; sem faixas de volume.',
    },
  },
};
