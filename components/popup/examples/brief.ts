/**
 * The product brief's use cases as example templates. Written for Template Lens: Spanish originals (`es`),
 * with English and Portuguese translations. Not taken from any corpus. The category is the one Meta's rules
 * give (reference §1.2–1.5); the "why" lines are our explanation of those rules (DERIVED), not Meta's words.
 */
import type { BriefExample } from './types';

const SOURCE = 'Product brief use case; text written for Template Lens (Spanish original, en/pt translations).';

export const BRIEF_EXAMPLES: readonly BriefExample[] = [
  // ---- Utility -------------------------------------------------------------------------------------------
  {
    id: 'appointment-reminder',
    category: 'UTILITY',
    title: { en: 'Appointment reminder', es: 'Recordatorio de cita', pt: 'Lembrete de consulta' },
    text: {
      es: 'Hola {{1}}, te recordamos tu cita con {{2}} el {{3}} a las {{4}}. Si necesitas cambiarla, responde a este mensaje.',
      en: 'Hi {{1}}, this is a reminder of your appointment with {{2}} on {{3}} at {{4}}. If you need to change it, reply to this message.',
      pt: 'Olá {{1}}, lembramos sua consulta com {{2}} no dia {{3}} às {{4}}. Se precisar remarcar, responda a esta mensagem.',
    },
    why: {
      en: 'About a booking the customer made, with no offer in it.',
      es: 'Trata de una cita que reservó el cliente, sin ninguna oferta.',
      pt: 'Trata de um agendamento feito pelo cliente, sem nenhuma oferta.',
    },
    source: SOURCE,
  },
  {
    id: 'order-confirmation',
    category: 'UTILITY',
    title: { en: 'Order confirmation', es: 'Confirmación de pedido', pt: 'Confirmação de pedido' },
    text: {
      es: 'Gracias por tu compra. Tu pedido {{1}} está confirmado y te avisaremos cuando salga de nuestro almacén.',
      en: 'Thank you for your purchase. Your order {{1}} is confirmed and we will let you know when it leaves our warehouse.',
      pt: 'Obrigado pela sua compra. Seu pedido {{1}} está confirmado e avisaremos quando ele sair do nosso depósito.',
    },
    why: {
      en: 'Confirms a specific order; nothing is promoted.',
      es: 'Confirma un pedido concreto; no promociona nada.',
      pt: 'Confirma um pedido específico; nada é promovido.',
    },
    source: SOURCE,
  },
  {
    id: 'order-delay',
    category: 'UTILITY',
    title: { en: 'Order delay', es: 'Retraso del pedido', pt: 'Atraso do pedido' },
    text: {
      es: 'Tu pedido {{1}} viene con retraso. La nueva fecha estimada de entrega es el {{2}}. Disculpa las molestias.',
      en: 'Your order {{1}} is delayed. The new estimated delivery date is {{2}}. We apologise for the inconvenience.',
      pt: 'Seu pedido {{1}} está atrasado. A nova data estimada de entrega é {{2}}. Pedimos desculpas pelo transtorno.',
    },
    why: {
      en: 'An update on the customer’s own order. Adding a coupon or credit “for the trouble” would make it Marketing.',
      es: 'Informa sobre el pedido del cliente. Añadir un cupón o un crédito “por las molestias” lo haría Marketing.',
      pt: 'Atualiza o pedido do próprio cliente. Incluir um cupom ou crédito “pelo transtorno” o tornaria Marketing.',
    },
    source: SOURCE,
  },
  {
    id: 'payment-confirmation',
    category: 'UTILITY',
    title: { en: 'Payment confirmation', es: 'Confirmación de pago', pt: 'Confirmação de pagamento' },
    text: {
      es: 'Recibimos tu pago de {{1}} correspondiente a la factura {{2}}. Gracias.',
      en: 'We received your payment of {{1}} for invoice {{2}}. Thank you.',
      pt: 'Recebemos seu pagamento de {{1}} referente à fatura {{2}}. Obrigado.',
    },
    why: {
      en: 'Confirms a transaction of this customer.',
      es: 'Confirma una transacción de este cliente.',
      pt: 'Confirma uma transação deste cliente.',
    },
    source: SOURCE,
  },
  {
    id: 'account-balance',
    category: 'UTILITY',
    title: { en: 'Account balance', es: 'Saldo de la cuenta', pt: 'Saldo da conta' },
    text: {
      es: 'El saldo disponible de tu cuenta terminada en {{1}} es {{2}} a fecha de {{3}}.',
      en: 'The available balance of your account ending in {{1}} is {{2}} as of {{3}}.',
      pt: 'O saldo disponível da sua conta com final {{1}} é {{2}} em {{3}}.',
    },
    why: {
      en: 'An account alert about the customer’s own account.',
      es: 'Un aviso sobre la propia cuenta del cliente.',
      pt: 'Um alerta sobre a própria conta do cliente.',
    },
    source: SOURCE,
  },
  {
    id: 'delivery-window',
    category: 'UTILITY',
    title: { en: 'Delivery window', es: 'Franja de entrega', pt: 'Janela de entrega' },
    text: {
      es: 'Tu pedido {{1}} llegará mañana entre las {{2}} y las {{3}}. Ten a mano tu documento de identidad para recibirlo.',
      en: 'Your order {{1}} will arrive tomorrow between {{2}} and {{3}}. Please have your ID ready to receive it.',
      pt: 'Seu pedido {{1}} chegará amanhã entre {{2}} e {{3}}. Tenha seu documento de identidade em mãos para recebê-lo.',
    },
    why: {
      en: 'Delivery details of a specific order.',
      es: 'Datos de entrega de un pedido concreto.',
      pt: 'Detalhes de entrega de um pedido específico.',
    },
    source: SOURCE,
  },
  // ---- Authentication ------------------------------------------------------------------------------------
  {
    id: 'new-account-password',
    category: 'AUTHENTICATION',
    title: {
      en: 'New account password (code)',
      es: 'Contraseña de cuenta nueva (código)',
      pt: 'Senha de conta nova (código)',
    },
    text: {
      es: 'Tu código para crear la contraseña de tu nueva cuenta es {{1}}. No lo compartas con nadie.',
      en: 'Your code to create the password for your new account is {{1}}. Do not share it with anyone.',
      pt: 'Seu código para criar a senha da sua nova conta é {{1}}. Não o compartilhe com ninguém.',
    },
    why: {
      en: 'It carries a one-time code, so only an Authentication template may send it, and only with Meta’s fixed text: as custom text in Utility or Marketing it is rejected.',
      es: 'Lleva un código de un solo uso: solo puede enviarse con una plantilla de Autenticación y con el texto fijo de Meta. Como texto propio en Utilidad o Marketing se rechaza.',
      pt: 'Traz um código de uso único: só pode ser enviado com um modelo de Autenticação e com o texto fixo da Meta. Como texto próprio em Utilidade ou Marketing é rejeitado.',
    },
    source: SOURCE,
  },
  {
    id: 'login-code',
    category: 'AUTHENTICATION',
    title: { en: 'Login code', es: 'Código de inicio de sesión', pt: 'Código de login' },
    text: {
      es: '{{1}} es tu código para iniciar sesión. Vence en 10 minutos.',
      en: '{{1}} is your login code. It expires in 10 minutes.',
      pt: '{{1}} é seu código para fazer login. Ele expira em 10 minutos.',
    },
    why: {
      en: 'A one-time passcode: Authentication, using Meta’s preset text with the optional expiry line.',
      es: 'Un código de un solo uso: Autenticación, con el texto predefinido de Meta y la línea opcional de vencimiento.',
      pt: 'Um código de uso único: Autenticação, com o texto predefinido da Meta e a linha opcional de validade.',
    },
    source: SOURCE,
  },
  // ---- Marketing -----------------------------------------------------------------------------------------
  {
    id: 'summer-collection',
    category: 'MARKETING',
    title: { en: 'Summer collection', es: 'Colección de verano', pt: 'Coleção de verão' },
    text: {
      es: '¡Llegó la colección de verano! Descubre los nuevos modelos en nuestras tiendas y en la web.',
      en: 'The summer collection is here! Discover the new styles in our stores and online.',
      pt: 'Chegou a coleção de verão! Descubra os novos modelos nas nossas lojas e no site.',
    },
    why: {
      en: 'Awareness of new products, not tied to anything the customer did.',
      es: 'Da a conocer productos nuevos, sin relación con nada que haya hecho el cliente.',
      pt: 'Divulga produtos novos, sem relação com nada que o cliente tenha feito.',
    },
    source: SOURCE,
  },
  {
    id: 'loyalty-discount',
    category: 'MARKETING',
    title: { en: 'Loyalty discount code', es: 'Código de descuento por fidelidad', pt: 'Cupom de fidelidade' },
    text: {
      es: 'Gracias por ser cliente frecuente, {{1}}. Usa el código {{2}} y obtén un 15% de descuento en tu próxima compra.',
      en: 'Thank you for being a loyal customer, {{1}}. Use code {{2}} to get 15% off your next purchase.',
      pt: 'Obrigado por ser um cliente fiel, {{1}}. Use o cupom {{2}} e ganhe 15% de desconto na sua próxima compra.',
    },
    why: {
      en: 'A discount code is a sales offer; Meta lists this very case as Marketing.',
      es: 'Un código de descuento es una oferta de venta; Meta pone este mismo caso como Marketing.',
      pt: 'Um cupom de desconto é uma oferta de venda; a Meta cita este mesmo caso como Marketing.',
    },
    source: SOURCE,
  },
  {
    id: 'back-in-stock',
    category: 'MARKETING',
    title: { en: 'Back in stock', es: 'De nuevo en stock', pt: 'De volta ao estoque' },
    text: {
      es: '¡Volvió! {{1}} ya está disponible otra vez. Cómpralo antes de que se agote.',
      en: 'It’s back! {{1}} is available again. Buy it before it sells out.',
      pt: 'Voltou! {{1}} está disponível de novo. Compre antes que esgote.',
    },
    why: {
      en: 'Pushes a purchase (“buy it before it sells out”): retargeting, Marketing even if the customer asked to be told.',
      es: 'Empuja a comprar (“cómpralo antes de que se agote”): es retargeting, Marketing aunque el cliente lo haya pedido.',
      pt: 'Empurra a compra (“compre antes que esgote”): é retargeting, Marketing mesmo que o cliente tenha pedido o aviso.',
    },
    source: SOURCE,
  },
  {
    id: 'holiday-closing',
    category: 'MARKETING',
    title: { en: 'Holiday closing', es: 'Cierre por festivo', pt: 'Fechamento no feriado' },
    text: {
      es: 'Nuestras tiendas estarán cerradas el 25 de diciembre. ¡Felices fiestas de parte de todo el equipo!',
      en: 'Our stores will be closed on December 25. Happy holidays from the whole team!',
      pt: 'Nossas lojas estarão fechadas em 25 de dezembro. Boas festas de toda a equipe!',
    },
    why: {
      en: 'A general announcement with a holiday greeting, sent to everyone: relationship building, not about the customer’s order or account.',
      es: 'Un aviso general con saludo festivo, para todos: es relación con el cliente, no trata de su pedido ni de su cuenta.',
      pt: 'Um aviso geral com saudação de festas, para todos: é relacionamento, não trata do pedido nem da conta do cliente.',
    },
    source: SOURCE,
  },
  {
    id: 'abandoned-cart',
    category: 'MARKETING',
    title: { en: 'Abandoned cart', es: 'Carrito abandonado', pt: 'Carrinho abandonado' },
    text: {
      es: 'Dejaste productos en tu carrito, {{1}}. ¡Completa tu compra ahora antes de que se agoten!',
      en: 'You left items in your cart, {{1}}. Complete your purchase now before they sell out!',
      pt: 'Você deixou produtos no carrinho, {{1}}. Finalize sua compra agora antes que esgotem!',
    },
    why: {
      en: 'Cart reminders are retargeting, which Meta counts as Marketing “even if requested by users”.',
      es: 'Recordar el carrito es retargeting, que Meta cuenta como Marketing “incluso si lo piden los usuarios”.',
      pt: 'Lembrar o carrinho é retargeting, que a Meta conta como Marketing “mesmo se solicitado pelos usuários”.',
    },
    source: SOURCE,
  },
];
