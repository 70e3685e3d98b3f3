import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticJsonl } from './bench-cli';
import { runCheck } from './check';
import { memoryIO } from './io';

async function run(args: string[], files: Record<string, string> = {}, stdin = '') {
  const io = memoryIO(files, stdin);
  const code = await runCheck(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

const jsonLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map(
      (l) =>
        JSON.parse(l) as Record<string, unknown> & {
          findings: Array<{ id: string; severity: string; message: string }>;
        },
    );

/** Plain shipping notice, no selected category, no structural problems. */
const CLEAN = {
  id: 'clean',
  text: 'Your order A-100 has shipped and will arrive on Monday. Thank you for your purchase.',
};
const BROKEN_BRACES = { id: 'braces', text: 'Hello {{1}, your order has shipped today.' };
const PROMO_AS_UTILITY = {
  id: 'promo',
  category: 'UTILITY',
  text: 'Get 50% off everything in our store this weekend only! Shop now and save on the new collection.',
};
const jsonl = (...records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe('check CLI --format jsonl', () => {
  it('writes exactly one line per input template, in input order, with the documented keys', async () => {
    const input = `${JSON.stringify(CLEAN)}\n{"id": "bad-line", "text": \n${JSON.stringify({ name: 'named_only', text: 'Your parcel is on its way to you now.' })}\n${JSON.stringify({ text: 'Your invoice is ready to download.' })}\n`;
    const { code, stdout, stderr } = await run(['in.jsonl', '--format', 'jsonl'], { 'in.jsonl': input });
    expect(stderr).toBe('');
    const lines = jsonLines(stdout);
    // Input id, else name, else the index (a number).
    expect(lines.map((l) => l.id)).toEqual(['clean', 1, 'named_only', 3]);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(
        expect.arrayContaining(['id', 'category', 'confidence', 'selectedCategory', 'findings', 'verdict']),
      );
      for (const f of l.findings) {
        expect(Object.keys(f).sort()).toEqual(['id', 'message', 'severity']);
        expect(['error', 'warning', 'info']).toContain(f.severity);
      }
    }
    const readable = lines.filter((l) => l.id !== 1);
    for (const l of readable) {
      expect(['MARKETING', 'UTILITY', 'AUTHENTICATION']).toContain(l.category);
      expect(l.confidence).toBeGreaterThanOrEqual(0);
      expect(l.confidence).toBeLessThanOrEqual(1);
      expect(l.selectedCategory).toBeNull();
    }
    // The unreadable line keeps its place and says why; it fails the run.
    expect(lines[1]?.findings[0]).toMatchObject({ id: 'parse-error', severity: 'error' });
    expect(lines[1]?.findings[0]?.message).toMatch(/^line 2: invalid JSON/);
    expect(code).toBe(1);
  });

  it('echoes numeric input ids as numbers', async () => {
    const { stdout } = await run(['in.jsonl', '--format', 'jsonl'], { 'in.jsonl': jsonl({ ...CLEAN, id: 17 }) });
    expect(jsonLines(stdout)[0]?.id).toBe(17);
  });

  it('exits 0 when nothing is wrong', async () => {
    const { code, stdout } = await run(['in.jsonl', '--format=jsonl'], { 'in.jsonl': jsonl(CLEAN) });
    expect(jsonLines(stdout)[0]?.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('exits 1 on an error finding and reports it with its rule id', async () => {
    const { code, stdout } = await run(['in.jsonl', '--format', 'jsonl'], { 'in.jsonl': jsonl(CLEAN, BROKEN_BRACES) });
    const [, braces] = jsonLines(stdout);
    expect(braces?.findings).toContainEqual(expect.objectContaining({ id: 'braces-malformed', severity: 'error' }));
    expect(code).toBe(1);
  });

  it('warns when two templates of the input share language, body and footer', async () => {
    const twin = { ...CLEAN, id: 'twin' };
    const otherLanguage = { ...CLEAN, id: 'es', language: 'es_ES' };
    const { stdout } = await run(['in.jsonl', '--format', 'jsonl'], { 'in.jsonl': jsonl(CLEAN, twin, otherLanguage) });
    const dup = jsonLines(stdout).map((l) => l.findings.find((f) => f.id === 'duplicate-content'));
    expect(dup[0]).toBeUndefined();
    expect(dup[1]).toMatchObject({ severity: 'warning' });
    expect(dup[1]?.message).toMatch(/"clean"/);
    expect(dup[2]).toBeUndefined();
  });

  it('exits 1 when the predicted category differs from the selected one, echoing the selection', async () => {
    const { code, stdout } = await run(['in.jsonl', '--format', 'jsonl'], { 'in.jsonl': jsonl(PROMO_AS_UTILITY) });
    const [line] = jsonLines(stdout);
    expect(line?.selectedCategory).toBe('UTILITY');
    expect(line?.category).toBe('MARKETING');
    expect(code).toBe(1);
  });

  it('reports an uncertain Utility selection as a warning without failing the run', async () => {
    const unsure = {
      id: 'unsure',
      category: 'UTILITY',
      text: 'Hi {{1}}, we have an update for you. Please reply to this message.',
    };
    const { code, stdout } = await run(['t.jsonl', '--format', 'jsonl'], { 't.jsonl': jsonl(unsure) });
    const [line] = jsonLines(stdout);
    expect(line?.certainty).toBe('uncertain');
    expect(line?.verdict).toBe('uncertain');
    expect(line?.findings.find((f) => f.id === 'verdict:uncertain')?.severity).toBe('warning');
    expect(code).toBe(0);
  });

  it('reads Graph API list responses and maps legacy selected categories', async () => {
    const list = {
      data: [
        {
          id: '9001',
          name: 'shipping',
          category: 'SHIPPING_UPDATE',
          language: 'en_US',
          status: 'APPROVED',
          components: [{ type: 'BODY', text: 'Your order A-100 has shipped and will arrive on Monday. Thank you.' }],
        },
      ],
      paging: { cursors: { after: 'x' } },
    };
    const { stdout } = await run(['list.json', '--format', 'jsonl'], { 'list.json': JSON.stringify(list, null, 2) });
    const [line] = jsonLines(stdout);
    expect(line).toMatchObject({ id: '9001', selectedCategory: 'UTILITY' });
  });

  it('keeps order and count over a varied generated set', async () => {
    const input = syntheticJsonl(80, 42);
    const { stdout } = await run(['syn.jsonl', '--format', 'jsonl'], { 'syn.jsonl': input });
    const ids = jsonLines(stdout).map((l) => l.id);
    expect(ids).toHaveLength(80);
    expect(ids).toEqual(Array.from({ length: 80 }, (_, i) => `syn-${i}`));
  });

  it('accepts an empty list: no lines, exit 0', async () => {
    const { code, stdout, stderr } = await run(['empty.json', '--format', 'jsonl'], { 'empty.json': '{"data": []}' });
    expect([code, stdout, stderr]).toEqual([0, '', '']);
  });

  it('reads standard input with "-"', async () => {
    const { code, stdout } = await run(['-', '--format', 'jsonl'], {}, jsonl(CLEAN));
    expect(jsonLines(stdout).map((l) => l.id)).toEqual(['clean']);
    expect(code).toBe(0);
  });
});

describe('check CLI on the template types Meta added (test/fixtures/cli)', () => {
  const fixture = (name: string) => readFileSync(resolve(__dirname, '../test/fixtures/cli', name), 'utf8');

  it('a carousel submitted as Utility: Marketing, an error from format-category, exit 1', async () => {
    const { code, stdout } = await run(['c.json', '--format', 'jsonl'], { 'c.json': fixture('carousel.json') });
    const [line] = jsonLines(stdout);
    expect(line?.category).toBe('MARKETING');
    expect(line?.selectedCategory).toBe('UTILITY');
    expect(line?.findings.find((f) => f.id === 'format-category')?.severity).toBe('error');
    expect(code).toBe(1);
  });

  it('a limited-time offer with a footer: Marketing, and the footer is an error', async () => {
    const { code, stdout } = await run(['o.json', '--format', 'jsonl'], {
      'o.json': fixture('limited-time-offer.json'),
    });
    const [line] = jsonLines(stdout);
    expect(line?.category).toBe('MARKETING');
    expect(line?.findings.filter((f) => f.id === 'offer-structure').map((f) => f.message)).toEqual([
      'A limited-time offer cannot have a footer.',
    ]);
    expect(code).toBe(1);
  });
});

describe('check CLI --format text', () => {
  it('reports prediction, selection, verdict, lint findings with severities and suggestions', async () => {
    const { code, stdout } = await run(['in.jsonl'], { 'in.jsonl': jsonl(PROMO_AS_UTILITY, BROKEN_BRACES) });
    expect(stdout).toMatch(/Predicted: MARKETING \(confidence [01]\.\d\d, (clear|likely)\)\s+Selected: UTILITY/);
    expect(stdout).toMatch(/Verdict: /);
    expect(stdout).toMatch(/ERROR\s+braces-malformed \[body \d+–\d+\]: Malformed variable "\{\{1\}"/);
    expect(stdout).toMatch(/→ Write variables as \{\{1\}\}/);
    expect(stdout).toMatch(/2 template\(s\): .* 1 predicted ≠ selected\./);
    expect(code).toBe(1);
  });

  it('takes plain text as one body with --text', async () => {
    const { code, stdout } = await run(['msg.txt', '--text'], {
      'msg.txt': 'Your order A-100 has shipped and will arrive on Monday.',
    });
    expect(stdout).toMatch(/\[1\/1\] 0 /);
    expect(code).toBe(0);
  });
});

describe('check CLI unreadable input and arguments (exit 2)', () => {
  it.each([
    ['a missing file', ['nope.json'], {}, /cannot read nope\.json: no such file/],
    ['broken JSON', ['b.json'], { 'b.json': '{not json' }, /not valid JSON or JSONL/],
    ['truncated JSON', ['b.json'], { 'b.json': '[{"text": "hi"},' }, /not valid JSON or JSONL/],
    ['plain text without --text', ['b.txt'], { 'b.txt': 'hello there' }, /not JSON or JSONL/],
    ['an empty file', ['e.json'], { 'e.json': '\n' }, /input is empty/],
    ['binary data', ['x.bin'], { 'x.bin': '\u0000\u0001PNG' }, /binary/],
    ['JSON that holds no template', ['n.json'], { 'n.json': '[1, 2]' }, /no template could be read/],
    ['an unknown --format', ['a.json', '--format', 'xml'], { 'a.json': '{}' }, /--format must be/],
    ['no input file', [], {}, /give one input file/],
    ['an unknown market', ['a.jsonl', '--market', 'Atlantis'], { 'a.jsonl': jsonl(CLEAN) }, /--market/],
  ])('%s', async (_what, args, files, message) => {
    const { code, stdout, stderr } = await run(args as string[], files as Record<string, string>);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('check CLI on arbitrary input', () => {
  it('always ends with exit code 0, 1 or 2, and writes to stderr exactly when it is 2', async () => {
    const inputs = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc
        .array(fc.record({ text: fc.string({ maxLength: 80 }), category: fc.constantFrom('UTILITY', 'otp', 'x', 5) }), {
          maxLength: 4,
        })
        .map((rows) => rows.map((r) => JSON.stringify(r)).join('\n')),
    );
    await fc.assert(
      fc.asyncProperty(inputs, fc.constantFrom('text', 'jsonl'), async (input, format) => {
        const { code, stderr } = await run(['in', '--format', format], { in: input });
        expect([0, 1, 2]).toContain(code);
        expect(stderr !== '').toBe(code === 2);
      }),
      { numRuns: 60 },
    );
  });
});

describe('check CLI pricing flags', () => {
  it('adds the cost of the predicted category and the alternatives to jsonl', async () => {
    const { code, stdout, stderr } = await run(
      ['in.jsonl', '--format', 'jsonl', '--market', 'BR', '--volume', '10000', '--date', '2026-11-01'],
      { 'in.jsonl': jsonl(CLEAN) },
    );
    expect(stderr).toBe('');
    const [line] = jsonLines(stdout);
    const cost = line?.cost as {
      currency: string;
      monthlyTotal: number;
      effectiveDate: string;
      byCategory: Record<string, { monthlyTotal: number } | null>;
    };
    expect(cost.currency).toBe('USD');
    expect(cost.effectiveDate).toBe('2026-10-01');
    // Worked example from the pricing issue: 10,000 messages to Brazil on the 2026-10-01 card.
    expect(cost.byCategory.UTILITY?.monthlyTotal).toBe(68);
    expect(cost.byCategory.MARKETING?.monthlyTotal).toBe(625);
    expect(cost.monthlyTotal).toBe(cost.byCategory[line?.category as string]?.monthlyTotal);
    expect(code).toBe(0);
  });

  it('prices with a rate card given by --card, in its currency', async () => {
    // Vitest runs from the repo root; ../shared is the read-only reference folder next to it.
    const card = resolve(process.cwd(), '../shared/data/meta-rates-eur-2026-07-01.csv');
    const { code, stdout, stderr } = await run(
      ['in.jsonl', '--format', 'jsonl', '--market', 'DE', '--date', '2026-08-01', '--card', card],
      { 'in.jsonl': jsonl(CLEAN) },
    );
    expect(stderr).toBe('');
    const cost = jsonLines(stdout)[0]?.cost as { currency: string; effectiveDate: string };
    expect(cost).toMatchObject({ currency: 'EUR', effectiveDate: '2026-07-01' });
    expect(code).toBe(0);
  });

  it('prints cost lines in the text report', async () => {
    const { stdout } = await run(
      ['in.jsonl', '--market', '+55 11 99999 0000', '--volume', '10000', '--date', '2026-11-01'],
      {
        'in.jsonl': jsonl(CLEAN),
      },
    );
    expect(stdout).toMatch(/Cost to Brazil/);
    expect(stdout).toMatch(/MARKETING.*\$625\.00 per month/);
  });
});
