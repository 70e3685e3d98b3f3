/**
 * `npm run check -- <file|-> [--format text|jsonl] [--text] [pricing flags]`
 *
 * Predicts Meta's category for each template in a file, explains it, lints it, and (with --market) prices it.
 * Input: Graph API JSON (one template, an array, a `{data:[…]}` list response) or JSONL of flat objects
 * `{id?, text|body, header?, footer?, buttons?, language?, category?}`; `-` reads standard input; `--text` takes
 * plain text as one template body.
 * Exit code: 1 when any template has an `error` finding or a predicted category different from the selected one,
 * 2 on unreadable input or bad arguments, else 0 — so teams can gate template changes in CI.
 * Everything runs in one process: parse once, analyse each template, write the output in one go.
 */
import { pathToFileURL } from 'node:url';
import { analyzeTemplate } from '../core/analyze';
import {
  looksLikeJson,
  type ParseError,
  type ParseResult,
  parseTemplates,
  parseTemplateText,
} from '../core/template/parse';
import type { Category } from '../core/template/schema';
import type { Analysis, Severity, VerdictCode } from '../core/types';
import { type CliIO, nodeIO } from './io';
import {
  type CostForCategoryResult,
  costForCategory,
  type PricingCliOptions,
  parsePricingFlags,
} from './pricing-flags';

export const USAGE = `Usage: npm run check -- <file | -> [--format text|jsonl] [--text]
                        [--market <ISO | market name | +phone>] [--volume N] [--date YYYY-MM-DD] [--card rates.csv]

  <file>           Graph API JSON (template, array, or {"data": [...]}) or JSONL of flat templates; "-" = stdin
  --format text    readable report per template (default)
  --format jsonl   one JSON line per input template, in input order
  --text           treat the input as plain text: one template body
  --market …       price the predicted category (and the alternatives) for recipients in this market
Exit codes: 0 ok · 1 an error finding or predicted category ≠ selected category · 2 unreadable input or bad arguments
`;

export type OutputFormat = 'text' | 'jsonl';

export interface CheckFinding {
  id: string;
  severity: Severity;
  message: string;
}

/** One input template after checking. `analysis` is absent when the entry could not be read as a template. */
export interface CheckedTemplate {
  index: number;
  /** The input id as given (string or number), else the template name, else the index (a number). */
  id: string | number;
  analysis: Analysis | null;
  selectedCategory: Category | null;
  findings: CheckFinding[];
  /** True when this template alone would make the run exit 1. */
  failed: boolean;
  cost?: CostForCategoryResult;
}

/** Verdicts that are themselves a problem, and how serious (the verdict code set is in core/types.ts). */
const VERDICT_SEVERITY: Partial<Record<VerdictCode, Severity>> = {
  'will-be-rejected-otp': 'error',
  'auth-not-compliant': 'error',
  'will-be-marketing': 'warning',
  uncertain: 'warning',
  'could-be-utility': 'info',
};

function parseErrorFinding(e: ParseError): CheckFinding {
  return { id: 'parse-error', severity: 'error', message: `${e.path}: ${e.message}` };
}

/** Findings for one analysed template: verdict, category-rule hits, lint, and the template's parse errors. */
function findingsFor(analysis: Analysis, errors: ParseError[]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const verdictSeverity = VERDICT_SEVERITY[analysis.verdict.code];
  if (verdictSeverity)
    out.push({
      id: `verdict:${analysis.verdict.code}`,
      severity: verdictSeverity,
      message: analysis.verdict.message.en,
    });
  // A category rule is a warning when it pushes towards a prediction that contradicts the author's selection
  // (it is why Meta would re-categorise or reject); otherwise it is information.
  const mismatch = analysis.selectedCategory !== null && analysis.selectedCategory !== analysis.category;
  for (const hit of analysis.hits) {
    const quote = hit.evidence[0]?.text;
    out.push({
      id: hit.ruleId,
      severity: mismatch && hit.category === analysis.category ? 'warning' : 'info',
      message: quote ? `${hit.title.en}: "${quote}"` : hit.title.en,
    });
  }
  for (const f of analysis.lint) out.push({ id: f.id, severity: f.severity, message: f.message.en });
  for (const e of errors) out.push(parseErrorFinding(e));
  return out;
}

/** What the output calls a template: its input id unchanged, else its name, else its index. */
function outputId(t: ParseResult['templates'][number]): string | number {
  return t.inputId ?? t.draft.name ?? t.index;
}

/** Language + body + footer, the content Meta compares for duplicates; undefined for an empty body. */
function contentKey(draft: ParseResult['templates'][number]['draft']): string | undefined {
  let body = '';
  let footer = '';
  for (const c of draft.components) {
    if (c.type === 'BODY') body = c.text.trim();
    else if (c.type === 'FOOTER') footer = (c.text ?? '').trim();
  }
  return body === '' ? undefined : `${draft.language ?? ''}\u0000${body}\u0000${footer}`;
}

/**
 * Checks every template of a parse result, in input order (one entry per input template, including entries that
 * could not be read). `pricing` adds the cost of the predicted category. The benchmark calls this directly.
 */
export function checkParsed(parsed: ParseResult, pricing: PricingCliOptions | null = null): CheckedTemplate[] {
  const errorsByIndex = new Map<number, ParseError[]>();
  for (const e of parsed.errors) {
    const list = errorsByIndex.get(e.index);
    if (list) list.push(e);
    else errorsByIndex.set(e.index, [e]);
  }
  const templatesByIndex = new Map(parsed.templates.map((t) => [t.index, t]));
  const indices = [...new Set([...templatesByIndex.keys(), ...errorsByIndex.keys()])].sort((a, b) => a - b);
  // Cost depends only on the predicted category: compute each at most once per run.
  const costCache = new Map<Category, CostForCategoryResult>();
  // Meta rejects a template whose body + footer duplicate an existing one (except authentication): across the
  // file, the first of each language/body/footer wins.
  const firstWithContent = new Map<string, string>();

  return indices.map((index): CheckedTemplate => {
    const errors = errorsByIndex.get(index) ?? [];
    const t = templatesByIndex.get(index);
    if (!t) {
      return {
        index,
        id: index,
        analysis: null,
        selectedCategory: null,
        findings: errors.map(parseErrorFinding),
        failed: true,
      };
    }
    // analyzeTemplate never throws (it degrades to an empty analysis); runCheck's own catch is the last resort.
    const analysis = analyzeTemplate(t.draft);
    const selectedCategory = t.draft.category ?? null;
    const findings = findingsFor(analysis, errors);
    const duplicateOf =
      analysis.category === 'AUTHENTICATION' || selectedCategory === 'AUTHENTICATION' ? undefined : contentKey(t.draft);
    if (duplicateOf !== undefined) {
      const first = firstWithContent.get(duplicateOf);
      if (first === undefined) firstWithContent.set(duplicateOf, t.id);
      else {
        findings.push({
          id: 'duplicate-content',
          severity: 'warning',
          message: `Same language, body and footer as template "${first}" in this input; Meta rejects a template that duplicates an existing one's body and footer.`,
        });
      }
    }
    // An uncertain Marketing/Utility call is reported (verdict "uncertain") but does not fail the run.
    const failed =
      findings.some((f) => f.severity === 'error') ||
      (selectedCategory !== null && selectedCategory !== analysis.category && analysis.certainty !== 'uncertain');
    const checked: CheckedTemplate = { index, id: outputId(t), analysis, selectedCategory, findings, failed };
    if (pricing) {
      let cost = costCache.get(analysis.category);
      if (!cost) {
        cost = costForCategory(analysis.category, pricing);
        costCache.set(analysis.category, cost);
      }
      checked.cost = cost;
    }
    return checked;
  });
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The `--format jsonl` object for one template (documented keys first; extra keys allowed by the contract). */
export function toJsonRecord(c: CheckedTemplate): Record<string, unknown> {
  const a = c.analysis;
  const record: Record<string, unknown> = {
    id: c.id,
    category: a ? a.category : null,
    confidence: a ? round(Math.min(1, Math.max(0, a.confidence))) : 0,
    certainty: a ? a.certainty : 'uncertain',
    selectedCategory: c.selectedCategory,
    findings: c.findings,
    verdict: a ? a.verdict.code : 'unreadable',
    verdictMessage: a ? a.verdict.message.en : (c.findings[0]?.message ?? ''),
  };
  if (a) {
    record.scores = Object.fromEntries(Object.entries(a.scores).map(([k, v]) => [k, round(v)]));
    record.signals = a.signals.map((s) => ({
      feature: s.feature,
      toward: s.toward,
      weight: s.weight,
      evidence: [...new Set(s.evidence.map((e) => e.text))].slice(0, 4),
    }));
  }
  if (c.cost) record.cost = c.cost.ok ? c.cost.json : { error: c.cost.error };
  return record;
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'ERROR  ', warning: 'WARNING', info: 'info   ' };

/** Readable report for one template. */
export function formatTextReport(c: CheckedTemplate, total: number): string {
  const lines: string[] = [];
  const a = c.analysis;
  const name = String(c.id);
  lines.push(`── [${c.index + 1}/${total}] ${name} ${'─'.repeat(Math.max(3, 60 - name.length))}`);
  if (!a) {
    lines.push('Could not check this entry:');
    for (const f of c.findings) lines.push(`  ${SEVERITY_LABEL[f.severity]} ${f.id}: ${f.message}`);
    return lines.join('\n');
  }
  const selected = c.selectedCategory ?? 'none';
  const marker = c.selectedCategory && c.selectedCategory !== a.category ? '  ✗ differs from selected' : '';
  lines.push(
    `Predicted: ${a.category} (confidence ${a.confidence.toFixed(2)}, ${a.certainty})   Selected: ${selected}${marker}`,
  );
  lines.push(`Verdict:   ${a.verdict.message.en}  [${a.verdict.code}]`);
  if (a.signals.length > 0) {
    const weighed = a.signals.map((s) => {
      const words = [...new Set(s.evidence.map((e) => `"${e.text}"`))].slice(0, 2).join(', ');
      return `${s.title.en}${words ? ` ${words}` : ''} → ${s.toward}`;
    });
    lines.push(`Weighed:   ${weighed.join('; ')}`);
  }

  const top = [...a.hits].sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight)).slice(0, 3);
  if (top.length > 0) {
    lines.push('Why:');
    for (const hit of top) {
      const ev = hit.evidence[0];
      lines.push(`  • ${hit.title.en}  (${hit.ruleId} → ${hit.category})`);
      if (ev) lines.push(`    ${ev.field}: "${ev.text}"`);
      lines.push(`    Meta (${hit.source.section}): "${hit.source.quote}"`);
      lines.push(`    Suggestion: ${hit.suggestion.en}`);
    }
    if (a.hits.length > top.length) lines.push(`  (+${a.hits.length - top.length} more rule hits)`);
  }
  const lint = a.lint;
  if (lint.length > 0) {
    lines.push('Structure:');
    for (const f of lint) {
      const where = f.span ? ` [${f.span.field} ${f.span.start}–${f.span.end}]` : '';
      lines.push(`  ${SEVERITY_LABEL[f.severity]} ${f.id}${where}: ${f.message.en}`);
      lines.push(`           → ${f.suggestion.en}`);
    }
  } else lines.push('Structure: no problems found.');
  const parseProblems = c.findings.filter((f) => f.id === 'parse-error');
  for (const f of parseProblems) lines.push(`  ${SEVERITY_LABEL[f.severity]} ${f.id}: ${f.message}`);
  if (c.cost) lines.push(...c.cost.textLines);
  return lines.join('\n');
}

function summary(checked: CheckedTemplate[]): string {
  const withErrors = checked.filter((c) => c.findings.some((f) => f.severity === 'error')).length;
  const mismatched = checked.filter(
    (c) => c.analysis && c.selectedCategory && c.selectedCategory !== c.analysis.category,
  ).length;
  const counts = { MARKETING: 0, UTILITY: 0, AUTHENTICATION: 0 };
  for (const c of checked) if (c.analysis) counts[c.analysis.category]++;
  return (
    `${checked.length} template(s): ${counts.MARKETING} marketing, ${counts.UTILITY} utility, ${counts.AUTHENTICATION} authentication; ` +
    `${withErrors} with errors, ${mismatched} predicted ≠ selected.`
  );
}

export interface CheckArgs {
  file: string;
  format: OutputFormat;
  plainText: boolean;
  pricing: PricingCliOptions | null;
}

/** Parses command-line arguments. Never throws. */
export function parseCheckArgs(
  argv: string[],
): { ok: true; args: CheckArgs } | { ok: false; error: string; help?: boolean } {
  const priced = parsePricingFlags(argv);
  if (!priced.ok) return { ok: false, error: priced.error };
  let format: OutputFormat = 'text';
  let plainText = false;
  const files: string[] = [];
  const rest = priced.rest;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--help' || arg === '-h') return { ok: false, error: '', help: true };
    if (arg === '--text') plainText = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'jsonl')
        return { ok: false, error: `--format must be "text" or "jsonl", got ${JSON.stringify(value ?? '')}.` };
      format = value;
    } else if (arg.startsWith('--')) return { ok: false, error: `unknown option ${arg}.` };
    else files.push(arg);
  }
  if (files.length !== 1) {
    return {
      ok: false,
      error:
        files.length === 0
          ? 'give one input file (or - for standard input).'
          : `give one input file, got ${files.length}.`,
    };
  }
  return { ok: true, args: { file: files[0] ?? '-', format, plainText, pricing: priced.options } };
}

/** Decodes input text into templates; an unreadable input is an error message (exit 2). */
export function readInput(
  text: string,
  plainText: boolean,
): { ok: true; parsed: ParseResult } | { ok: false; error: string } {
  if (text.includes('\u0000')) return { ok: false, error: 'input is binary, not UTF-8 text.' };
  if (text.trim() === '' || (text.charCodeAt(0) === 0xfeff && text.slice(1).trim() === ''))
    return { ok: false, error: 'input is empty.' };
  if (!plainText && !looksLikeJson(text)) {
    return { ok: false, error: 'input is not JSON or JSONL (use --text to check plain text as one template body).' };
  }
  const parsed = plainText
    ? parseTemplates({ text: text.replace(/^\uFEFF/, '').trim() })
    : parseTemplateText(text, { requireJson: true });
  // An empty list ("[]", {"data": []}) is readable: nothing to check. Entries that are all unreadable are not.
  if (parsed.templates.length === 0 && parsed.errors.length > 0) {
    const first = parsed.errors[0];
    const why = first ? `${first.path}: ${first.message}` : 'no templates found';
    return { ok: false, error: `no template could be read (${why}).` };
  }
  return { ok: true, parsed };
}

/** Runs the CLI in-process; resolves to the exit code. Never rejects. */
export async function runCheck(argv: string[], io: CliIO = nodeIO): Promise<number> {
  try {
    const parsedArgs = parseCheckArgs(argv);
    if (!parsedArgs.ok) {
      if (parsedArgs.help) {
        io.out(USAGE);
        return 0;
      }
      io.err(`check: ${parsedArgs.error}\n\n${USAGE}`);
      return 2;
    }
    const { file, format, plainText, pricing } = parsedArgs.args;
    const read = file === '-' ? await io.readStdin() : io.readFile(file);
    if (!read.ok) {
      io.err(`check: ${read.error}\n`);
      return 2;
    }
    const input = readInput(read.text, plainText);
    if (!input.ok) {
      io.err(`check: ${file === '-' ? 'standard input' : file}: ${input.error}\n`);
      return 2;
    }
    const checked = checkParsed(input.parsed, pricing);
    if (format === 'jsonl') {
      if (checked.length > 0) io.out(`${checked.map((c) => JSON.stringify(toJsonRecord(c))).join('\n')}\n`);
    } else {
      const reports = checked.map((c) => formatTextReport(c, checked.length));
      io.out(`${reports.join('\n\n')}\n\n${summary(checked)}\n`);
    }
    return checked.some((c) => c.failed) ? 1 : 0;
  } catch (e) {
    io.err(`check: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  // `npm run check -- big.jsonl | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  runCheck(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
