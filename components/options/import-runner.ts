/**
 * Import a rate-card CSV without blocking the page: in a Web Worker where the page can start one (extension
 * pages can), otherwise (jsdom, a worker that fails to start) on the main thread after yielding one turn so the
 * "Reading…" state paints first. Never rejects.
 */
import { type ImportRateCardOptions, importRateCardCsv, type RateCardImport } from '@/core/pricing/rate-card-csv';

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function importOnMainThread(text: string, options: ImportRateCardOptions): Promise<RateCardImport> {
  await yieldToPage();
  return importRateCardCsv(text, options);
}

export function importCsvOffThread(text: string, options: ImportRateCardOptions = {}): Promise<RateCardImport> {
  if (typeof Worker === 'undefined') return importOnMainThread(text, options);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(importOnMainThread(text, options));
      return;
    }
    worker.onmessage = (event: MessageEvent<RateCardImport>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(importOnMainThread(text, options));
    };
    worker.postMessage({ text, options });
  });
}
