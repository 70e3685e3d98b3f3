/**
 * The four categories for the Categories tab. `metaWords` are verbatim from Meta's pages as transcribed in
 * ../shared/reference/meta-rules-and-pricing.md (§1.1–1.4, [META] S1/S2/S3/S5); `summary` and the billing lines are
 * our plain-language explanation of §3.1–3.2 (DERIVED), in the UI languages.
 * Billing today = per-message pricing as of 2026-10-01; the conversation model = 2023-06-01 → 2025-06-30.
 */
import type { CategoryInfo } from './types';

export const CATEGORY_INFO: readonly CategoryInfo[] = [
  {
    category: 'UTILITY',
    startedBy: 'business',
    metaWords: [
      'Must be non-promotional, not containing any promotional or persuasive intent.',
      'Must ALSO be either specific to or requested by the user (clearly related to their order, account, services or transactions) OR essential or critical to the user (for example, to ensure user safety).',
    ],
    metaSection: '§1.3',
    summary: {
      en: 'Updates about something the customer did or owns (order, booking, account, payment), or essential alerts — with no offer, upsell or renewal push.',
      es: 'Avisos sobre algo que hizo o tiene el cliente (pedido, reserva, cuenta, pago) o alertas esenciales, sin ofertas, ventas adicionales ni empujones a renovar.',
      pt: 'Avisos sobre algo que o cliente fez ou possui (pedido, reserva, conta, pagamento) ou alertas essenciais, sem ofertas, vendas adicionais nem incentivo à renovação.',
    },
    billedToday: {
      en: 'Per delivered message at the market’s utility rate, with volume tiers. From 2026-10-01 also inside the 24-hour customer-service window (most sources; one conflict). Free inside a free-entry-point window.',
      es: 'Por mensaje entregado, a la tarifa de utilidad del mercado, con niveles por volumen. Desde el 2026-10-01 también dentro de la ventana de atención de 24 horas (la mayoría de fuentes; hay un conflicto). Gratis en una ventana de punto de entrada gratuito.',
      pt: 'Por mensagem entregue, pela tarifa de utilidade do mercado, com faixas de volume. A partir de 2026-10-01 também dentro da janela de atendimento de 24 horas (maioria das fontes; há um conflito). Grátis numa janela de ponto de entrada gratuito.',
    },
    billedConversation: {
      en: 'One charge per 24-hour utility conversation opened by the template.',
      es: 'Un cargo por cada conversación de utilidad de 24 horas abierta por la plantilla.',
      pt: 'Uma cobrança por conversa de utilidade de 24 horas aberta pelo modelo.',
    },
  },
  {
    category: 'AUTHENTICATION',
    startedBy: 'business',
    metaWords: [
      'Only authentication templates can be used to send a one-time passcode… Marketing and utility templates cannot be used for this purpose.',
      'URLs, media, and emojis are not allowed for authentication template content or parameters. Parameters are also restricted to 15 characters.',
    ],
    metaSection: '§1.4',
    summary: {
      en: 'One-time passcodes only, in Meta’s fixed text, with a copy-code or one-tap button.',
      es: 'Solo códigos de un solo uso, con el texto fijo de Meta y un botón de copiar código o de un toque.',
      pt: 'Apenas códigos de uso único, com o texto fixo da Meta e um botão de copiar código ou de um toque.',
    },
    billedToday: {
      en: 'Per delivered message, always (even inside the customer-service window), with volume tiers. Eligible businesses pay an authentication-international rate in some countries.',
      es: 'Por mensaje entregado, siempre (incluso dentro de la ventana de atención), con niveles por volumen. Las empresas elegibles pagan una tarifa de autenticación internacional en algunos países.',
      pt: 'Por mensagem entregue, sempre (mesmo dentro da janela de atendimento), com faixas de volume. Empresas elegíveis pagam uma tarifa de autenticação internacional em alguns países.',
    },
    billedConversation: {
      en: 'One charge per 24-hour authentication conversation opened by the template.',
      es: 'Un cargo por cada conversación de autenticación de 24 horas abierta por la plantilla.',
      pt: 'Uma cobrança por conversa de autenticação de 24 horas aberta pelo modelo.',
    },
  },
  {
    category: 'MARKETING',
    startedBy: 'business',
    metaWords: [
      'Templates with mixed content (for example, both utility and marketing, such as an order update with a promo or a feedback survey with promotional content).',
      'Templates where contents are unclear (for example, where contents are only {{1}} or Congratulations!).',
      'These are marketing even if requested by users.',
    ],
    metaSection: '§1.2',
    summary: {
      en: 'Awareness, sales, retargeting, app promotion and relationship messages — and anything mixed or unclear, which is the default.',
      es: 'Reconocimiento, ventas, retargeting, promoción de apps y mensajes de relación, y todo lo mixto o poco claro, que es la categoría por defecto.',
      pt: 'Reconhecimento, vendas, retargeting, promoção de apps e mensagens de relacionamento, e tudo o que for misto ou pouco claro, que é a categoria padrão.',
    },
    billedToday: {
      en: 'Per delivered message at the market’s marketing rate, always; no volume tiers. Free inside a free-entry-point window.',
      es: 'Por mensaje entregado, a la tarifa de marketing del mercado, siempre; sin niveles por volumen. Gratis en una ventana de punto de entrada gratuito.',
      pt: 'Por mensagem entregue, pela tarifa de marketing do mercado, sempre; sem faixas de volume. Grátis numa janela de ponto de entrada gratuito.',
    },
    billedConversation: {
      en: 'One charge per 24-hour marketing conversation opened by the template.',
      es: 'Un cargo por cada conversación de marketing de 24 horas abierta por la plantilla.',
      pt: 'Uma cobrança por conversa de marketing de 24 horas aberta pelo modelo.',
    },
  },
  {
    category: 'SERVICE',
    startedBy: 'customer',
    metaWords: ['Any non-template (free-form) message, which can only be sent inside a 24 h customer-service window.'],
    metaSection: '§1.1',
    summary: {
      en: 'Free-form replies within 24 hours of the customer’s last message. No template, so no category to choose.',
      es: 'Respuestas libres dentro de las 24 horas siguientes al último mensaje del cliente. Sin plantilla, así que no hay categoría que elegir.',
      pt: 'Respostas livres dentro de 24 horas após a última mensagem do cliente. Sem modelo, portanto sem categoria para escolher.',
    },
    billedToday: {
      en: 'From 2026-10-01: the first 1,000 delivered each month per business phone number are free, then the market’s utility rate, no tiers. (Free from 2024-11-01 to 2026-09-30.)',
      es: 'Desde el 2026-10-01: los primeros 1.000 entregados al mes por número de la empresa son gratis; después, la tarifa de utilidad del mercado, sin niveles. (Gratis del 2024-11-01 al 2026-09-30.)',
      pt: 'A partir de 2026-10-01: as primeiras 1.000 entregues por mês por número da empresa são grátis; depois, a tarifa de utilidade do mercado, sem faixas. (Grátis de 2024-11-01 a 2026-09-30.)',
    },
    billedConversation: {
      en: 'Service conversations: the first 1,000 a month were free until 2024-10-31, then all free.',
      es: 'Conversaciones de servicio: las primeras 1.000 al mes eran gratis hasta el 2024-10-31; después, todas gratis.',
      pt: 'Conversas de serviço: as primeiras 1.000 por mês eram grátis até 2024-10-31; depois, todas grátis.',
    },
  },
];
