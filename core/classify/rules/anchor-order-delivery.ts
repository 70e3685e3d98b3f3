import { defineRule } from '../types';
import { SRC } from './_sources';

/** The user's specific order, shipment, delivery, return or refund. */
export default defineRule({
  id: 'anchor-order-delivery',
  category: 'UTILITY',
  kind: 'anchor',
  weight: 1,
  title: { en: 'Specific order or delivery', es: 'Pedido o entrega concretos', pt: 'Pedido ou entrega específicos' },
  description:
    'Finds references to the user\'s own order, package, shipment, tracking, refund, receipt or invoice. Utility needs content "clearly related to their order… or transactions" (and nothing promotional).',
  source: SRC.utilitySpecific,
  suggestion: {
    en: 'Good Utility anchor ("{quote}"). Keep the order details (number, status, date) and nothing promotional.',
    es: 'Buen ancla de Utilidad ("{quote}"). Mantén los datos del pedido y nada promocional.',
    pt: 'Boa âncora de Utilidade ("{quote}"). Mantenha os dados do pedido e nada promocional.',
  },
  phrases: {
    xx: [
      {
        p: "track (my |your |the )?(order|package|parcel|shipment|delivery)|view (my |your )?order|(rastrear|acompanhar|ver) (o |meu |seu )?(pedido|pacote|encomenda|entrega)|(rastrear|seguir|ver) (mi |tu |el )?(pedido|envio|paquete)|(traccia|segui|vedi) (il |l')?(ordine|pacco|spedizione)|suivre (ma |votre )?(commande|colis)|(sendung|bestellung) verfolgen|lacak (pesanan|paket)",
        note: 'Tracking buttons and links ("Track order", "Rastrear pedido").',
      },
      {
        p: 'comprovante|nota fiscal|segunda via|codigo de barras|linha digitavel|comprobante|guia de (envio|remision)|ricevuta|bolla di consegna|lieferschein|bon de livraison',
        note: 'Receipts and delivery/payment documents; medium alone.',
        w: 0.6,
      },
      {
        p: 'entrega|retirada|coleta|envio|recogida|retiro|consegna|ritiro|spedizione|livraison|lieferung|pengiriman',
        note: 'Delivery/pick-up nouns; weak alone (two weak anchors add up).',
        w: 0.5,
      },
      {
        p: '(between|entre|tra) (las |le |as |os )?<n>( ?h)? (and|y|e) (las |le |as |os )?<n>',
        note: 'A delivery/visit time window ("between {{2}} and {{3}}"); weak alone.',
        w: 0.5,
      },
      {
        p: '(llegara|llegaremos|llegamos|chegara|chegaremos|arrivera|arriveremo) (a|al|em|na|no) ((tu|su|sua|seu|tuo|vostro) )?(domicilio|casa|direccion|endereco|indirizzo)',
        note: "Arrival at the user's address.",
      },
      {
        p: '(pode|podem|ja pode|ja podem) ser (buscad~|retirad~|coletad~)|(puede|pueden|podes|ya puede|ya podes) (ser )?(retirad~|recogid~|pasar a (buscar|retirar|recoger))|(puoi|puo|potete) (passare a )?ritirar~|(is|are) ready (for (pick-?up|collection)|to (be )?(picked up|collected))|pronto (para|per) (buscar|retirar|il ritiro)',
        note: 'DERIVED: something of the user ready to collect (a repaired car, a groomed pet, a parcel) is order/service fulfilment.',
      },
      {
        p: 'pick-?up (code|number|pin)|(codigo|numero) (de|para) (retiro|recogida|retirada|coleta)|codice (di|per il) ritiro|(retiro|recogida|retirada|ritiro) (en|na|in) (tienda|loja|negozio|sucursal|agencia)|(presentalo|presenta|presente|muestralo|muestra|apresente|mostre|mostralo|mostra) ([^ ]+ ){0,2}(en|no|na|alla|al) (caja|mostrador|recepcion|balcao|caixa|cassa|bancone|reception|entrada|ingresso)',
        note: 'DERIVED: a store pick-up code or a code to show at the counter is order fulfilment, not a passcode (Meta §1.3 Order management: "specific order/transaction details").',
      },
      {
        p: '(tus|sus) (pedidos|compras|paquetes|envios|devoluciones)|(seus|suas|teus|tuas) (pedidos|compras|pacotes|encomendas|entregas)|(i tuoi|i suoi|tuoi|suoi) (ordini|acquisti|pacchi|resi)|(le tue|le sue) (spedizioni|consegne)|your (orders|packages|parcels|shipments|deliveries|purchases)',
        note: 'The user\'s orders, plural ("notificaciones de tus pedidos").',
      },
      {
        p: '(reparacion|reparo|conserto|riparazione|repair|instalacion|instalacao|installazione|installation|mantenimiento) (de|del|do|da|della|dello|of) (tu|su|seu|sua|tuo|tua|suo|your)|(tu|su) (reparacion|instalacion|orden de servicio)|(seu|sua) (reparo|conserto|instalacao|ordem de servico)|(la tua|la sua) (riparazione|installazione)|your (repair|installation|service order)|(tuo|suo) (dispositivo|apparecchio|veicolo)',
        note: 'DERIVED: a repair, installation or service order of the user is a specific transaction (Meta §1.3 "clearly related to their order, account, services or transactions").',
      },
    ],
    en: [
      {
        p: '(your|the|this) (recent |last )?(order|package|parcel|shipment|delivery|purchase|item|items|return|exchange)',
        note: "The user's order.",
      },
      { p: 'order (number|no|#|id|ref|reference|status|<n>)|order #? ?<n>|order number', note: 'Order reference.' },
      {
        p: '(has|have|was|were|been|is|are) (being )?(shipped|dispatched|delivered|packed|backordered|returned|collected)|out for delivery|on (its|their) way|in transit|ready for (pick-?up|collection)',
        note: 'Shipping status.',
      },
      { p: 'tracking (number|id|code|link|info)|track (your|the) (order|package|parcel|shipment)', note: 'Tracking.' },
      {
        p: 'refund~|backorder~|receipt|invoice~|(return|exchange) (request|label)|(estimated|expected) (delivery|arrival|ship)',
        note: 'Refunds and paperwork.',
      },
      {
        p: 'purchase of|your (last )?purchase|you (ordered|purchased|bought|returned)',
        note: 'A purchase the user made.',
      },
    ],
    es: [
      { p: '(tu|su) (pedido|compra|paquete|envio|orden|entrega|devolucion)', note: "The user's order." },
      {
        p: '(pedido|orden) (numero|nro|no|n|#)|numero de (pedido|orden|seguimiento|guia)|(pedido|orden) #? ?<n>',
        note: 'Order reference.',
      },
      {
        p: '(ha sido|fue|han sido|fueron|esta siendo) (enviad~|entregad~|despachad~|preparad~)|en (camino|transito|reparto)|listo para (recoger|retirar)',
        note: 'Shipping status.',
      },
      { p: 'reembolso~|factura~|recibo|seguimiento', note: 'Refunds and paperwork.' },
    ],
    pt: [
      { p: '(seu|sua|teu|tua) (pedido|compra|pacote|encomenda|entrega|envio|devolucao)', note: "The user's order." },
      {
        p: '(pedido|encomenda) (numero|n|no|#)|numero do (pedido|rastreio)|(pedido|encomenda) #? ?<n>',
        note: 'Order reference.',
      },
      {
        p: '(foi|foram|sera|serao|esta sendo) (enviad~|entregue~|despachad~|postad~|separad~)|a caminho|em transito|saiu para entrega|pronto para retirada',
        note: 'Shipping status.',
      },
      { p: 'rastreio|rastreamento|reembolso~|estorno|nota fiscal|fatura|recibo', note: 'Refunds and paperwork.' },
    ],
    it: [
      {
        p: '(il tuo|il suo|tuo|suo) (ordine|acquisto|pacco|reso|ritiro)|(la tua|la sua) (spedizione|consegna)|(e pronto|e pronta|sono pronti) (presso|per il ritiro|da ritirare)',
        note: "The user's order.",
      },
      { p: '(ordine|ordinazione) (n|numero|#)|ordine #? ?<n>', note: 'Order reference.' },
      {
        p: '(e stat~|sono stat~) (spedit~|consegnat~)|in consegna|in transito|pronto per il ritiro',
        note: 'Shipping status.',
      },
      { p: 'tracking|rimborso|fattura|ricevuta', note: 'Refunds and paperwork.' },
      {
        p: "(il|del|al|nel) pacco|(il|al|dal) (tuo )?corriere|(arrivera|arriva|arriveremo) tra <n> minuti|(consegnare|consegnato|consegnata|ritirare) (il|la|l'|i|le) ?(tuo |tua |suo |sua )?(pacco|ordine|spedizione|merce|acquisto)|non (e stato possibile|abbiamo potuto|ha potuto) consegnare|(riprogramma|riprogrammare|ripianifica) la consegna",
        note: 'Italian parcel and courier wording ("il corriere non ha potuto consegnare il pacco").',
      },
    ],
    fr: [
      { p: '(votre|ta|ton) (commande|colis|achat|livraison|envoi|retour)', note: "The user's order." },
      { p: 'commande (n|numero|#|no)|commande #? ?<n>', note: 'Order reference.' },
      {
        p: '(a ete|ont ete|est) (expedie~|livre~)|en cours de livraison|suivi (de|du) (colis|commande)|numero de suivi',
        note: 'Shipping status.',
      },
      { p: 'rembourse~|facture|recu', note: 'Refunds and paperwork.' },
    ],
    de: [
      {
        p: '(flug|buchungs|bestell|auftrags|versand|zahlungs|termin|reservierungs|lieferungs?)bestatigung',
        note: 'German compounds: flight/booking/order/shipping/payment confirmation.',
      },
      {
        p: '(deine|ihre|dein|ihr) (bestellung|lieferung|sendung|paket|einkauf|rucksendung)',
        note: "The user's order.",
      },
      { p: 'bestell(nummer|nr)|bestellung #? ?<n>', note: 'Order reference.' },
      {
        p: '(wurde|wurden|ist) (versandt|verschickt|geliefert|zugestellt)|unterwegs|sendungsverfolgung',
        note: 'Shipping status.',
      },
      { p: 'ruckerstattung|rechnung|quittung|beleg', note: 'Refunds and paperwork.' },
    ],
    id: [
      {
        p: 'pesanan (anda|kamu|mu|nomor|no|#?<n>)|(paket|kiriman|pembelian) (anda|kamu|mu)',
        note: "The user's order.",
      },
      {
        p: '(sudah|telah) (dikirim|diterima|sampai|diantar)|dikirim|nomor (resi|pesanan)|resi',
        note: 'Shipping status.',
      },
      { p: 'pengembalian dana|refund|faktur|struk', note: 'Refunds and paperwork.' },
    ],
    hi: [{ p: '(आपका|आपकी|आपके) (ऑर्डर|पार्सल|पैकेज|डिलीवरी)|ऑर्डर|डिलीवर|रिफंड', note: 'Order/delivery/refund.' }],
    nl: [{ p: '(je|uw) (bestelling|pakket|zending)|verzonden|geleverd|bezorgd', note: 'Dutch order/delivery.' }],
    nb: [{ p: 'bestilling~|pakke~|levert|sendt', note: 'Norwegian order/delivery.' }],
    sv: [{ p: '(din|er) (bestallning|order|leverans)|paket~|levererad', note: 'Swedish order/delivery.' }],
    ar: [{ p: 'طلبك|طلبكم|شحنتك|الشحنة|التوصيل|فاتورة', note: 'Arabic order/delivery.' }],
    tr: [{ p: 'siparis~|kargo~|teslim', note: 'Turkish order/delivery.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Thank you! Your order {{order_number}} is confirmed.' },
      { lang: 'es', body: 'Su pedido {{1}} ha sido enviado.' },
      { lang: 'pt', body: 'Seu pacote foi enviado. Ele será entregue em {{1}} dias úteis.' },
      { lang: 'it', body: 'Il tuo ordine {{1}} è stato spedito.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Our summer collection has arrived.' },
      { lang: 'es', body: '¡Feliz cumpleaños, {{1}}!' },
    ],
  },
});
