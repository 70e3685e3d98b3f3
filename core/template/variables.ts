/**
 * Variable (parameter) extraction for template text: `{{1}}` positional and `{{first_name}}` named placeholders,
 * plus the brace mistakes Meta rejects ("missing or mismatched braces", meta-rules-and-pricing.md §5).
 * One linear scan, no backtracking regular expressions, so any input (100 KB, lone surrogates, unbalanced `{{`)
 * is handled in time proportional to its length. Shared by core/lint and core/classify.
 */

export type VariableKind = 'positional' | 'named';

/** Why a placeholder is not valid Meta syntax (it still counts as a variable for position/density rules). */
export type VariableProblem =
  /** `#`, `$` or `%` inside the braces: Meta S7 "special characters inside parameters". */
  | 'special-characters'
  /** Named placeholder that is not lowercase letters, digits and underscores (Meta S6/S23). */
  | 'invalid-name'
  /** Spaces or other padding inside the braces, e.g. `{{ 1 }}`. */
  | 'whitespace'
  /** `{{}}`. */
  | 'empty';

export interface VariableToken {
  /** The placeholder's name as written between the braces, trimmed (`1`, `first_name`). */
  name: string;
  /** Digits only → positional; anything else → named. */
  kind: VariableKind;
  /** UTF-16 offsets of the whole placeholder, braces included: text.slice(start, end) === raw. */
  start: number;
  end: number;
  raw: string;
  problem?: VariableProblem;
}

export type MalformedReason =
  /** `{{` with no matching `}}`. */
  | 'unclosed'
  /** `}}` with no opening `{{`. */
  | 'unopened'
  /** `{{1}` or `{1}}`: one brace too few on one side. */
  | 'mismatched'
  /** `{{{1}}}` or more braces than two. */
  | 'extra-braces'
  /** `{1}`: single braces around something that looks like a parameter. */
  | 'single-braces';

export interface MalformedBrace {
  start: number;
  end: number;
  text: string;
  reason: MalformedReason;
}

export interface ExtractedVariables {
  variables: VariableToken[];
  malformed: MalformedBrace[];
}

/** Longest stretch we accept between `{{` and `}}`; longer is treated as an unclosed `{{` (parameters are short names). */
const MAX_INNER = 200;

const POSITIONAL = /^\d+$/;
/** Meta: named parameters use lowercase characters and underscores (digits accepted after the first character). */
const VALID_NAMED = /^[a-z_][a-z0-9_]*$/;
const SPECIAL = /[#$%]/;
/** What a parameter-like word inside single braces looks like: `{1}`, `{name}`. */
const PARAM_LIKE = /^\s*[\p{L}\p{N}_]+\s*$/u;

/** 0 = not simple, 1 = digits only, 2 = a valid named parameter ([a-z_][a-z0-9_]*). No regex, no allocation. */
function simpleKind(inner: string): 0 | 1 | 2 {
  if (inner.length === 0) return 0;
  let digits = true;
  for (let k = 0; k < inner.length; k++) {
    const c = inner.charCodeAt(k);
    const isDigit = c >= 48 && c <= 57;
    if (isDigit) continue;
    digits = false;
    if (!((c >= 97 && c <= 122) || c === 95)) return 0;
  }
  if (digits) return 1;
  const first = inner.charCodeAt(0);
  return first >= 48 && first <= 57 ? 0 : 2;
}

function classify(inner: string): { name: string; kind: VariableKind; problem?: VariableProblem } {
  // Fast path for the usual well-formed placeholders; bodies can hold thousands of them.
  const simple = simpleKind(inner);
  if (simple === 1) return { name: inner, kind: 'positional' };
  if (simple === 2) return { name: inner, kind: 'named' };
  const name = inner.trim();
  const kind: VariableKind = POSITIONAL.test(name) ? 'positional' : 'named';
  let problem: VariableProblem | undefined;
  if (name === '') problem = 'empty';
  else if (SPECIAL.test(name)) problem = 'special-characters';
  else if (name !== inner) problem = 'whitespace';
  else if (kind === 'named' && !VALID_NAMED.test(name)) problem = 'invalid-name';
  return problem ? { name, kind, problem } : { name, kind };
}

function runLength(text: string, at: number, ch: string): number {
  let n = 0;
  while (text[at + n] === ch) n++;
  return n;
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at === -1 ? text.length : at;
}

/** Never throws: a non-string input yields no variables. */
export function extractVariables(text: string): ExtractedVariables {
  const variables: VariableToken[] = [];
  const malformed: MalformedBrace[] = [];
  if (typeof text !== 'string') return { variables, malformed };
  const len = text.length;
  const bad = (start: number, end: number, reason: MalformedReason) =>
    malformed.push({ start, end, text: text.slice(start, end), reason });

  let i = 0;
  let nextOpen = -1;
  let nextClose = -1;
  while (i < len) {
    const ch = text[i];
    if (ch === '}') {
      const run = runLength(text, i, '}');
      if (run >= 2) bad(i, i + run, 'unopened');
      i += run;
      continue;
    }
    if (ch !== '{') {
      // Jump to the next brace of either kind (indexOf is much faster than stepping through long text).
      if (nextOpen < i) nextOpen = indexOrEnd(text, '{', i);
      if (nextClose < i) nextClose = indexOrEnd(text, '}', i);
      i = Math.min(nextOpen, nextClose);
      continue;
    }
    const open = runLength(text, i, '{');
    // Scan the inside up to the next brace of either kind.
    let j = i + open;
    const limit = Math.min(len, j + MAX_INNER);
    while (j < limit && text[j] !== '{' && text[j] !== '}') j++;
    const inner = text.slice(i + open, j);
    const close = text[j] === '}' ? runLength(text, j, '}') : 0;
    if (close === 0) {
      // Nothing closes it before the next `{` (or the end): a lone `{` is ordinary text, `{{` is unclosed.
      if (open >= 2) bad(i, i + open, 'unclosed');
      i += open;
      continue;
    }
    const end = j + close;
    if (open === 2 && close === 2) {
      const { name, kind, problem } = classify(inner);
      const token: VariableToken = { name, kind, start: i, end, raw: text.slice(i, end) };
      if (problem) token.problem = problem;
      variables.push(token);
    } else if (open === 1 && close === 1) {
      // `{word}` is often a typo for `{{word}}`; other single-brace text (e.g. `{ }`, `{a b}`) is left alone.
      if (PARAM_LIKE.test(inner)) bad(i, end, 'single-braces');
    } else if (open >= 3 || close >= 3) {
      bad(i, end, 'extra-braces');
    } else {
      bad(i, end, 'mismatched');
    }
    i = end;
  }
  return { variables, malformed };
}
