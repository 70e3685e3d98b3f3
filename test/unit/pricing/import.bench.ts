/**
 * Speed of the CSV importers on 1 MB inputs (the options page imports user files).
 * Run: npx vitest bench --run --project unit test/unit/pricing/import.bench.ts
 */
import { bench, describe } from 'vitest';
import {
  applyTiersCsv,
  BUNDLED_CARDS,
  exportRateCardCsv,
  importRateCardCsv,
  MARKETS,
  type RateCard,
} from '@/core/pricing';

const card = BUNDLED_CARDS[0] as RateCard;

let repeatedRows = 'Market;Currency;Marketing;Utility;Authentication;Authentication-International;Service\n';
while (repeatedRows.length < 1_000_000) {
  for (const market of MARKETS) repeatedRows += `${market};USD;"$0,0625";0,0068;0,0068;n/a;0,0068\n`;
}

let longPreamble = '';
while (longPreamble.length < 1_000_000)
  longPreamble += 'Notes: list rates; see Meta terms; effective October 1, 2026.\n';
const preambleFile = longPreamble + exportRateCardCsv(card);

let tiersFile = 'Market,Category,From,To,Rate\n';
fill: for (const market of MARKETS) {
  for (const category of ['Utility', 'Authentication']) {
    for (let i = 0; i < 300; i++) {
      tiersFile += `${market},${category},${i * 1000 + 1},${(i + 1) * 1000},0.00${(i % 9) + 1}\n`;
      if (tiersFile.length > 1_000_000) break fill;
    }
  }
}

describe('1 MB CSV imports', () => {
  bench('rate card: 1 MB of repeated market rows (duplicate errors, capped)', () => {
    importRateCardCsv(repeatedRows, { effectiveDate: '2026-10-01' });
  });
  bench('rate card: 1 MB preamble above a valid 47-market table', () => {
    importRateCardCsv(preambleFile);
  });
  bench('tiers: 1 MB, ~25,000 tier rows', () => {
    applyTiersCsv(card, tiersFile);
  });
});
