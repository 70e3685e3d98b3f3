import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { todayIso } from '@/core/pricing';
import { costForCategory, DEFAULT_VOLUME, type PricingCliOptions, parsePricingFlags } from './pricing-flags';

function options(args: string[]): PricingCliOptions {
  const parsed = parsePricingFlags(args);
  if (!parsed.ok) throw new Error(parsed.error);
  if (!parsed.options) throw new Error('no pricing options');
  return parsed.options;
}

const dir = mkdtempSync(join(tmpdir(), 'pricing-flags-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('parsePricingFlags', () => {
  it('returns null options and every argument untouched when no pricing flag is given', () => {
    expect(parsePricingFlags(['draft.json', '--format', 'jsonl'])).toEqual({
      ok: true,
      options: null,
      rest: ['draft.json', '--format', 'jsonl'],
    });
  });

  it('takes its flags out (both --flag value and --flag=value) and leaves the rest', () => {
    const parsed = parsePricingFlags([
      'draft.json',
      '--market',
      'BR',
      '--volume=10000',
      '--format',
      'jsonl',
      '--date',
      '2026-11-01',
    ]);
    expect(parsed).toMatchObject({ ok: true, rest: ['draft.json', '--format', 'jsonl'] });
    if (parsed.ok) expect(parsed.options).toMatchObject({ market: 'Brazil', volume: 10_000, date: '2026-11-01' });
  });

  it('defaults: volume 1000, date today, the bundled USD card', () => {
    const opts = options(['--market', 'Brazil']);
    expect(opts.volume).toBe(DEFAULT_VOLUME);
    expect(DEFAULT_VOLUME).toBe(1000);
    expect(opts.date).toBe(todayIso());
    expect(opts.card.currency).toBe('USD');
  });

  it('accepts a phone number as the market', () => {
    expect(options(['--market', '+1 787 555 0100', '--date', '2026-11-01']).market).toBe('Rest of Latin America');
  });

  it.each([
    [['--market'], /--market needs a value/],
    [['--market', 'BR', '--market', 'IN'], /twice/],
    [['--volume', '10'], /needs --market/],
    [['--market', 'BR', '--volume', 'lots'], /--volume "lots"/],
    [['--market', 'BR', '--date', '25/11/2026'], /--date/],
    [['--market', 'Brazl'], /Did you mean: Brazil/],
    [['--market', 'BR', '--card', '/nonexistent/card.csv'], /--card: Cannot read/],
  ])('%j → clear error', (args, message) => {
    const parsed = parsePricingFlags(args);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('--card reads a CSV through the importer and lists its row errors', () => {
    const good = file(
      'rates-2026-10-01.csv',
      'Market,Currency,Marketing,Utility,Authentication\nBrazil,BRL,0.32,0.035,0.035\n',
    );
    const opts = options(['--market', 'BR', '--card', good, '--date', '2026-11-01']);
    expect(opts.card).toMatchObject({ currency: 'BRL', effectiveDate: '2026-10-01' });

    const bad = file(
      'bad.csv',
      'Market,Currency,Marketing,Utility,Authentication\nBrazl,BRL,0.32,0.035,0.035\nIndia,BRL,x,1,1\n',
    );
    const parsed = parsePricingFlags(['--market', 'BR', '--card', bad]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(/line 2, Market: Unknown market "Brazl". Did you mean "Brazil"\?/);
      expect(parsed.error).toMatch(/line 3, Marketing/);
    }
  });

  it('--card without a date anywhere is treated as in force on --date, with a note', () => {
    const undated = file(
      'rates.csv',
      'Market,Currency,Marketing,Utility,Authentication\nBrazil,USD,0.07,0.008,0.008\n',
    );
    const opts = options(['--market', 'BR', '--card', undated, '--date', '2026-12-01']);
    expect(opts.card.effectiveDate).toBe('2026-12-01');
    expect(opts.notes.join(' ')).toMatch(/does not give its effective date/);
  });

  it('--card that lacks the market fails on the card flag', () => {
    const card = file(
      'in-only-2026-10-01.csv',
      'Market,Currency,Marketing,Utility,Authentication\nIndia,USD,0.0118,0.0014,0.0014\n',
    );
    const parsed = parsePricingFlags(['--market', 'BR', '--card', card]);
    expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/--card: .*no rates for Brazil/) });
  });

  it('--tiers applies a tiers file', () => {
    const tiers = file('tiers.csv', 'Market,Category,From,To,Rate\nBrazil,Utility,5001,,0.005\n');
    const opts = options(['--market', 'BR', '--volume', '10000', '--date', '2026-11-01', '--tiers', tiers]);
    const cost = costForCategory('UTILITY', opts);
    // 5,000 × 0.0068 + 5,000 × 0.005 = 34 + 25 = 59
    expect(cost.ok && cost.json.monthlyTotal).toBe(59);
  });
});

describe('--max-price', () => {
  it('prices the Marketing Messages API max price beside the list rate, in JSON and text', () => {
    const flags = parsePricingFlags([
      '--market',
      'BR',
      '--volume',
      '10000',
      '--date',
      '2026-11-01',
      '--max-price',
      '0.05',
    ]);
    if (!flags.ok || !flags.options) throw new Error('flags');
    const cost = costForCategory('MARKETING', flags.options);
    expect(cost.ok && cost.json.marketingMaxPrice).toEqual({ perMessage: 0.05, monthlyCeiling: 500 });
    expect(cost.textLines).toContain(
      '  MARKETING max price (Marketing Messages API): at most $0.0500 per message, at most $500.00 per month',
    );
    expect(cost.textLines[1]).toMatch(/^ {2}card: Meta list rates \(USD\), effective 2026-10-01; /);
  });

  it('refuses an amount that is not one', () => {
    expect(parsePricingFlags(['--market', 'BR', '--max-price', 'cheap'])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/--max-price "cheap"/),
    });
  });
});

describe('costForCategory', () => {
  it('Brazil, 10,000 utility on 2026-11-01: 68 USD, marketing 625 USD, in currency units', () => {
    const cost = costForCategory('UTILITY', options(['--market', 'BR', '--volume', '10000', '--date', '2026-11-01']));
    expect(cost.ok).toBe(true);
    if (!cost.ok) return;
    expect(cost.json).toEqual({
      currency: 'USD',
      perMessage: 0.0068,
      monthlyTotal: 68,
      card: 'meta-usd-2026-10-01',
      effectiveDate: '2026-10-01',
      byCategory: {
        MARKETING: { perMessage: 0.0625, monthlyTotal: 625 },
        UTILITY: { perMessage: 0.0068, monthlyTotal: 68 },
        AUTHENTICATION: { perMessage: 0.0068, monthlyTotal: 68 },
      },
    });
    const text = cost.textLines.join('\n');
    expect(text).toMatch(/UTILITY \(this template\): \$0\.0068 per message, \$68\.00 per month/);
    expect(text).toMatch(/MARKETING: \$0\.0625 per message, \$625\.00 per month \(×9\.2\)/);
    expect(text).toMatch(/Meta list rates \(USD\), effective 2026-10-01/);
  });

  it('rejects an unknown category without throwing', () => {
    const cost = costForCategory('PROMO', options(['--market', 'BR']));
    expect(cost).toMatchObject({ ok: false, error: expect.stringMatching(/PROMO/) });
  });
});
