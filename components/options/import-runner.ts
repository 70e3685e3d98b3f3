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

/** Vite's `?worker` import emits the worker as its own file in the build (a blob: worker would break the CSP). */
async function startWorker(): Promise<Worker | null> {
  try {
    const { default: ImportWorker } = await import('./import.worker.ts?worker');
    return new ImportWorker();
  } catch {
    return null;
  }
}

export async function importCsvOffThread(text: string, options: ImportRateCardOptions = {}): Promise<RateCardImport> {
  if (typeof Worker === 'undefined') return importOnMainThread(text, options);
  const worker = await startWorker();
  if (!worker) return importOnMainThread(text, options);
  return new Promise((resolve) => {
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
