/**
 * Meta's own guideline examples, verbatim (English), as transcribed in ../shared/reference/meta-rules-and-pricing.md
 * §1.2 (Marketing), §1.3 (Utility) and §1.4 (Authentication) from Meta's template-categorization page [META] S1, S2.
 * Meta warns that its examples are illustrative and that identical text may still be categorised differently.
 * Only the objective names are translated (ours); the example texts stay in Meta's words.
 */
import type { MetaExample } from './types';

const O = {
  awareness: { en: 'Awareness', es: 'Reconocimiento', pt: 'Reconhecimento' },
  sales: { en: 'Sales', es: 'Ventas', pt: 'Vendas' },
  retargeting: {
    en: 'Retargeting (marketing even if requested by users)',
    es: 'Retargeting (marketing aunque lo pidan los usuarios)',
    pt: 'Retargeting (marketing mesmo se solicitado pelos usuários)',
  },
  app: { en: 'App promotion', es: 'Promoción de la app', pt: 'Promoção do app' },
  relationship: {
    en: 'Build customer relationships',
    es: 'Relación con los clientes',
    pt: 'Relacionamento com os clientes',
  },
  optin: { en: 'Opt-in management', es: 'Gestión de suscripción', pt: 'Gestão de opt-in' },
  order: { en: 'Order management', es: 'Gestión de pedidos', pt: 'Gestão de pedidos' },
  account: { en: 'Account alerts/updates', es: 'Alertas de cuenta', pt: 'Alertas da conta' },
  survey: { en: 'Feedback surveys', es: 'Encuestas de opinión', pt: 'Pesquisas de opinião' },
  continue: {
    en: 'Continue a conversation on WhatsApp',
    es: 'Seguir una conversación en WhatsApp',
    pt: 'Continuar uma conversa no WhatsApp',
  },
  otp: { en: 'One-time passcode', es: 'Código de un solo uso', pt: 'Código de uso único' },
} as const;

export const META_EXAMPLES: readonly MetaExample[] = [
  // §1.2 Marketing
  {
    id: 'meta-awareness-tower',
    category: 'MARKETING',
    objective: O.awareness,
    text: 'Did you know? We installed a {{new_tower}} in your area so you can enjoy a better network experience. To learn more, visit our site.',
    section: '§1.2',
  },
  {
    id: 'meta-sales-loyal15',
    category: 'MARKETING',
    objective: O.sales,
    text: 'As a thank you for your last order, please enjoy {{15}}% off your next order. Use code {{loyal15}} at checkout. Visit our site here below.',
    section: '§1.2',
  },
  {
    id: 'meta-retargeting-renew',
    category: 'MARKETING',
    objective: O.retargeting,
    text: 'Your subscription will expire on {{date}}! Renew today to save {{discount}}.',
    section: '§1.2',
  },
  {
    id: 'meta-retargeting-cart',
    category: 'MARKETING',
    objective: O.retargeting,
    text: "You left {{items}} in your cart! Don't worry, we saved them. Checkout now below.",
    section: '§1.2',
  },
  {
    id: 'meta-retargeting-credit',
    category: 'MARKETING',
    objective: O.retargeting,
    text: 'We apologize for the delay in your {{package}} delivery. We have deposited a {{credit}} to your account, available immediately.',
    section: '§1.2',
  },
  {
    id: 'meta-app-download',
    category: 'MARKETING',
    objective: O.app,
    text: 'Did you know? You can now {{checkout}} in our app. Download it below to use our streamlined experience.',
    section: '§1.2',
  },
  {
    id: 'meta-relationship-birthday',
    category: 'MARKETING',
    objective: O.relationship,
    text: "{{Name}}, did you think we'd forget? No way! {{Happy_birthday}}! We wish you the best in the year ahead.",
    section: '§1.2',
  },
  // §1.3 Utility
  {
    id: 'meta-optin-confirm',
    category: 'UTILITY',
    objective: O.optin,
    text: "Thanks for confirming opt-in! You'll now receive notifications via WhatsApp.",
    section: '§1.3',
  },
  {
    id: 'meta-order-confirmed',
    category: 'UTILITY',
    objective: O.order,
    text: 'Thank you! Your order {{order_number}} is confirmed. We will let you know once your package is on its way.',
    section: '§1.3',
  },
  {
    id: 'meta-order-shipped',
    category: 'UTILITY',
    objective: O.order,
    text: 'Hooray! Your package from order {{order_number}} is on its way. Your tracking number is {{tracking_ID}} and expected delivery date is {{date}}.',
    section: '§1.3',
  },
  {
    id: 'meta-account-balance',
    category: 'UTILITY',
    objective: O.account,
    text: 'Daily update for account ending in {{four_digit_number}}: Your available balance is {{amount}}.',
    section: '§1.3',
  },
  {
    id: 'meta-account-payment',
    category: 'UTILITY',
    objective: O.account,
    text: 'Reminder: Your monthly payment for {{service}} will be billed on {{date}} to the {{card}} you have saved on file.',
    section: '§1.3',
  },
  {
    id: 'meta-survey-order',
    category: 'UTILITY',
    objective: O.survey,
    text: 'You chatted with us {{online}} recently about order {{order_number}}. How was your experience? Click below to fill out a short survey.',
    section: '§1.3',
  },
  {
    id: 'meta-continue-chat',
    category: 'UTILITY',
    objective: O.continue,
    text: 'Hi! I see you requested support via our {{online_chat}}. I am the virtual assistant on WhatsApp. How can I help?',
    section: '§1.3',
  },
  // §1.4 Authentication
  {
    id: 'meta-auth-plain',
    category: 'AUTHENTICATION',
    objective: O.otp,
    text: '{{1}} is your verification code.',
    section: '§1.4',
  },
  {
    id: 'meta-auth-security',
    category: 'AUTHENTICATION',
    objective: O.otp,
    text: '{{1}} is your verification code. For your security, do not share this code.',
    section: '§1.4',
  },
  {
    id: 'meta-auth-expiry',
    category: 'AUTHENTICATION',
    objective: O.otp,
    text: '{{1}} is your verification code. This code expires in 15 minutes.',
    section: '§1.4',
  },
];
