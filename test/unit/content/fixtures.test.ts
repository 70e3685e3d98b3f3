/**
 * One test per SYNTHETIC fixture: the page is loaded into jsdom, read once, and the extracted draft must equal the
 * fixture's expected draft (test/fixtures/wam/expected/*.json, written from the fixture's content).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TemplateDraftSchema } from '@/core/template/schema';
import { type DetectedDraft, toTemplateDraft } from '@/entrypoints/whatsapp.content/detect/draft';
import { readPage } from '@/entrypoints/whatsapp.content/detect/extract';
import { buildLabelIndex, EN } from '@/entrypoints/whatsapp.content/labels';
import type { WamRoute } from '@/entrypoints/whatsapp.content/route';
import { expectedFor, FIXTURE_DIR, loadFixture } from './helpers';

interface Expected {
  fixture: string;
  state: 'editor' | 'setup' | 'none';
  form?: string;
  draft: unknown;
  setup?: { category?: string; subType?: string };
  detected?: {
    category?: string;
    subType?: string;
    language?: { label: string; code?: string };
    headerFormat?: string | null;
    buttons?: unknown[] | null;
    auth?: unknown;
  };
}

const ROUTE: WamRoute = { kind: 'templates', ui: 'latest' };
const STATIC_FIXTURES = [
  'editor.textarea.en.html',
  'editor.lexical.en.html',
  'editor.obfuscated.en.html',
  'editor.pt_BR.html',
  'editor.es.html',
  'editor.named-params.en.html',
  'editor.buttons-mixed.en.html',
  'editor.auth.en.html',
  'editor.utility-coupon.en.html',
  'editor.utility-otp.en.html',
  'library-dialog.en.html',
  'setup-step.en.html',
  'list.en.html',
  'wrappers/iframe.html',
  'wrappers/shadow.html',
];

function fieldsOf(d: DetectedDraft) {
  return (['name', 'category', 'language', 'header', 'body', 'footer', 'buttons', 'auth'] as const)
    .map((k) => [k, d[k]] as const)
    .filter(([, f]) => f !== undefined);
}

describe('fixtures', () => {
  it('every fixture page is covered here and every one is marked SYNTHETIC', () => {
    const pages = readdirSync(FIXTURE_DIR, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'));
    expect(pages.sort()).toEqual([...STATIC_FIXTURES, 'spa.html'].sort());
    for (const p of pages) {
      const raw = readFileSync(resolve(FIXTURE_DIR, p), 'utf8');
      expect(raw.slice(0, 200)).toContain('SYNTHETIC');
      expect(raw).not.toMatch(/\s(src|href)="(https?:)?\/\//); // no external resources
    }
  });

  it.each(STATIC_FIXTURES)('%s → expected draft', (fixture) => {
    const expected = expectedFor(fixture) as Expected;
    loadFixture(fixture, { runScripts: true });
    const reading = readPage(document, { route: ROUTE });
    expect(reading.state).toBe(expected.state);
    if (reading.state === 'setup') {
      expect(reading.setup.category?.value).toBe(expected.setup?.category);
      expect(reading.setup.subType?.value).toBe(expected.setup?.subType);
      return;
    }
    if (reading.state !== 'editor') return;
    const d = reading.draft;
    expect(d.form).toBe(expected.form);
    expect(toTemplateDraft(d)).toEqual(expected.draft);
    expect(TemplateDraftSchema.safeParse(toTemplateDraft(d)).success).toBe(true);
    const det = expected.detected ?? {};
    expect(d.category?.value).toBe(det.category);
    expect(d.subType?.value).toBe(det.subType);
    expect(d.language?.value).toEqual(det.language);
    expect(d.header?.value.format ?? null).toBe(det.headerFormat ?? null);
    expect(d.buttons?.value ?? null).toEqual(det.buttons ?? null);
    if (det.auth) expect(d.auth?.value).toEqual(det.auth);
    // Every field we report is above the panel's "not detected" line.
    for (const [name, f] of fieldsOf(d)) expect(f?.confidence, name).toBeGreaterThanOrEqual(0.5);
  });
});

describe('robustness', () => {
  it('gives the same draft when every class name is replaced by random atomic classes', () => {
    loadFixture('editor.textarea.en.html');
    const before = readPage(document, { route: ROUTE });
    let n = 0;
    for (const el of Array.from(document.querySelectorAll('[class]')))
      el.setAttribute('class', `x${(n++ * 7919).toString(36)}q`);
    const after = readPage(document, { route: ROUTE });
    expect(before.state).toBe('editor');
    expect(after.state === 'editor' && toTemplateDraft(after.draft)).toEqual(
      before.state === 'editor' && toTemplateDraft(before.draft),
    );
  });

  it('reads the obfuscated no-ARIA page from counters and label text alone', () => {
    loadFixture('editor.obfuscated.en.html');
    expect(document.querySelector('[aria-labelledby],[aria-label],[role],label[for]')).toBeNull();
    const r = readPage(document);
    expect(r.state).toBe('editor');
    if (r.state !== 'editor') return;
    expect(r.draft.body?.via).toContain('counter-1024');
    expect(r.draft.body?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('still finds the Portuguese fields by their counters with an English-only dictionary', () => {
    loadFixture('editor.pt_BR.html');
    const r = readPage(document, { labels: buildLabelIndex([EN]) });
    expect(r.state).toBe('editor');
    if (r.state !== 'editor') return;
    expect(r.draft.body?.value.text).toBe(
      'Olá {{1}}, aproveite até 50% de desconto em toda a loja.\nUse o cupom {{2}} até domingo.',
    );
    expect(r.draft.name?.value).toBe('promo_black_friday');
    expect(r.draft.header?.value.text).toBe('Black Friday chegou!');
    expect(r.draft.footer?.value).toBe('Responda SAIR para não receber mais');
    // Without pt data the "Texto" header type is not understood; the /60 counter before the body still says TEXT.
    expect(r.draft.header?.value.format).toBe('TEXT');
    expect(r.draft.header?.via).not.toContain('aria-labelledby');
  });

  it('does not mistake a page with no editor for one, whatever the route says', () => {
    loadFixture('list.en.html');
    expect(readPage(document, { route: ROUTE }).state).toBe('none');
    document.body.replaceChildren();
    expect(readPage(document, { route: ROUTE }).state).toBe('none');
  });

  it('never changes the page while reading it', () => {
    loadFixture('editor.buttons-mixed.en.html');
    const html = document.documentElement.outerHTML;
    const values = Array.from(document.querySelectorAll('input,textarea')).map((e) => (e as HTMLInputElement).value);
    readPage(document, { route: ROUTE });
    expect(document.documentElement.outerHTML).toBe(html);
    expect(Array.from(document.querySelectorAll('input,textarea')).map((e) => (e as HTMLInputElement).value)).toEqual(
      values,
    );
  });
});

describe('sibling order', () => {
  it('gives the same draft when counters sit before their fields instead of after', () => {
    loadFixture('editor.buttons-mixed.en.html');
    const before = readPage(document, { route: ROUTE });
    let moved = 0;
    for (const counter of Array.from(document.querySelectorAll('span'))) {
      if (!/^\d+\/\d+$/.test(counter.textContent ?? '')) continue;
      counter.parentElement?.prepend(counter);
      moved++;
    }
    expect(moved).toBeGreaterThan(5);
    const after = readPage(document, { route: ROUTE });
    expect(after.state === 'editor' && toTemplateDraft(after.draft)).toEqual(
      before.state === 'editor' && toTemplateDraft(before.draft),
    );
  });
});

describe('portals', () => {
  it('reads the selected language from the combobox, not from an open option list portalled to the end of body', () => {
    loadFixture('editor.textarea.en.html');
    const combobox = document.querySelector('[role="combobox"]') as HTMLElement;
    combobox.setAttribute('aria-expanded', 'true');
    const listbox = document.createElement('div');
    listbox.setAttribute('role', 'listbox');
    for (const name of ['Spanish (MEX)', 'Portuguese (BR)', 'English (US)']) {
      const option = document.createElement('div');
      option.setAttribute('role', 'option');
      option.textContent = name;
      listbox.append(option);
    }
    (document.getElementById('portal-root') as HTMLElement).append(listbox);
    const r = readPage(document, { route: ROUTE });
    expect(r.state === 'editor' && r.draft.language?.value).toEqual({ label: 'English (US)', code: 'en_US' });
  });
});
