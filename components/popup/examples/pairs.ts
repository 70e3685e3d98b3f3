/**
 * "What turns Utility into Marketing": each pair is a Utility text and the same text after one change that Meta's
 * rules count as marketing. The patterns are Meta's (reference §1.5, from [META] S1/S2); the example texts are ours
 * (DERIVED), written for Template Lens in Spanish, English and Portuguese.
 */
import type { BeforeAfterPair } from './types';

export const BEFORE_AFTER_PAIRS: readonly BeforeAfterPair[] = [
  {
    id: 'order-plus-coupon',
    pattern: {
      en: 'An order update plus a coupon or discount (mixed content)',
      es: 'Una actualización del pedido más un cupón o descuento (contenido mixto)',
      pt: 'Uma atualização do pedido mais um cupom ou desconto (conteúdo misto)',
    },
    before: {
      en: 'Your order {{1}} has shipped and will arrive on {{2}}.',
      es: 'Tu pedido {{1}} fue enviado y llegará el {{2}}.',
      pt: 'Seu pedido {{1}} foi enviado e chegará em {{2}}.',
    },
    after: {
      en: 'Your order {{1}} has shipped and will arrive on {{2}}. Use code {{3}} for 10% off your next order!',
      es: 'Tu pedido {{1}} fue enviado y llegará el {{2}}. ¡Usa el código {{3}} y obtén un 10% de descuento en tu próximo pedido!',
      pt: 'Seu pedido {{1}} foi enviado e chegará em {{2}}. Use o cupom {{3}} e ganhe 10% de desconto no próximo pedido!',
    },
    source: 'Reference §1.5 item 1 (mixed content is marketing) [META] S1/S2; texts DERIVED.',
  },
  {
    id: 'survey-plus-promo',
    pattern: {
      en: 'A feedback request that is generic or promotional',
      es: 'Una encuesta genérica o con promoción',
      pt: 'Uma pesquisa genérica ou com promoção',
    },
    before: {
      en: 'How was the delivery of your order {{1}}? Reply to this message to tell us.',
      es: '¿Qué tal fue la entrega de tu pedido {{1}}? Responde a este mensaje para contarnos.',
      pt: 'Como foi a entrega do seu pedido {{1}}? Responda a esta mensagem para nos contar.',
    },
    after: {
      en: 'Tell us what you think of our store and get 10% off your next purchase.',
      es: 'Cuéntanos qué opinas de nuestra tienda y obtén un 10% de descuento en tu próxima compra.',
      pt: 'Conte o que você acha da nossa loja e ganhe 10% de desconto na próxima compra.',
    },
    source: 'Reference §1.5 item 2 (generic or promotional surveys) [META] S1/S2; texts DERIVED.',
  },
  {
    id: 'expiry-plus-renewal',
    pattern: {
      en: 'An expiry notice that pushes renewal with savings',
      es: 'Un aviso de vencimiento que empuja a renovar con ahorro',
      pt: 'Um aviso de vencimento que incentiva a renovação com economia',
    },
    before: {
      en: 'Your subscription {{1}} ends on {{2}}.',
      es: 'Tu suscripción {{1}} vence el {{2}}.',
      pt: 'Sua assinatura {{1}} vence em {{2}}.',
    },
    after: {
      en: 'Your subscription {{1}} ends on {{2}}! Renew today to save 20%.',
      es: '¡Tu suscripción {{1}} vence el {{2}}! Renueva hoy y ahorra un 20%.',
      pt: 'Sua assinatura {{1}} vence em {{2}}! Renove hoje e economize 20%.',
    },
    source: 'Reference §1.5 item 3 (renewal pushes) [META] S1/S2; texts DERIVED.',
  },
  {
    id: 'apology-plus-credit',
    pattern: {
      en: 'An apology plus a goodwill credit',
      es: 'Una disculpa más un crédito de cortesía',
      pt: 'Um pedido de desculpas mais um crédito de cortesia',
    },
    before: {
      en: 'We are sorry: your package {{1}} is delayed. The new delivery date is {{2}}.',
      es: 'Lo sentimos: tu paquete {{1}} viene con retraso. La nueva fecha de entrega es el {{2}}.',
      pt: 'Sentimos muito: seu pacote {{1}} está atrasado. A nova data de entrega é {{2}}.',
    },
    after: {
      en: 'We are sorry: your package {{1}} is delayed. We have deposited a {{2}} credit to your account.',
      es: 'Lo sentimos: tu paquete {{1}} viene con retraso. Te abonamos un crédito de {{2}} en tu cuenta.',
      pt: 'Sentimos muito: seu pacote {{1}} está atrasado. Depositamos um crédito de {{2}} na sua conta.',
    },
    source: 'Reference §1.5 item 5 (apology + credit is retargeting) [META] S1/S2; texts DERIVED.',
  },
  {
    id: 'booking-plus-upsell',
    pattern: {
      en: 'A confirmation plus an upsell',
      es: 'Una confirmación más una venta adicional',
      pt: 'Uma confirmação mais uma venda adicional',
    },
    before: {
      en: 'Your booking {{1}} for {{2}} is confirmed.',
      es: 'Tu reserva {{1}} para el {{2}} está confirmada.',
      pt: 'Sua reserva {{1}} para {{2}} está confirmada.',
    },
    after: {
      en: 'Your booking {{1}} for {{2}} is confirmed. Upgrade to our premium seats for more legroom!',
      es: 'Tu reserva {{1}} para el {{2}} está confirmada. ¡Mejora a nuestros asientos premium y viaja con más espacio!',
      pt: 'Sua reserva {{1}} para {{2}} está confirmada. Faça upgrade para nossos assentos premium e viaje com mais espaço!',
    },
    source: 'Reference §1.5 item 6 (upsell / cross-sell) [META] S1/S2; texts DERIVED.',
  },
  {
    id: 'update-plus-greeting',
    pattern: {
      en: 'An account notice turned into a greeting to a “valued customer”',
      es: 'Un aviso de cuenta convertido en saludo a un “cliente valioso”',
      pt: 'Um aviso da conta transformado em saudação a um “cliente especial”',
    },
    before: {
      en: 'We have updated the phone number of our customer service to {{1}}.',
      es: 'Actualizamos el número de teléfono de atención al cliente: ahora es {{1}}.',
      pt: 'Atualizamos o número de telefone do atendimento ao cliente: agora é {{1}}.',
    },
    after: {
      en: 'Thank you for being a valued customer! We have a new customer service number: {{1}}. Happy holidays!',
      es: '¡Gracias por ser un cliente valioso! Tenemos un nuevo número de atención al cliente: {{1}}. ¡Felices fiestas!',
      pt: 'Obrigado por ser um cliente especial! Temos um novo número de atendimento: {{1}}. Boas festas!',
    },
    source: 'Reference §1.5 item 7 (greetings, “valued customer”) [META] S1/S2; texts DERIVED.',
  },
];
