import { defineRule } from '../types';
import { SRC } from './_sources';

/** Essential or critical information: safety, public service, disruption, fraud, recalls, legal/privacy notices. */
export default defineRule({
  id: 'essential-alert',
  category: 'UTILITY',
  kind: 'anchor',
  weight: 1,
  title: { en: 'Essential alert', es: 'Aviso esencial', pt: 'Alerta essencial' },
  description:
    'Finds essential or critical alerts: severe weather and public safety, health and public service notices, outages and disruptions, fraud and security alerts, product recalls, warranty, privacy and terms notices. Utility when nothing promotional is added.',
  source: SRC.essential,
  suggestion: {
    en: 'Essential alert ("{quote}"): Utility as long as it stays non-promotional. Do not add offers or product news.',
    es: 'Aviso esencial ("{quote}"): es Utilidad mientras no sea promocional. No añadas ofertas.',
    pt: 'Alerta essencial ("{quote}"): é Utilidade desde que não seja promocional. Não acrescente ofertas.',
  },
  phrases: {
    xx: [
      {
        p: '(train|flight|bus|ferry|tren|vuelo|autobus|colectivo|trem|voo|onibus|balsa|treno|volo|autobus|traghetto) ([^ ]+ ){0,3}(is |was |are |e |esta |viaggia |viaja |sta viaggiando )?(delayed|cancell?ed|suspended|con (un )?retraso|retrasad~|cancelad~|suspendid~|atrasad~|suspens~|in ritardo|con (un )?ritardo|soppress~|cancellat~)',
        note: 'DERIVED: a delayed or cancelled train, flight or bus is operational disruption (Meta §1.3 "{{trains}} … are halted").',
      },
      {
        p: '(train|bus|flight|ferry|shuttle) ([^ ]+ ){0,4}(will be|is|are) (running )?(<n> (minutes?|mins?|hours?) )?late',
        note: 'DERIVED: a late bus or train ("will be 20 minutes late") is operational disruption.',
      },
      {
        p: 'temporarily (unavailable|down|offline|suspended)|temporalmente (no disponible|fuera de servicio|suspendid~|interrumpid~)|temporariamente (indisponivel|fora do ar|suspens~|interrompid~)|temporaneamente (non disponibile|sospes~|interrott~|fuori servizio)',
        note: 'DERIVED: a service temporarily unavailable is a disruption notice (Meta §1.3 "Public disruption: system outages").',
      },
      {
        p: 'technical (issue|problem|fault)s?|(problema|falla|fallo|problemi|guasto) tecnic~',
        note: 'DERIVED: a technical problem, usually announcing an outage; medium alone.',
        w: 0.6,
      },
      {
        p: '(never|nunca|mai|jamais|niemals|jangan pernah) (share|compartilhe|compartas|comparta|condividere|condividete|partagez|teilen|bagikan|give|informe|reveal|revele)|will never ask|(nunca|jamais) (pedimos|solicitamos|pedimos|pediremos|solicitaremos|vamos pedir|te pediremos|le pediremos)|non ti chiederemo mai',
        note: 'Fraud awareness: never share codes/passwords (account protection).',
      },
      {
        p: '(scheduled |planned |programada |programado |preventiva )?(maintenance|manutencao|mantenimiento|manutenzione|wartung~|pemeliharaan)',
        note: 'Maintenance notices announce a service interruption (public/operational disruption).',
      },
      { p: '(interrupted|interrompid~|interrumpid~|interrott~|unterbrochen|terganggu)', note: 'Service interrupted.' },
      {
        p: "(if this wasn'?t you|if this was not you|if you did not (make|request) this|se nao foi voce|si no fuiste tu|si no fue usted|se non sei stato tu|si ce n'etait pas vous|falls (du|sie) das nicht)",
        note: 'Security alert about account activity (account protection).',
      },
      {
        p: 'defesa civil|protecao civil|proteccion civil|defensa civil|protezione civile|anti-?money laundering|antiriciclaggio|(prevencion|prevencao) (de|del|da) (lavado|lavagem)|per conformita (alla|con la) normativa|(in conformita|ai sensi) (della|del|alla|al) (normativa|legge|decreto|regolamento)|(de acuerdo con|conforme|segun) (la )?(normativa|regulacion|resolucao|resolucion) (vigente|del banco central|do banco central)|prova de vida|fe de vida',
        note: 'DERIVED: civil-defence alerts (public safety) and regulatory/identity-compliance notices (Meta §1.3 "Legal/regulatory compliance: identity compliance").',
      },
    ],
    en: [
      {
        p: '(severe )?(weather|storm|tornado|hurricane|cyclone|flood|earthquake|tsunami|wildfire|heat ?wave|air quality) (alert|warning|watch|advisory)|(tornado|hurricane|cyclone|flood|earthquake|tsunami|wildfire|evacuat~)',
        note: 'Public safety.',
      },
      {
        p: '(public )?safety (alert|notice|warning)|(remain|stay) indoors|avoid the area|shelter in place|emergency|crisis',
        note: 'Public safety / crisis response.',
      },
      {
        p: '(due to|because of) (the )?(heavy |severe |extreme )?(snow~|rain~|weather|storm~|flood~|high winds|ice|heat|fog)|(blizzard|ice storm|heavy snow~)|(classes|schools?|campus|trains|flights|roads?|lines?) (are|is|have been|has been|will be|remain) (cancell?ed|closed|suspended)',
        note: 'DERIVED: closures and cancellations caused by weather are public disruption (Meta §1.3 "Public disruption").',
      },
      {
        p: 'outage~|(service|operational|network|power|water) (disruption|interruption|outage|restored|restoration)|(halted|suspended|delayed|cancell?ed) (due to|because of)|(are|is|were|was|been) (halted|suspended)|restore (service|power)',
        note: 'Public disruption.',
      },
      {
        p: 'fraud~|(suspicious|unusual|unauthori[sz]ed|unrecogni[sz]ed) (activity|transaction|login|sign-?in|charge|access)|scam~|phishing|(data|security) (breach|incident)',
        note: 'Account protection.',
      },
      {
        p: 'recall~|warranty|privacy (policy|notice|disclosure)|terms (of service|of use|and conditions)|(identity|kyc) (verification|compliance|document)|legal notice',
        note: 'Recalls, warranty, legal/privacy.',
      },
      {
        p: 'vaccin~|health (emergency|advisory|alert|department|authority)|(voter|voting) (registration|card|id)|polling (station|place)|disbursement|(benefit|welfare|pension|subsidy) (payment|disbursement|balance)|school closure|boil[- ](water[- ])?(notice|advisory)',
        note: 'Public service.',
      },
    ],
    es: [
      {
        p: 'alerta (meteorologica|de|por|sanitaria)|(tormenta|huracan|inundacion|terremoto|sismo|incendio forestal|evacuacion|evacuar)|emergencia|crisis',
        note: 'Public safety.',
      },
      {
        p: '(corte|cortes|interrupcion|interrupciones|caida|falla|fallas|fallo|fallos|averia|averias|intermitencia) (del|de|en el|en la|en los|en) (servicio|suministro|luz|agua|gas|sistema|red|internet|senal|conexion|app|aplicacion|plataforma)|(servicio|suministro) (restablecido|interrumpido|suspendido)|(restablecer|restaurar|normalizar) (el servicio|el suministro|la conexion)|restablecerlo',
        note: 'Public disruption (outages, "fallas en el servicio de internet en tu zona").',
      },
      {
        p: 'fraude~|(actividad|transaccion|acceso|cargo|compra) (sospechos~|inusual|no autorizad~|no reconocid~)|estafa~',
        note: 'Account protection.',
      },
      {
        p: '(retirada|retiro) (del|de) (producto|mercado)|retiramos del mercado|llamado a revision|garantia|(politica|aviso) de privacidad|terminos y condiciones|vacun~|(registro|padron) electoral',
        note: 'Recalls, legal, public service.',
      },
    ],
    pt: [
      {
        p: 'alerta (de|da|do|meteorologico|sanitario|laranja|vermelho)|(tempestade|furacao|enchente|inundacao|alagamento~|deslizamento~|enxurrada|terremoto|incendio|evacuacao|evacuar)|emergencia|crise|areas? de risco',
        note: 'Public safety.',
      },
      {
        p: '(queda|interrupcao|falha|falhas|instabilidade|pane) (do|de|no|na|nos|nas) (servico|sistema|fornecimento|energia|rede|internet|sinal|aplicativo|app|plataforma)|falha tecnica|(servico|fornecimento|aplicativo|app|sistema|site) (restabelecido|interrompido|suspenso|fora do ar|instavel|indisponivel)|fora do ar|(normalizar|restabelecer) (o|a) (acesso|servico|fornecimento|conexao)',
        note: 'Public disruption (outages, "o aplicativo está fora do ar").',
      },
      {
        p: 'fraude~|golpe~|(atividade|transacao|acesso|compra) (suspeit~|incomu~|nao autorizad~|nao reconhecid~)',
        note: 'Account protection.',
      },
      {
        p: 'recall|garantia|politica de privacidade|termos (de uso|e condicoes|de servico)|vacin~|lgpd|protecao de dados',
        note: 'Recalls, legal, public service.',
      },
    ],
    it: [
      {
        p: 'allerta (meteo|maltempo)|(tempesta|uragano|alluvione|terremoto|incendio|evacuazione)|emergenza',
        note: 'Public safety.',
      },
      {
        p: '(interruzione|interruzioni|guasto|guasti|disservizio|blackout) (del|di|dei|della|alla|al|nella|nel|sulla|sul|tecnico)|disservizio|(servizio|fornitura|erogazione) ([^ ]+ ){0,2}(sara |e stat~ |verra )?(sospes~|interrott~|ripristinat~)|ripristinare (il servizio|la fornitura)',
        note: 'Public disruption ("guasto alla rete, il servizio idrico sarà sospeso").',
      },
      {
        p: 'frode~|truffa~|(attivita|transazione|accesso) (sospett~|insolit~|non autorizzat~)',
        note: 'Account protection.',
      },
      {
        p: "richiamo (del|di) prodott~|richiamo (di sicurezza|volontario|precauzionale)|(presenta|potrebbe presentare) un difetto|garanzia|(informativa|politica) (sulla |sul trattamento dei dati e )?privacy|l'informativa|termini e condizioni|vaccin~",
        note: 'Recalls, legal, public service.',
      },
    ],
    fr: [
      {
        p: 'alerte (meteo|intemperies|de)|(tempete|ouragan|inondation|seisme|tremblement de terre|incendie|evacuation|evacuer)|urgence',
        note: 'Public safety.',
      },
      { p: '(panne|interruption|coupure) (de|du|des)', note: 'Public disruption.' },
      {
        p: 'fraude~|arnaque~|(activite|transaction|connexion|operation) (suspecte|inhabituelle|non autorisee)',
        note: 'Account protection.',
      },
      {
        p: "rappel (de|du) produit|garantie|politique de confidentialite|conditions (generales|d'utilisation)|vaccin~",
        note: 'Recalls, legal, public service.',
      },
    ],
    de: [
      { p: 'unwetterwarnung|(sturm|hochwasser|uberschwemmung|erdbeben|evakuierung)|notfall', note: 'Public safety.' },
      { p: '(storung|ausfall|unterbrechung)', note: 'Public disruption.' },
      {
        p: 'betrug~|(verdachtige|ungewohnliche|nicht autorisierte) (aktivitat|transaktion|anmeldung)',
        note: 'Account protection.',
      },
      { p: 'ruckruf~|garantie|datenschutz~|agb|nutzungsbedingungen|impf~', note: 'Recalls, legal, public service.' },
    ],
    id: [
      {
        p: 'peringatan (cuaca|dini|bencana)|(badai|banjir|gempa|kebakaran|evakuasi|tsunami)|darurat|krisis',
        note: 'Public safety.',
      },
      { p: '(gangguan|pemadaman) (layanan|listrik|sistem|jaringan)', note: 'Public disruption.' },
      { p: 'penipuan|(aktivitas|transaksi|login) (mencurigakan|tidak dikenal)', note: 'Account protection.' },
      {
        p: 'penarikan produk|garansi|kebijakan privasi|syarat dan ketentuan|vaksin~',
        note: 'Recalls, legal, public service.',
      },
    ],
    hi: [
      {
        p: 'चेतावनी|आपातकाल|बाढ़|तूफान|भूकंप|धोखाधड़ी|फ्रॉड|गोपनीयता नीति|वैक्सीन|टीकाकरण',
        note: 'Alerts, fraud, privacy, vaccination.',
      },
    ],
  },
  examples: {
    match: [
      {
        lang: 'en',
        body: 'There is a {{tornado}} alert in your area. We recommend you remain indoors until {{time}} today.',
      },
      { lang: 'en', body: 'We updated our privacy policy on {{date}}.' },
      { lang: 'es', body: 'Detectamos una transacción sospechosa en su tarjeta.' },
      { lang: 'pt', body: 'Identificamos uma queda no sistema. O serviço será restabelecido em breve.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Check out our new summer collection.' },
      { lang: 'es', body: 'Echa un vistazo a nuestra nueva colección.' },
    ],
  },
});
