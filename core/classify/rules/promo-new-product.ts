import { defineRule } from '../types';

/** New products, collections, openings and back-in-stock news: awareness marketing. */
export default defineRule({
  id: 'promo-new-product',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: { en: 'New product or collection', es: 'Producto o colección nueva', pt: 'Produto ou coleção nova' },
  description:
    'Finds product news: new arrivals and collections, launches, openings, back-in-stock alerts. Meta\'s Awareness examples ("Our newest resort just opened") are Marketing.',
  source: {
    section: '§1.2 Awareness',
    quote:
      '"Looking for a getaway this fall? Our newest resort just opened in {{location}}: the perfect place to relax and unwind."',
  },
  suggestion: {
    en: 'Product news ("{quote}") is Marketing. Remove it, or send it as a Marketing template.',
    es: 'Las novedades de producto ("{quote}") son Marketing. Quítalas o envíalas como plantilla de Marketing.',
    pt: 'Novidades de produto ("{quote}") são Marketing. Remova-as ou envie como modelo de Marketing.',
  },
  phrases: {
    en: [
      {
        p: 'new (arrivals?|collections?|season|range|menu|flavou?rs?|styles?|models?|products?|releases?|drops?)',
        note: 'New product lines.',
      },
      {
        p: 'just (launched|arrived|landed|dropped|opened|released)|(is|are) (back in stock|now in stock)|back in stock|restocked',
        note: 'Launches and restocks.',
      },
      {
        p: '(our|the) (newest|latest) (collection|arrivals?|products?|styles?|resort|store|models?|offers?|deals?|releases?|drops?|menu|range)|our newest',
        note: 'Newest items.',
      },
      {
        p: 'introducing|coming soon|best-?sell~|must-?have|trending now',
        note: 'Launch wording.',
      },
      { p: 'now available (in|at|for|online)', note: 'Also used for statements and results; weak.', w: 0.5 },
      { p: 'pre-?order (now|today|yours)', note: 'Pre-orders.' },
    ],
    es: [
      {
        p: 'nueva coleccion|nuevas? (colecciones|llegadas|temporada)|nuevos? (productos?|modelos?|sabores?)|lo (mas )?nuevo|nuevo look',
        note: 'New lines.',
      },
      { p: 'recien llegad~|lanzamiento~|preventa|mas vendid~', note: 'Launch wording.' },
      { p: 'novedad~', note: '"Novedades" also means updates ("novedades sobre el envío"); weak.', w: 0.5 },
      {
        p: '(de nuevo|otra vez) (disponibles?|en stock)|vuelve~ a estar disponibles?|(?<!(tu|su|tus|sus) ([^ ]+ ){0,5})ya (esta|estan) disponibles? en (nuestr~|tiendas|todas|la tienda|el local|sucursales)',
        note: 'Back in stock.',
      },
    ],
    pt: [
      {
        p: 'nova colecao|novas? (colecoes|temporada)|novos? (produtos?|modelos?|sabores?)|acab(ou|aram) de chegar',
        note: 'New lines.',
      },
      { p: 'lancamento~|pre-?venda|mais vendid~', note: 'Launch wording.' },
      { p: 'novidade~', note: '"Novidades" also means updates ("novidades sobre seu pedido"); weak.', w: 0.5 },
      { p: 'de volta (ao|em) estoque|volt(ou|aram) ao estoque|chegou (a|o) nov~', note: 'Back in stock.' },
    ],
    it: [
      { p: 'nuova collezione|nuovi arrivi|nuov~ (prodott~|modell~|gust~)|novita', note: 'New lines.' },
      { p: 'appena (arrivat~|lanciat~|uscit~)|lancio|piu vendut~', note: 'Launch wording.' },
      { p: 'di nuovo disponibil~|tornat~ disponibil~', note: 'Back in stock.' },
    ],
    fr: [
      { p: 'nouvelle collection|nouveaute~|nouveaux? (produits?|modeles?|arrivages?)', note: 'New lines.' },
      { p: "vient d'arriver|lancement|meilleures ventes", note: 'Launch wording.' },
      { p: 'de retour en stock|a nouveau disponible', note: 'Back in stock.' },
    ],
    de: [
      { p: 'neue kollektion|neuheit~|neu eingetroffen|neue (produkte|modelle|artikel)', note: 'New lines.' },
      { p: 'wieder (da|verfugbar|auf lager|vorratig)|bestseller', note: 'Back in stock.' },
    ],
    id: [
      { p: '(koleksi|produk) (baru|terbaru)|baru (tiba|datang|rilis)|terlaris|peluncuran', note: 'New lines.' },
      { p: 'tersedia kembali|stok kembali|restock', note: 'Back in stock.' },
    ],
    hi: [{ p: 'नया कलेक्शन|नए प्रोडक्ट|नई रेंज|फिर से उपलब्ध', note: 'New lines / back in stock.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Hi {{1}}! The {{2}} is back in stock!' },
      { lang: 'es', body: 'Echa un vistazo a nuestra nueva colección de verano.' },
      { lang: 'pt', body: 'Chegou a nova coleção de inverno!' },
      { lang: 'it', body: 'Scopri i nuovi arrivi in negozio.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your new card ending in {{1}} has been activated.' },
      { lang: 'es', body: 'Su nuevo pedido {{1}} está confirmado.' },
    ],
  },
});
