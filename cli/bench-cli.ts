/**
 * `npx tsx cli/bench-cli.ts [N]` — times the check CLI on N (default 10,000) synthetic templates in one process:
 * JSONL text in, JSONL out, exactly as `npm run check -- file.jsonl --format jsonl` does, minus disk I/O.
 * The templates are generated (seeded, so runs are comparable) from varied parts: marketing, utility and OTP
 * sentences in several languages, named and numbered variables, headers, footers, buttons, selected categories,
 * lengths from a few words to ~1,000 characters. cli/bench.ts can call `benchCheckCli`.
 */
import { pathToFileURL } from 'node:url';
import { runCheck } from './check';
import { memoryIO } from './io';

/** Small deterministic PRNG (mulberry32) so every run checks the same templates. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GREETINGS = ['Hi {{1}},', 'Hello {{name}},', 'Hola {{1}},', 'Olá {{1}},', 'Dear customer,', 'Ciao {{1}},', ''];
const UTILITY = [
  'your order {{2}} has shipped and will arrive on {{3}}.',
  'your appointment with Dr. Silva is confirmed for tomorrow at 10:00.',
  'we received your payment of $ {{2}} for invoice 4471.',
  'tu pedido {{2}} fue entregado en la dirección registrada.',
  'seu agendamento foi remarcado para sexta-feira às 15h.',
  'your flight LA 3302 to Lima now departs from gate 12.',
  'there is a scheduled power outage in your area tonight from 1 to 3 am.',
  'il tuo ordine è stato spedito e arriverà domani.',
  'your account password was changed. If this was not you, contact support.',
];
const MARKETING = [
  'Get 30% off everything this weekend only!',
  'Our biggest sale of the year starts now. Shop the new collection.',
  'Aproveite 50% de desconto em todos os produtos hoje.',
  '¡No te pierdas nuestras ofertas de temporada!',
  'Upgrade to Premium and save 20% on your renewal.',
  'You left items in your cart. Complete your purchase today for free shipping.',
  'Happy birthday! Here is a gift from us to celebrate.',
  'Download our new app and discover exclusive deals.',
];
const OTP = [
  '{{1}} is your verification code.',
  '*{{1}}* is your verification code. For your security, do not share this code.',
  'Tu código de verificación es *{{1}}*.',
  '*{{1}}* é o seu código de verificação.',
  'Il tuo codice di verifica è {{1}}.',
];
const CLOSINGS = ['Thank you.', 'Reply STOP to opt out.', 'Gracias.', 'Obrigado!', 'See you soon.', ''];
const FILLER =
  'We are here to help with anything you need, any day of the week, through chat, phone or email and in store.';
const BUTTONS: unknown[][] = [
  [],
  ['Track order'],
  ['Yes', 'No'],
  ['Shop now', 'Unsubscribe'],
  [{ type: 'URL', text: 'View order', url: 'https://shop.example/o/{{1}}', example: ['https://shop.example/o/A1'] }],
  [{ type: 'COPY_CODE', example: 'SAVE30' }],
  ['A', 'B', 'C', 'D', 'E'],
  [{ type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+5511999990000' }],
];
const CATEGORIES = [null, 'MARKETING', 'UTILITY', 'AUTHENTICATION', 'TRANSACTIONAL'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** N varied flat templates, as JSONL text (the CLI's input). */
export function syntheticJsonl(n: number, seed = 1): string {
  const rand = prng(seed);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = rand();
    let text: string;
    if (kind < 0.15) text = pick(rand, OTP);
    else {
      const parts = [pick(rand, GREETINGS)];
      const sentences = 1 + Math.floor(rand() * 4);
      for (let s = 0; s < sentences; s++) parts.push(kind < 0.55 ? pick(rand, UTILITY) : pick(rand, MARKETING));
      // Some long templates, up to about 1,000 characters.
      if (rand() < 0.2) parts.push(FILLER.repeat(1 + Math.floor(rand() * 8)));
      parts.push(pick(rand, CLOSINGS));
      text = parts.filter(Boolean).join(' ');
    }
    const record: Record<string, unknown> = {
      id: `syn-${i}`,
      text,
      language: pick(rand, ['en_US', 'es_MX', 'pt_BR', 'it']),
    };
    const category = pick(rand, CATEGORIES);
    if (category) record.category = category;
    if (rand() < 0.3) record.header = pick(rand, ['Order update', 'Big sale!', 'Your code', 'Hi {{1}}']);
    if (rand() < 0.4) record.footer = pick(rand, ['Reply STOP to opt out', 'Lucky Shrub', 'Não responda']);
    const buttons = pick(rand, BUTTONS);
    if (buttons.length > 0) record.buttons = buttons;
    lines.push(JSON.stringify(record));
  }
  return `${lines.join('\n')}\n`;
}

/** A type alias (not an interface) so it also reads as Record<string, number> in cli/bench.ts. */
export type CliBenchResult = {
  templates: number;
  inputBytes: number;
  elapsedMs: number;
  templatesPerSecond: number;
  exitCode: number;
  outputLines: number;
};

/** Runs the check CLI in-process on `n` synthetic templates (JSONL in, JSONL out) and times it. */
export async function benchCheckCli(n = 10_000, seed = 1): Promise<CliBenchResult> {
  const input = syntheticJsonl(n, seed);
  const io = memoryIO({ 'synthetic.jsonl': input });
  const start = performance.now();
  const exitCode = await runCheck(['synthetic.jsonl', '--format', 'jsonl'], io);
  const elapsedMs = performance.now() - start;
  if (io.stderr) throw new Error(`check failed: ${io.stderr}`);
  const outputLines = io.stdout.split('\n').filter(Boolean).length;
  return {
    templates: n,
    inputBytes: input.length,
    elapsedMs,
    templatesPerSecond: (n / elapsedMs) * 1000,
    exitCode,
    outputLines,
  };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const n = Number(process.argv[2] ?? 10_000);
  // One small warm-up so module initialisation and JIT are not billed to the measured run.
  benchCheckCli(200, 7)
    .then(() => benchCheckCli(n))
    .then((r) => {
      console.log(
        `check CLI, ${r.templates.toLocaleString('en-US')} synthetic templates (${(r.inputBytes / 1024).toFixed(0)} KB JSONL), one process:`,
      );
      console.log(
        `  elapsed ${r.elapsedMs.toFixed(0)} ms · ${Math.round(r.templatesPerSecond).toLocaleString('en-US')} templates/s`,
      );
      console.log(`  ${r.outputLines} output lines, exit code ${r.exitCode}`);
    })
    .catch((e) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    });
}
