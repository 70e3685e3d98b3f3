/**
 * Runs Meta-CSV parsing off the options page's main thread, so a 1 MB file does not freeze the page
 * (parsing one takes a few hundred milliseconds). Same importer as everywhere else.
 */
import { type ImportRateCardOptions, importRateCardCsv } from '@/core/pricing/rate-card-csv';

export interface ImportRequest {
  text: string;
  options: ImportRateCardOptions;
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { text, options } = event.data;
  self.postMessage(importRateCardCsv(text, options));
};
