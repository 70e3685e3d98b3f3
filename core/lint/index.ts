/**
 * Structural lint: every published limit and rejection reason in meta-rules-and-pricing.md §5 (plus the
 * authentication constraints of §1.4), one rule per file in ./rules. Severity: error = Meta rejects the template,
 * warning = a risk (BSP-reported or DERIVED), info = worth knowing.
 */
import type { Category, TemplateDraft } from '../template/schema';
import type { LintFinding } from '../types';
import { buildContext, type LintRule, MAX_REPORTED } from './rule';
import { rule as adjacentVariables } from './rules/adjacent-variables';
import { rule as authNoEmoji } from './rules/auth-no-emoji';
import { rule as authNoMedia } from './rules/auth-no-media';
import { rule as authNoUrl } from './rules/auth-no-url';
import { rule as authOtpButton } from './rules/auth-otp-button';
import { rule as authParameterLength } from './rules/auth-parameter-length';
import { rule as bodyLength } from './rules/body-length';
import { rule as bodyRequired } from './rules/body-required';
import { rule as bracesMalformed } from './rules/braces-malformed';
import { rule as buttonCount } from './rules/button-count';
import { rule as buttonPhoneLength } from './rules/button-phone-length';
import { rule as buttonTargetMissing } from './rules/button-target-missing';
import { rule as buttonTextLength } from './rules/button-text-length';
import { rule as buttonUrlLength } from './rules/button-url-length';
import { rule as buttonsCollapse } from './rules/buttons-collapse';
import { rule as callPermissionAlone } from './rules/call-permission-alone';
import { rule as carouselCardBodyLength } from './rules/carousel-card-body-length';
import { rule as carouselCardButtons } from './rules/carousel-card-buttons';
import { rule as carouselCardCount } from './rules/carousel-card-count';
import { rule as carouselCardHeader } from './rules/carousel-card-header';
import { rule as carouselCardsConsistent } from './rules/carousel-cards-consistent';
import { rule as catalogStructure } from './rules/catalog-structure';
import { rule as codeExpirationRange } from './rules/code-expiration-range';
import { rule as componentDuplicate } from './rules/component-duplicate';
import { rule as copyCodeExampleLength } from './rules/copy-code-example-length';
import { rule as footerLength } from './rules/footer-length';
import { rule as footerVariables } from './rules/footer-variables';
import { rule as formatCategory } from './rules/format-category';
import { rule as headerFormatting } from './rules/header-formatting';
import { rule as headerGif } from './rules/header-gif';
import { rule as headerLength } from './rules/header-length';
import { rule as headerVariables } from './rules/header-variables';
import { rule as namedParameterFormat } from './rules/named-parameter-format';
import { rule as namedParameterUnique } from './rules/named-parameter-unique';
import { rule as offerStructure } from './rules/offer-structure';
import { rule as offerText } from './rules/offer-text';
import { rule as quickRepliesGrouped } from './rules/quick-replies-grouped';
import { rule as samplesMissing } from './rules/samples-missing';
import { rule as sensitiveIdentifiers } from './rules/sensitive-identifiers';
import { rule as templateName } from './rules/template-name';
import { rule as threateningLanguage } from './rules/threatening-language';
import { rule as unsupportedComponent } from './rules/unsupported-component';
import { rule as urlVariablePosition } from './rules/url-variable-position';
import { rule as variableAtEnd } from './rules/variable-at-end';
import { rule as variableAtStart } from './rules/variable-at-start';
import { rule as variableDensity } from './rules/variable-density';
import { rule as variableSpecialCharacters } from './rules/variable-special-characters';
import { rule as variablesSequential } from './rules/variables-sequential';

export type { LintContext, LintRule } from './rule';

/** Every rule, in report order. */
export const LINT_RULES: readonly LintRule[] = [
  adjacentVariables,
  authNoEmoji,
  authNoMedia,
  authNoUrl,
  authOtpButton,
  authParameterLength,
  bodyLength,
  bodyRequired,
  bracesMalformed,
  buttonCount,
  buttonPhoneLength,
  buttonsCollapse,
  buttonTargetMissing,
  buttonTextLength,
  buttonUrlLength,
  callPermissionAlone,
  carouselCardBodyLength,
  carouselCardButtons,
  carouselCardCount,
  carouselCardHeader,
  carouselCardsConsistent,
  catalogStructure,
  codeExpirationRange,
  componentDuplicate,
  copyCodeExampleLength,
  footerLength,
  footerVariables,
  formatCategory,
  headerFormatting,
  headerGif,
  headerLength,
  headerVariables,
  namedParameterFormat,
  namedParameterUnique,
  offerStructure,
  offerText,
  quickRepliesGrouped,
  samplesMissing,
  sensitiveIdentifiers,
  templateName,
  threateningLanguage,
  unsupportedComponent,
  urlVariablePosition,
  variableAtEnd,
  variableAtStart,
  variableDensity,
  variableSpecialCharacters,
  variablesSequential,
];

export interface LintOptions {
  /**
   * Category to assume when the draft has none selected (e.g. the predicted one), so authentication-only rules
   * apply and Meta's preset OTP text ("{{1}} is your verification code.") is not flagged as starting with a variable.
   */
  assumeCategory?: Category;
}

/** Rules that only apply to authentication templates (downgraded to warnings when authentication is only assumed). */
const AUTH_RULE = /^auth-/;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Lints one draft. Never throws: a rule that fails on odd input is skipped. Findings are sorted errors first. */
export function lintTemplate(draft: TemplateDraft, options: LintOptions = {}): LintFinding[] {
  let ctx: ReturnType<typeof buildContext>;
  try {
    ctx = buildContext(draft ?? { components: [] }, options?.assumeCategory);
  } catch {
    ctx = buildContext({ components: [] });
  }
  const findings: LintFinding[] = [];
  for (const rule of LINT_RULES) {
    try {
      const found = rule.check(ctx);
      // A pathological draft (thousands of variables) must not produce thousands of findings.
      for (const f of found.length > MAX_REPORTED ? found.slice(0, MAX_REPORTED) : found) {
        findings.push(
          ctx.authenticationAssumed && AUTH_RULE.test(f.id) && f.severity === 'error'
            ? { ...f, severity: 'warning' }
            : f,
        );
      }
    } catch {
      // Defensive: lint must not throw out of the public function; the rule simply reports nothing.
    }
  }
  // Array sort is stable: within a severity, findings keep rule order.
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
