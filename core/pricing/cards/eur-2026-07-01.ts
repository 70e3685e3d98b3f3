/**
 * Verbatim copy of ../shared/data/meta-rates-eur-2026-07-01.csv (the extension cannot read ../shared at run time).
 * Regenerate with `node core/pricing/cards/generate.mjs` from the repo root; a unit test fails while this copy and
 * the shared file differ.
 */
export const EUR_2026_07_01_CSV =
  'Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service\r\n' +
  'Argentina,EUR,0.0512,0.0216,0.0216,,\r\n' +
  'Brazil,EUR,0.0518,0.0056,0.0056,,\r\n' +
  'Chile,EUR,0.0736,0.0166,0.0166,,\r\n' +
  'Colombia,EUR,0.0104,0.0008,0.0008,,\r\n' +
  'Egypt,EUR,0.0533,0.0030,0.0030,0.0538,\r\n' +
  'France,EUR,0.0712,0.0248,0.0248,,\r\n' +
  'Germany,EUR,0.1131,0.0456,0.0456,,\r\n' +
  'Hong Kong,EUR,0.0606,0.0216,0.0216,,\r\n' +
  'Hungary,EUR,0.0712,0.0289,0.0289,,\r\n' +
  'India,EUR,0.0099,0.0012,0.0012,0.0252,\r\n' +
  'Indonesia,EUR,0.0341,0.0208,0.0208,0.1129,\r\n' +
  'Israel,EUR,0.0292,0.0044,0.0044,,\r\n' +
  'Italy,EUR,0.0658,0.0248,0.0248,,\r\n' +
  'Malaysia,EUR,0.0712,0.0116,0.0116,0.0346,\r\n' +
  'Mexico,EUR,0.0253,0.0071,0.0071,,\r\n' +
  'Netherlands,EUR,0.1323,0.0414,0.0414,,\r\n' +
  'Nigeria,EUR,0.0428,0.0056,0.0056,0.0622,\r\n' +
  'Pakistan,EUR,0.0392,0.0083,0.0083,0.0622,\r\n' +
  'Peru,EUR,0.0582,0.0166,0.0166,,\r\n' +
  'Poland,EUR,0.0303,0.0101,0.0101,,\r\n' +
  'Qatar,EUR,0.0282,0.0099,0.0099,,\r\n' +
  'Romania,EUR,0.0712,0.0239,0.0239,,\r\n' +
  'Russia,EUR,0.0664,0.0331,0.0331,,\r\n' +
  'Saudi Arabia,EUR,0.0414,0.0088,0.0088,0.0495,\r\n' +
  'Singapore,EUR,0.0606,0.0133,0.0133,,\r\n' +
  'South Africa,EUR,0.0314,0.0063,0.0063,0.0166,\r\n' +
  'Spain,EUR,0.0585,0.0166,0.0166,,\r\n' +
  'Turkey,EUR,0.0090,0.0007,0.0007,,\r\n' +
  'United Arab Emirates,EUR,0.0415,0.0130,0.0130,0.0421,\r\n' +
  'United Kingdom,EUR,0.0526,0.0182,0.0182,,\r\n' +
  'North America,EUR,0.0207,0.0028,0.0028,,\r\n' +
  'Rest of Africa,EUR,0.0186,0.0033,0.0033,,\r\n' +
  'Rest of Asia Pacific,EUR,0.0606,0.0094,0.0094,,\r\n' +
  'Rest of Central & Eastern Europe,EUR,0.0712,0.0175,0.0175,,\r\n' +
  'Rest of Latin America,EUR,0.0612,0.0094,0.0094,,\r\n' +
  'Rest of Middle East,EUR,0.0282,0.0075,0.0075,,\r\n' +
  'Rest of Western Europe,EUR,0.0490,0.0142,0.0142,,\r\n' +
  'Other,EUR,0.0500,0.0064,0.0064,,\r\n';
