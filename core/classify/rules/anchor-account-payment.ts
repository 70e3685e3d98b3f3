import { defineRule } from '../types';

/** The user's account, balance, payment, bill, subscription or plan. */
export default defineRule({
  id: 'anchor-account-payment',
  category: 'UTILITY',
  kind: 'anchor',
  weight: 1,
  title: { en: 'Specific account or payment', es: 'Cuenta o pago concretos', pt: 'Conta ou pagamento específicos' },
  description:
    'Finds references to the user\'s account, balance, card, payment, bill, subscription, plan or application. Meta\'s Account alerts/updates: "important or time-sensitive information about purchased or subscribed products".',
  source: {
    section: '§1.3 Account alerts/updates',
    quote:
      '"Daily update for account ending in {{four_digit_number}}: Your available balance is {{amount}}." / "Reminder: Your monthly payment for {{service}} will be billed on {{date}}…"',
  },
  suggestion: {
    en: 'Good Utility anchor ("{quote}"). Keep it factual: amount, date, account; no offers, upsell or renewal push.',
    es: 'Buen ancla de Utilidad ("{quote}"). Mantenlo factual: importe, fecha, cuenta; sin ofertas ni renovaciones.',
    pt: 'Boa âncora de Utilidade ("{quote}"). Mantenha factual: valor, data, conta; sem ofertas nem renovação.',
  },
  phrases: {
    xx: [
      {
        p: '(tua|sua|nella tua|nella sua) area (riservata|personale|clienti)|area riservata|(tu|su|en tu|en su) (area|zona) (privada|de clientes|personal)|(sua|na sua) area (do cliente|restrita|logada)|area do cliente|your (account area|customer area|online account)|(resident|customer|member|patient) portal',
        note: "DERIVED: a document or notice waiting in the user's private area is about their account.",
      },
      {
        p: 'saldo (pendiente|pendente|vencido|deudor|devedor|disponible|disponivel|actual|atual|residuo)|(pago|pagamento|pagamentos|pagos) (pendiente|pendente|pendientes|pendentes|em aberto|vencido|atrasado)~|outstanding (balance|amount|payment)|(evita|evite|eviter|evitare|avoid) (recargos|juros|multas?|cortes|la suspension|a suspensao|late fees|interruptions?|suspension|disruptions?)|pix( de <n>)? (foi |esta )?(recebido|enviado|agendado|confirmado|realizado)|(sua|seu|tu|su) (nota fiscal|comprovante|comprobante)',
        note: 'Balances, pending payments, late-fee warnings, Pix transfers and receipts.',
      },
      {
        p: 'mensalidade|parcela|cobranca|vencimento|contrato|matricula|inscricao|cuota|cobro|poliza|siniestro|bolletta|scadenza|polizza|sinistro|contratto|iscrizione|echeance|mensualite|lastschrift|tagihan|cicilan',
        note: 'Billing, contract and enrolment nouns; medium alone.',
        w: 0.6,
      },
      {
        p: '(senha|contrasena|password|mot de passe|passwort|kata sandi) (foi |ha sido |fue |e stata |a ete |wurde )?(redefinida|alterada|atualizada|cambiada|restablecida|modificata|reimpostata|modifie|reinitialise|geandert|zuruckgesetzt|changed|reset|updated)',
        note: 'Password changed/reset notice (account security), any language.',
      },
      {
        p: 'pagamento (della|del|di) (rata|fattura|bolletta|canone)|(la )?rata (di|del|mensile)',
        note: 'Italian: payment of an instalment or bill.',
      },
      {
        p: '(solicitacao|solicitud|request|protocolo|chamado|ticket|caso|case|pedido|order|reserva|booking|fatura|factura|invoice|referencia|reference|richiesta|commande|bestellung|pesanan) ?(#|no\\.?|n\\.?|nº|numero)? ?: ?<n>',
        note: 'Key–value layout "Request: {{1}}", typical of transactional messages.',
      },
      {
        p: '(codice|codigo|numero|code|number|n) (cliente|de cliente|do cliente|di cliente|de socio|do associado|tessera|customer|member|membership)|(customer|client|member|membership|account|loyalty) (code|number|id)|(tu|su|seu|sua|il tuo|la tua|your) (numero|codigo|codice|number) (de|do|di)? ?(cliente|socio|associado|tessera|member|customer)',
        note: 'DERIVED: a customer/member number is an account detail, not a passcode ("Il tuo codice cliente è {{1}}").',
      },
    ],
    en: [
      {
        p: 'your ([^ ]+ )?(account|balance|payment|bill|invoice|statement|transaction|subscription|plan|policy|claim|loan|deposit|withdrawal|transfer|card|membership|profile|application|registration|enrol?ment|debit|instal?lment|mortgage|rent|top-?up|recharge|line|tax return|permit|licen[cs]e|passport|visa|id card)',
        note: "The user's account or product.",
      },
      {
        p: 'the (account|balance|payment|bill|invoice|statement|transaction|subscription|policy|claim|loan|deposit|withdrawal|transfer)',
        note: 'An account or payment referred to directly.',
      },
      {
        p: '(account|card) (number|ending|balance|statement|no|#)|(card|account) ending (in|with)|(available|current|outstanding|remaining|low) balance|balance (is|of)',
        note: 'Account details.',
      },
      {
        p: 'payment (received|confirmed|failed|declined|due|reminder|of|for|link|was|has)|(due|billing|payment) date|amount (due|of|paid)|(is|are|was|will be) (due|overdue|billed|charged|debited|credited)|(billed|charged|debited) (on|to)',
        note: 'Payments.',
      },
      { p: '(minutes|data|credits?|units) remaining|remaining in your|top up|below your', note: 'Usage and top-ups.' },
      {
        p: "(we'?ve|we have) (updated|changed) your",
        note: 'A change the business made to the user\'s own account or service. "Updated our …" is covered by the noun-restricted phrase below ("updated our menu" is not an account update).',
      },
      {
        p: "(we'?ve|we have|we) (updated|changed|moved) (the|our) ([^ ]+ ){0,3}(phone number|number|address|email address|e-?mail|opening hours|hours|contact details|terms|policy|website address|billing (date|cycle))|(our|the) (new )?(customer service|support|contact|helpline|hotline) (phone )?number (is|has changed|changed)|(we are moving|we'?re moving|we have moved|we'?ve moved) to|our new address",
        note: 'DERIVED from Meta\'s Account-updates example ("we have updated our {{Customer_service}} phone number to {{number}}"): a change to how the customer reaches or is served by the business.',
      },
      {
        p: '(password|pin|email|phone number|address) (was |has been )?(changed|reset|updated)|(login|sign-?in) (attempt|from a new)|(finish|complete) (setting up|your (profile|registration|application|kyc))',
        note: 'Account security and setup.',
      },
    ],
    es: [
      {
        p: '(tu|su) (cuenta|pago|factura|recibo|suscripcion|plan|poliza|tarjeta|prestamo|transferencia|saldo|cargo|perfil|solicitud|membresia|recarga|linea|cuota|credito|deposito|retiro|portabilidad|inscripcion|reinscripcion|matricula|declaracion|contrato|financiamiento|siniestro|vehiculo|inmueble)|(lectura|leitura) (del|do|de) (contador|medidor|relogio)',
        note: "The user's account or product.",
      },
      {
        p: '(saldo|estado) de (tu |su )?cuenta|terminada en|(pago|cobro|cargo) (recibido|confirmado|rechazado|pendiente|de)|fecha de (vencimiento|pago|cobro)|(vence|vencera|se cobrara|se debitara)',
        note: 'Account and payment details.',
      },
      { p: 'saldo|recarga~', note: 'Balance/top-up.', w: 0.8 },
      {
        p: '(actualizamos|hemos actualizado|cambiamos|hemos cambiado|modificamos|hemos modificado) (el|la|los|las|nuestr~) ([^ ]+ ){0,3}(numero|telefono|whatsapp|direccion|horario~|correo|terminos|politica|condiciones|datos de contacto|fecha de (cobro|facturacion))|(nuevo|el) (numero|telefono) de (atencion|servicio) al cliente (es|sera)',
        note: 'DERIVED from Meta\'s Account-updates example in Spanish ("Actualizamos el número de teléfono de atención al cliente").',
      },
      {
        p: '(nuestra|la) nueva direccion|(nos mudamos|se traslada|nos trasladamos) a|atendera en (la|su) nueva',
        note: 'DERIVED: a new address of the place that serves the customer (Account updates).',
      },
    ],
    pt: [
      {
        p: '(sua|seu|tua|teu) (conta|pagamento|fatura|boleto|assinatura|plano|apolice|cartao|emprestimo|transferencia|saldo|cadastro|perfil|solicitacao|inscricao|rematricula|matricula|contrato|financiamento|consorcio|limite|beneficio|declaracao|sinistro|veiculo|imovel)',
        note: "The user's account or product.",
      },
      {
        p: '(pagamento|cobranca|debito) (recebido|confirmado|aprovado|recusado|pendente|de)|(data de )?vencimento|(vence|vencera|sera cobrad~|sera debitad~)|final <n>|terminado em',
        note: 'Payment details.',
      },
      { p: 'saldo|pix|boleto|solicitacao|recarga', note: 'Balance, payment methods, requests.', w: 0.8 },
      {
        p: 'pagamento (do|da|de|referente)|(identificamos|confirmamos|recebemos) (o )?(seu )?pagamento',
        note: 'A specific payment.',
      },
      {
        p: '(atualizamos|alteramos|mudamos|modificamos) (o|a|os|as|nosso~|nossa~) ([^ ]+ ){0,3}(numero|telefone|whatsapp|endereco|horario~|e-?mail|termos|politica|condicoes|contato~|data de (cobranca|vencimento))|(novo|o) (numero|telefone) (do|de) (atendimento|sac|suporte)( ao cliente)? (e|sera|passa a ser)',
        note: 'DERIVED from Meta\'s Account-updates example in Portuguese ("Atualizamos o número de telefone do atendimento").',
      },
      {
        p: '(funcionara|atendera|passara a (funcionar|atender)) (em|no|na) (novo|nosso novo|um novo) (endereco|horario)|(novo|nosso novo) endereco',
        note: "DERIVED from Meta's Account-updates example: a new address or opening hours of the place that serves the customer.",
      },
    ],
    it: [
      {
        p: '(il tuo|il suo|tuo|suo) (conto|account|pagamento|abbonamento|piano|saldo|bonifico|profilo|prestito|contratto|finanziamento|mutuo|sinistro)|(la tua|la sua) (fattura|carta|bolletta|polizza|richiesta|pratica|iscrizione|rata|dichiarazione)|(il|del) bonifico (di|da|verso|a favore)|bonifico (eseguito|ricevuto|disposto|in entrata|in uscita)|lettura del contatore',
        note: "The user's account or product.",
      },
      {
        p: '(pagamento|addebito) (ricevuto|confermato|rifiutato|in scadenza|di)|(data di )?scadenza|(scade|verra addebitat~)|terminante (in|con)',
        note: 'Payment details.',
      },
      { p: 'saldo|ricarica', note: 'Balance/top-up.', w: 0.8 },
      {
        p: "(abbiamo aggiornato|aggiorniamo|abbiamo cambiato|abbiamo modificato) (il|la|i|le|gli|l'|nostr~) ?([^ ]+ ){0,3}(numero|telefono|whatsapp|indirizzo|orari~|email|termini|informativa|condizioni|contatti|data di addebito)|(nuovo|il) numero (del|dell'|di) ?(servizio|assistenza) clienti (e|sara)",
        note: 'DERIVED from Meta\'s Account-updates example in Italian ("Abbiamo aggiornato il numero del servizio clienti").',
      },
      {
        p: '(il )?nuovo indirizzo|ci (trasferiamo|siamo trasferiti) (in|a|al)',
        note: 'DERIVED: a new address of the place that serves the customer (Account updates).',
      },
    ],
    fr: [
      {
        p: '(votre|ton|ta) (compte|paiement|facture|abonnement|forfait|solde|carte|contrat|virement|profil|demande|dossier|pret|inscription)',
        note: "The user's account or product.",
      },
      {
        p: "(paiement|prelevement) (recu|confirme|refuse|en attente|de)|(date d')?echeance|(sera preleve~|sera debite~)|se terminant par",
        note: 'Payment details.',
      },
      { p: 'solde', note: 'Balance.', w: 0.8 },
    ],
    de: [
      {
        p: '(dein|deine|ihr|ihre) (konto|zahlung|rechnung|abonnement|abo|tarif|vertrag|karte|uberweisung|profil|antrag|guthaben|kredit)',
        note: "The user's account or product.",
      },
      {
        p: '(zahlung|abbuchung) (erhalten|bestatigt|fehlgeschlagen|fallig)|falligkeitsdatum|fallig am|wird abgebucht|kontostand|endend (auf|mit)',
        note: 'Payment details.',
      },
    ],
    id: [
      {
        p: '(akun|rekening|tagihan|pembayaran|langganan|saldo|kartu|pinjaman|transaksi|polis|klaim|profil|pengajuan) (anda|kamu|mu)',
        note: "The user's account or product.",
      },
      {
        p: 'pembayaran (diterima|berhasil|gagal|jatuh tempo)|jatuh tempo|berakhiran|isi ulang',
        note: 'Payment details.',
      },
    ],
    hi: [{ p: '(आपका|आपके|आपकी) (खाता|खाते|भुगतान|बिल|बैलेंस|कार्ड|सब्सक्रिप्शन|प्लान|लोन)|भुगतान|बैलेंस', note: 'Account/payment.' }],
    nl: [{ p: '(je|uw) (account|rekening|betaling|factuur|abonnement)', note: 'Dutch account/payment.' }],
    nb: [{ p: '(konto|kontoen|betaling|faktura|abonnement)(en)? (din|deres)?', note: 'Norwegian account/payment.' }],
    ar: [{ p: 'حسابك|رصيدك|الرصيد|دفعتك|الدفع', note: 'Arabic account/payment.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: 'We have updated the phone number of our customer service to {{1}}.' },
      { lang: 'es', body: 'Actualizamos el número de teléfono de atención al cliente: ahora es {{1}}.' },
      { lang: 'en', body: 'Daily update for account ending in {{1}}: Your available balance is {{2}}.' },
      { lang: 'es', body: 'El saldo de su cuenta es de 5,00 euros.' },
      { lang: 'pt', body: 'Sua fatura de {{1}} vence em {{2}}.' },
      { lang: 'it', body: 'Il tuo pagamento di {{1}} è stato ricevuto.' },
    ],
    noMatch: [
      { lang: 'en', body: 'We have updated our menu! Come and taste it.' },
      { lang: 'en', body: 'Our new collection is here.' },
      { lang: 'es', body: 'Te invitamos a nuestro evento.' },
    ],
  },
});
