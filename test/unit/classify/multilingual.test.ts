/**
 * Hand-written templates (not from the corpus) in Portuguese, Spanish, Italian and English, and Meta\'s
 * authentication preset sentence in many languages without the optional add-ons: the engine must generalise
 * beyond the development corpus. Each case states the category Meta's written criteria give.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from '../../../core/analyze';

const U = 'UTILITY';
const M = 'MARKETING';

const CASES: [string, string][] = [
  [U, 'Dies ist deine Flugbestätigung für {{1}}-{{2}} am {{3}}.'],
  [U, 'Hallo {{1}}, konnten wir dein Problem lösen?'],
  [U, 'Dein Paket wurde versandt. Es wird in {{1}} Werktagen zugestellt.'],
  [U, 'Ceci est la confirmation de votre vol pour {{1}}-{{2}} le {{3}}.'],
  [U, 'Tu entrada para *{{1}}* *Hora* - {{2}} *Lugar* - {{3}} *Asientos* - {{4}}'],
  [U, 'Il tuo biglietto per *{{1}}* *Orario* - {{2}}'],
  [U, 'Ciao {{1}}, siamo riusciti a risolvere il problema che stavi riscontrando?'],
  [U, 'Esta es la confirmación de tu vuelo a {{1}}-{{2}} para el {{3}}.'],
  [U, 'Hola {{1}}, te recordamos que tienes un saldo pendiente de {{2}}. Evita recargos pagando antes del {{3}}.'],
  [U, 'Seu Pix de {{1}} foi recebido com sucesso.'],
  [U, 'Sua nota fiscal está disponível no link: {{1}}'],
  [U, 'Gentile {{1}}, la consegna è prevista per domani tra le 9 e le 13.'],
  [U, 'Gentile cliente, la informiamo che la sua pratica n. {{1}} è stata approvata.'],
  [M, 'Ciao {{1}}, ti aspettiamo in negozio per scoprire la nuova collezione autunno-inverno.'],
  [M, 'Ciao {{1}}, il tuo abbonamento scade il {{2}}. Rinnova ora per non perdere i vantaggi!'],
  [U, '¡Hola {{1}}! Tu compra fue aprobada. Pronto recibirás novedades sobre el envío.'],
  [M, 'Hola {{1}}, aprovecha el Hot Sale con hasta 40% de descuento.'],
  [M, 'Agende sua consulta gratuita hoje!'],
  [U, 'Sua consulta está agendada para {{1}}.'],
  [U, 'Sua consulta foi cancelada. Agende um novo horário pelo link.'],
  [U, 'Olá {{1}}, seu pedido nº {{2}} foi confirmado e já está em separação.'],
  [U, 'Oi {{1}}! Seu pedido saiu para entrega e chega hoje até as 18h.'],
  [U, 'Olá {{1}}, sua consulta com Dr. {{2}} está agendada para {{3}} às {{4}}. Responda SIM para confirmar.'],
  [U, 'Olá {{1}}, identificamos o pagamento do boleto referente ao mês de {{2}}. Obrigado!'],
  [U, 'Olá {{1}}, sua fatura no valor de R$ {{2}} vence amanhã. Acesse o link para pagar.'],
  [U, 'Olá {{1}}, seu chamado {{2}} foi encerrado. Caso precise, estamos à disposição.'],
  [U, 'Lembrete: sua aula experimental é amanhã às {{1}}.'],
  [U, '{{1}}, seu cadastro foi aprovado! Agora você já pode acessar sua conta.'],
  [U, 'Olá {{1}}, recebemos sua solicitação de troca. Em breve enviaremos a etiqueta de devolução.'],
  [U, 'Seu exame está pronto. Acesse o resultado pelo link: {{1}}'],
  [M, 'Olá {{1}}! Aproveite nossa Black Friday com até 70% OFF em todo o site!'],
  [M, 'Oi {{1}}, sentimos sua falta! Volte e ganhe 15% de desconto na próxima compra.'],
  [M, 'Chegou a coleção de inverno! Confira as novidades na nossa loja.'],
  [M, 'Ei {{1}}, você esqueceu itens no carrinho. Finalize sua compra agora!'],
  [M, 'Feliz aniversário, {{1}}! Preparamos um presente especial para você.'],
  [M, 'Participe do nosso webinar gratuito sobre investimentos nesta quinta.'],
  [U, 'Hola {{1}}, tu pedido {{2}} ya está en camino. Puedes seguirlo aquí: {{3}}'],
  [U, 'Estimado cliente, le recordamos que su factura {{1}} vence el {{2}}.'],
  [U, 'Hola {{1}}, tu turno en el taller está confirmado para el {{2}} a las {{3}}.'],
  [U, 'Su transferencia por {{1}} fue realizada con éxito.'],
  [U, 'Hola {{1}}, hemos recibido tu devolución y procesaremos el reembolso en 5 días hábiles.'],
  [M, '¡Hola {{1}}! Solo por hoy, 2x1 en todas las pizzas. ¡Pide ya!'],
  [M, 'Descubre nuestra nueva colección primavera-verano con envío gratis.'],
  [M, '¡Te echamos de menos! Vuelve y obtén un 20% de descuento.'],
  [M, 'Inscríbete ya en nuestro curso online y consigue una beca del 50%.'],
  [U, 'Ciao {{1}}, il tuo ordine n. {{2}} è stato consegnato. Grazie per aver acquistato da noi.'],
  [U, "Gentile cliente, ti ricordiamo l'appuntamento di domani alle {{1}}."],
  [U, 'La fattura {{1}} di {{2}} euro è disponibile nella tua area riservata.'],
  [U, 'Ciao {{1}}, la tua prenotazione presso {{2}} è confermata per il {{3}}.'],
  [M, 'Saldi di fine stagione: fino al 50% su tutta la collezione!'],
  [M, 'Ciao {{1}}, scopri le nuove offerte della settimana nel nostro negozio.'],
  [M, 'Buon compleanno {{1}}! Per te un buono sconto del 10%.'],
  [U, 'Your {{1}} subscription renews on {{2}}. No action is needed.'],
  [U, 'Hi {{1}}, your prescription is ready for pickup at {{2}}.'],
  [U, 'Your package could not be delivered. Please reschedule using the link below.'],
  [U, 'Hi {{1}}, your payment of {{2}} was declined. Please update your card.'],
  [M, 'Hi {{1}}, our spring menu is here! Come taste our new dishes.'],
  [M, 'Get ready for the weekend with our best-selling cocktails.'],
  [M, 'Hi {{1}}, enjoy a free dessert on your next visit!'],
  [U, 'Reminder: your dental cleaning is tomorrow at {{1}}. Reply C to confirm.'],
  [U, 'Hi {{1}}, your account password was changed. If this was not you, contact us immediately.'],
  [U, 'Seu código de rastreio é {{1}}.'],
  [U, 'Your booking code is {{1}}. Show it at the counter.'],
  [M, 'Olá {{1}}! Temos uma condição especial para você trocar de plano. Fale com a gente.'],
  [M, 'Oi {{1}}, que tal aproveitar o fim de semana com a nossa pizza de calabresa?'],
  [M, 'Conheça o novo iPhone na loja {{1}}. Parcelamos em até 12x sem juros!'],
  [M, 'Últimos dias para garantir sua vaga no curso de inglês com bolsa de 40%.'],
  [M, 'Hola {{1}}, ¿ya conoces nuestros planes de fibra? Contrata hoy y el primer mes es gratis.'],
  [M, 'Hola {{1}}, este fin de semana tenemos música en vivo. ¡Te esperamos!'],
  [M, 'Ciao {{1}}, vieni a provare il nostro nuovo menù degustazione!'],
  [M, 'Ciao {{1}}, approfitta del finanziamento a tasso zero su tutte le auto.'],
  [M, 'Hi {{1}}, we just restocked your favorite coffee beans. Grab a bag before they run out!'],
  [M, 'Bring a friend this Friday and both of you get in for half price.'],
  [M, 'Hi {{1}}! Our store is now open on Sundays. Come visit us!'],
  [M, 'Oi {{1}}! Chegou o Dia das Mães: presenteie com flores da nossa floricultura.'],
  [U, 'Olá {{1}}, informamos que a entrega do seu pedido foi reagendada para {{2}}.'],
  [U, 'Olá {{1}}, o valor do seu plano será reajustado a partir de {{2}} conforme contrato.'],
  [U, 'Prezado(a) {{1}}, sua matrícula foi confirmada. As aulas começam em {{2}}.'],
  [U, 'Sua senha foi redefinida com sucesso. Se não foi você, entre em contato.'],
  [U, 'Olá {{1}}! Seu carro está pronto para retirada na oficina.'],
  [U, 'Hola {{1}}, tu paquete con número de guía {{2}} fue entregado en recepción.'],
  [U, 'Hola {{1}}, el técnico llegará a tu domicilio entre las {{2}} y las {{3}}.'],
  [U, 'Hola {{1}}, tu póliza {{2}} fue renovada. Puedes descargarla desde tu cuenta.'],
  [U, 'Ciao {{1}}, il pacco con codice di tracciamento {{2}} è in consegna oggi.'],
  [U, 'Gentile {{1}}, il pagamento della rata di {{2}} è andato a buon fine.'],
  [U, 'Ciao {{1}}, il tuo rimborso di {{2}} € è stato elaborato.'],
  [U, 'Your table for {{1}} at {{2}} is booked for {{3}}. See you soon!'],
  [U, 'Hi {{1}}, your car is ready for pickup at our service center.'],
  [U, 'Hi {{1}}, your flight {{2}} is delayed. New departure time: {{3}}.'],
  [U, 'Your statement for {{1}} is now available in online banking.'],
  [U, 'Hi {{1}}, we received your application and will review it within 3 business days.'],
  [U, 'Your verification is complete. You can now log in to your account.'],
  [U, 'Olá {{1}}, sua internet será interrompida para manutenção amanhã das 2h às 4h.'],
  [U, 'Olá {{1}}, seu pedido {{2}} foi entregue. Avalie sua experiência com a entrega.'],
  [M, 'Olá {{1}}, avalie nossa loja e concorra a um vale-compras de R$ 100!'],
  [U, 'Olá {{1}}, sua encomenda está disponível para retirada na agência {{2}}.'],
  [M, 'Olá! Somos a {{1}}. Estamos no WhatsApp para tirar suas dúvidas e mostrar nossos produtos.'],
  [U, 'Olá {{1}}, obrigado pela sua compra! Seu pedido {{2}} já está sendo preparado. Obrigado pela preferência!'],
];

/** Meta's authentication sentence ("{{1}} is your verification code.") as localised in many languages. */
const OTP_PRESETS: Record<string, string> = {
  it: '*{{1}}* è il tuo codice di verifica.',
  pt_BR: 'Seu código de verificação é *{{1}}*.',
  es_AR: 'Tu código de verificación es *{{1}}*.',
  ru: 'Ваш код подтверждения: *{{1}}*.',
  uk: 'Ваш код підтвердження: *{{1}}*.',
  he: '*{{1}}* הוא קוד האימות שלך.',
  th: '*{{1}}* คือรหัสยืนยันของคุณ',
  vi: '*{{1}}* là mã xác minh của bạn.',
  zh_CN: '你的验证码是 *{{1}}*。',
  zh_TW: '*{{1}}* 是你的驗證碼。',
  da: '*{{1}}* er din bekræftelseskode.',
  nb: '*{{1}}* er bekreftelseskoden din.',
  fi: '*{{1}}* on vahvistuskoodisi.',
  el: 'Ο κωδικός επαλήθευσης είναι *{{1}}*.',
  hu: '*{{1}}* az ellenőrző kódod.',
  sk: 'Váš overovací kód je *{{1}}*.',
  hr: '*{{1}}* vaš je kôd za potvrdu.',
  lv: '*{{1}}* ir jūsu verifikācijas kods.',
  et: '*{{1}}* on teie kinnituskood.',
  sq: '*{{1}}* është kodi yt i verifikimit.',
  az: '*{{1}}* sizin təsdiqləmə kodunuzdur.',
  kk: '*{{1}}* – сіздің растау кодыңыз.',
  uz: '*{{1}}* – tasdiqlash kodingiz.',
  ka: '*{{1}}* არის თქვენი დამადასტურებელი კოდი.',
  mk: '*{{1}}* е вашиот код за потврда.',
  sw: '*{{1}}* ni msimbo wako wa uthibitishaji.',
  ga: 'Is é *{{1}}* do chód fíoraithe.',
  pa: '*{{1}}* ਤੁਹਾਡਾ ਪੁਸ਼ਟੀਕਰਨ ਕੋਡ ਹੈ।',
  ta: '*{{1}}* என்பது உங்கள் சரிபார்ப்புக் குறியீடு.',
  kn: '*{{1}}* ನಿಮ್ಮ ಪರಿಶೀಲನೆ ಕೋಡ್ ಆಗಿದೆ.',
  ml: '*{{1}}* ആണ് നിങ്ങളുടെ സ്ഥിരീകരണ കോഡ്.',
  bn: '*{{1}}* হল আপনার যাচাইকরণ কোড।',
  fa: '*{{1}}* کد تأیید شما است.',
  en_GB: '*{{1}}* is your verification code.',
  lo: '*{{1}}* ແມ່ນລະຫັດຢືນຢັນຂອງທ່ານ.',
  rw: '*{{1}}* ni kode yawe yo kwemeza.',
  ky: '*{{1}}* – сиздин ырастоо кодуңуз.',
  ha: '*{{1}}* ita ce lambar tabbatarwarka.',
  zu: '*{{1}}* yikhodi yakho yokuqinisekisa.',
  fil: 'Ang *{{1}}* ay ang iyong verification code.',
  ms: '*{{1}}* ialah kod pengesahan anda.',
  id: '*{{1}}* adalah kode verifikasi Anda.',
  tr: '*{{1}}* doğrulama kodunuzdur.',
  ar: 'رمز التحقق الخاص بك هو *{{1}}*.',
  ur: 'آپ کا تصدیقی کوڈ *{{1}}* ہے۔',
  nl: 'Je verificatiecode is *{{1}}*.',
  ro: 'Codul tău de verificare este *{{1}}*.',
  pl: 'Twój kod weryfikacyjny to *{{1}}*.',
  cs: 'Váš ověřovací kód je *{{1}}*.',
  sl: 'Vaša koda za preverjanje je *{{1}}*.',
  sr: 'Ваш кôд за потврду је *{{1}}*.',
  lt: 'Jūsų patvirtinimo kodas yra *{{1}}*.',
  bg: 'Вашият код за потвърждение е *{{1}}*.',
  af: 'Jou verifikasiekode is *{{1}}*.',
  sv: 'Din verifieringskod är *{{1}}*.',
  de: '*{{1}}* ist dein Bestätigungscode.',
  fr: '*{{1}}* est votre code de vérification.',
  ja: 'あなたの確認コードは*{{1}}*です。',
  ko: '*{{1}}*은(는) 회원님의 인증 코드입니다.',
  hi: '*{{1}}* आपका सत्यापन कोड है.',
  gu: '*{{1}}* તમારો ચકાસણી કોડ છે.',
  mr: '*{{1}}* हा तुमचा पडताळणी कोड आहे.',
  te: '*{{1}}* మీ ధృవీకరణ కోడ్.',
};

/** OTP content in custom wording (must be recognised so Meta's rejection can be predicted), and look-alikes that are not. */
const CUSTOM_OTP: [string, string][] = [
  ['AUTHENTICATION', 'Use {{1}} para acessar sua conta. Não compartilhe.'],
  ['AUTHENTICATION', 'Ingresa {{1}} para iniciar sesión.'],
  ['AUTHENTICATION', 'Enter {{1}} to verify your phone number.'],
  ['AUTHENTICATION', 'Código: {{1}}. Válido por 5 minutos.'],
  ['MARKETING', 'Use code {{1}} to get 20% off!'],
  ['UTILITY', 'Seu código de rastreio é {{1}}.'],
  ['UTILITY', 'Your booking code is {{1}}.'],
  ['UTILITY', 'Never share your OTP or verification code with anyone. Our staff will never ask for it.'],
  ['UTILITY', 'Nunca compartilhe seu código de verificação com ninguém. Em caso de dúvida, ligue para a central.'],
  ['AUTHENTICATION', 'Su código de inicio de sesión es 01234'],
];

describe('generalisation: custom one-time-code wording', () => {
  for (const [expected, text] of CUSTOM_OTP)
    it(`${expected}: ${text}`, () => {
      expect(analyzeTemplate({ components: [{ type: 'BODY', text }] }).category).toBe(expected);
    });
});

describe('generalisation: marketing vs utility in pt/es/it/en', () => {
  for (const [expected, text] of CASES)
    it(`${expected}: ${text}`, () => {
      expect(analyzeTemplate({ components: [{ type: 'BODY', text }] }).category).toBe(expected);
    });
});

describe('generalisation: authentication preset text in many languages', () => {
  for (const [lang, text] of Object.entries(OTP_PRESETS))
    it(`${lang}: ${text}`, () => {
      expect(analyzeTemplate({ components: [{ type: 'BODY', text }] }).category).toBe('AUTHENTICATION');
    });
});
