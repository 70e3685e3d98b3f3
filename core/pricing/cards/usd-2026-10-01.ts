/**
 * Verbatim copy of ../shared/data/meta-rates-usd-2026-10-01.csv (the extension cannot read ../shared at run time).
 * Regenerate with `node core/pricing/cards/generate.mjs` from the repo root; a unit test fails while this copy and
 * the shared file differ.
 */
export const USD_2026_10_01_CSV =
  'Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service\r\n' +
  'Argentina,USD,0.0618,0.026,0.026,,0.026\r\n' +
  'Bangladesh,USD,0.0732,0.0037,0.0037,0.096,0.0037\r\n' +
  'Brazil,USD,0.0625,0.0068,0.0068,,0.0068\r\n' +
  'Chile,USD,0.0889,0.02,0.02,,0.02\r\n' +
  'Colombia,USD,0.0125,0.0008,0.0008,,0.0008\r\n' +
  'Egypt,USD,0.0644,0.0036,0.0036,,0.0036\r\n' +
  'France,USD,0.0859,0.03,0.03,,0.03\r\n' +
  'Germany,USD,0.1365,0.055,0.055,,0.055\r\n' +
  'Hong Kong,USD,0.0732,0.026,0.026,,0.026\r\n' +
  'Hungary,USD,0.086,0.035,0.035,,0.035\r\n' +
  'India,USD,0.0118,0.0014,0.0014,0.0304,0.0014\r\n' +
  'Indonesia,USD,0.0411,0.025,0.025,,0.025\r\n' +
  'Iraq,USD,0.0341,0.0079,0.0079,,0.0079\r\n' +
  'Israel,USD,0.0353,0.0053,0.0053,,0.0053\r\n' +
  'Italy,USD,0.0795,0.03,0.03,,0.03\r\n' +
  'Kazakhstan,USD,0.0604,0.018,0.018,,0.018\r\n' +
  'Kuwait,USD,0.0792,0.044,0.044,,0.044\r\n' +
  'Malaysia,USD,0.086,0.014,0.014,,0.014\r\n' +
  'Mexico,USD,0.0397,0.0085,0.0085,,0.0085\r\n' +
  'Morocco,USD,0.0414,0.023,0.023,0.0811,0.023\r\n' +
  'Netherlands,USD,0.1597,0.05,0.05,,0.05\r\n' +
  'Nepal,USD,0.0732,0.0034,0.0034,,0.0034\r\n' +
  'Nigeria,USD,0.0516,0.0067,0.0067,0.075,0.0067\r\n' +
  'Oman,USD,0.0341,0.0247,0.0247,,0.0247\r\n' +
  'Pakistan,USD,0.0473,0.015,0.015,,0.015\r\n' +
  'Peru,USD,0.0703,0.03,0.03,,0.03\r\n' +
  'Poland,USD,0.0366,0.0122,0.0122,,0.0122\r\n' +
  'Qatar,USD,0.0341,0.012,0.012,,0.012\r\n' +
  'Romania,USD,0.086,0.029,0.029,,0.029\r\n' +
  'Russia,USD,0.0802,0.04,0.04,,0.04\r\n' +
  'Saudi Arabia,USD,0.0576,0.0107,0.0107,,0.0107\r\n' +
  'Singapore,USD,0.0732,0.016,0.016,,0.016\r\n' +
  'South Africa,USD,0.0379,0.0095,0.0095,0.02,0.0095\r\n' +
  'Spain,USD,0.0707,0.02,0.02,,0.02\r\n' +
  'Sri Lanka,USD,0.0732,0.002,0.002,,0.002\r\n' +
  'Turkey,USD,0.0109,0.0009,0.0009,,0.0009\r\n' +
  'Ukraine,USD,0.086,0.0298,0.0298,,0.0298\r\n' +
  'United Arab Emirates,USD,0.0576,0.0157,0.0157,,0.0157\r\n' +
  'United Kingdom,USD,0.0635,0.022,0.022,,0.022\r\n' +
  'North America,USD,0.025,0.0034,0.0034,,0.0034\r\n' +
  'Rest of Africa,USD,0.0225,0.004,0.004,,0.004\r\n' +
  'Rest of Asia Pacific,USD,0.0842,0.0113,0.0113,,0.0113\r\n' +
  'Rest of Central & Eastern Europe,USD,0.086,0.0212,0.0212,,0.0212\r\n' +
  'Rest of Latin America,USD,0.074,0.0113,0.0113,,0.0113\r\n' +
  'Rest of Middle East,USD,0.0392,0.0091,0.0091,,0.0091\r\n' +
  'Rest of Western Europe,USD,0.0592,0.0171,0.0171,,0.0171\r\n' +
  'Other,USD,0.0604,0.0077,0.0077,,0.0077\r\n';
