import { type ReactNode, useId, useState } from 'react';
import { createT, pickLocalized } from '@/components/i18n/translate';
import type { FieldRef, TemplateDraft } from '@/core/template/schema';
import type { Analysis, LintFinding, RuleHit, Severity, Signal, Span, UiLang, VerdictCode } from '@/core/types';
import './analysis.css';
import { CategoryBadge } from './CategoryBadge';
import { CostBlock } from './CostBlock';
import type { CostResult } from './cost';
import { fieldKey, fieldText } from './fields';
import { Heading, type HeadingLevel } from './Heading';
import { HighlightedText } from './HighlightedText';

export interface AnalysisViewProps {
  analysis: Analysis;
  /** The draft the analysis was made from: evidence offsets point into its fields. */
  draft: TemplateDraft;
  /** From summarizeCost(); null/undefined hides the cost block. */
  cost?: CostResult | null;
  lang: UiLang;
  /** Level of the section headings, so each host keeps a sound outline. Default 3. */
  headingLevel?: HeadingLevel;
  /** Show at most this many rule hits and lint findings at first, with a "show all" button. Default: all. */
  maxFindings?: number;
}

type Tone = 'ok' | 'warning' | 'error' | 'neutral';

const TONE: Record<VerdictCode, Tone> = {
  ok: 'ok',
  'no-selection': 'neutral',
  'will-be-marketing': 'warning',
  'could-be-utility': 'warning',
  uncertain: 'warning',
  'will-be-rejected-otp': 'error',
  'auth-not-compliant': 'error',
  empty: 'neutral',
  'not-detected': 'neutral',
};

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The whole result for one template: predicted vs selected category, confidence, Meta's likely verdict,
 * the evidence (each rule hit with the phrase marked in a copy of the field text, Meta's wording, the fix),
 * structural findings by severity, and the cost. Presentational: everything comes in through props.
 */
export function AnalysisView({ analysis, draft, cost, lang, headingLevel = 3, maxFindings }: AnalysisViewProps) {
  const t = createT(lang);
  const [showAll, setShowAll] = useState(false);
  const limit = showAll || maxFindings === undefined ? Number.POSITIVE_INFINITY : maxFindings;
  const hits = analysis.hits.slice(0, limit);
  const lint = analysis.lint.slice(0, Math.max(0, limit - hits.length));
  const hidden = analysis.hits.length + analysis.lint.length - hits.length - lint.length;
  const percent = Math.round(Math.max(0, Math.min(1, analysis.confidence)) * 100);
  const subLevel = Math.min(headingLevel + 1, 5) as HeadingLevel;

  return (
    <div
      className="tla"
      data-testid="analysis-view"
      data-category={analysis.category}
      data-verdict={analysis.verdict.code}
      data-certainty={analysis.certainty}
    >
      <div className="tla-summary">
        <p className="tla-categories">
          <span className="tla-label">{t('analysis.predicted')}</span>{' '}
          <CategoryBadge category={analysis.category} lang={lang} />{' '}
          <span className="tla-label">{t('analysis.selected')}</span>{' '}
          {analysis.selectedCategory ? (
            <CategoryBadge category={analysis.selectedCategory} lang={lang} />
          ) : (
            <span className="tla-muted">{t('analysis.notSelected')}</span>
          )}
        </p>
        <p className="tla-confidence">
          <span>{t('analysis.confidence', { percent })}</span>
          <span className="tla-meter" aria-hidden="true">
            <span style={{ width: `${percent}%` }} />
          </span>
          <span className="tla-certainty" data-certainty={analysis.certainty}>
            {t(`analysis.certainty.${analysis.certainty}`)}
          </span>
        </p>
        <p className="tla-verdict" data-tone={TONE[analysis.verdict.code] ?? 'neutral'}>
          {pickLocalized(analysis.verdict.message, lang)}
        </p>
      </div>

      <section className="tla-section" aria-label={t('analysis.evidenceTitle')}>
        <Heading level={headingLevel}>{t('analysis.evidence', { count: analysis.hits.length })}</Heading>
        {analysis.hits.length === 0 ? (
          <p className="tla-muted">{t('analysis.noEvidence')}</p>
        ) : (
          <ul className="tla-list">
            {hits.map((hit, index) => (
              <HitItem
                key={`${hit.ruleId}:${hit.evidence[0]?.field ?? ''}:${hit.evidence[0]?.start ?? ''}`}
                hit={hit}
                draft={draft}
                lang={lang}
                initiallyOpen={index === 0}
              />
            ))}
          </ul>
        )}
      </section>

      {analysis.signals.length > 0 ? <SignalList signals={analysis.signals} lang={lang} level={headingLevel} /> : null}

      <section className="tla-section" aria-label={t('analysis.lintTitle')}>
        <Heading level={headingLevel}>{t('analysis.lint', { count: analysis.lint.length })}</Heading>
        {analysis.lint.length === 0 ? (
          <p className="tla-muted">{t('analysis.noLint')}</p>
        ) : (
          SEVERITIES.map((severity) => {
            const group = lint.filter((finding) => finding.severity === severity);
            if (group.length === 0) return null;
            return (
              <div key={severity} className="tla-lintgroup" data-severity={severity}>
                <Heading level={subLevel}>
                  {t(`analysis.severity.${severity}`)} ({group.length})
                </Heading>
                <ul className="tla-list">
                  {group.map((finding) => (
                    <LintItem
                      key={`${finding.id}:${finding.span?.field ?? ''}:${finding.span?.start ?? ''}:${finding.message.en}`}
                      finding={finding}
                      draft={draft}
                      lang={lang}
                    />
                  ))}
                </ul>
              </div>
            );
          })
        )}
      </section>

      {hidden > 0 ? (
        <button type="button" className="tla-more" onClick={() => setShowAll(true)}>
          {t('analysis.showAll', { count: hidden })}
        </button>
      ) : null}

      {cost ? <CostBlock cost={cost} lang={lang} headingLevel={headingLevel} /> : null}
    </div>
  );
}

function fieldLabel(field: FieldRef, lang: UiLang): string {
  const t = createT(lang);
  const { key, n } = fieldKey(field);
  return t(`analysis.field.${key}`, n === undefined ? undefined : { n });
}

/** Evidence of one field: the field's text with every span marked, or the spans alone if the text changed since. */
function EvidenceInField({
  field,
  spans,
  draft,
  lang,
}: {
  field: FieldRef;
  spans: Span[];
  draft: TemplateDraft;
  lang: UiLang;
}) {
  const text = fieldText(draft, field);
  const fits = spans.every((span) => text.slice(span.start, span.end) === span.text);
  return (
    <div className="tla-evidence">
      <p className="tla-fieldlabel">{fieldLabel(field, lang)}</p>
      {fits ? (
        <HighlightedText text={text} ranges={spans} lang={draft.language?.slice(0, 2)} />
      ) : (
        <p className="tla-fieldtext">
          {spans.map((span, i) => (
            <span key={`${span.start}-${span.end}`}>
              {i > 0 ? ' … ' : null}
              <mark>{span.text}</mark>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

function groupByField(spans: readonly Span[]): Array<[FieldRef, Span[]]> {
  const groups = new Map<FieldRef, Span[]>();
  for (const span of spans) {
    const list = groups.get(span.field) ?? [];
    list.push(span);
    groups.set(span.field, list);
  }
  return [...groups];
}

function MetaQuote({ quote, section, lang }: { quote: string; section: string; lang: UiLang }) {
  const t = createT(lang);
  if (!quote && !section) return null;
  return (
    <figure className="tla-quote">
      {quote ? <blockquote lang="en">{quote}</blockquote> : null}
      <figcaption>{t('analysis.metaSource', { section })}</figcaption>
    </figure>
  );
}

function Disclosure({
  label,
  children,
  initiallyOpen = false,
  prefix,
  between,
}: {
  label: string;
  children: ReactNode;
  initiallyOpen?: boolean;
  prefix?: ReactNode;
  /** Always shown under the button, open or not (the matched phrases). */
  between?: ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="tla-disclosure"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="tla-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {prefix}
        <span>{label}</span>
      </button>
      {between}
      <div id={id} className="tla-details" hidden={!open}>
        {children}
      </div>
    </>
  );
}

function HitItem({
  hit,
  draft,
  lang,
  initiallyOpen,
}: {
  hit: RuleHit;
  draft: TemplateDraft;
  lang: UiLang;
  initiallyOpen: boolean;
}) {
  const t = createT(lang);
  const phrases = [...new Set(hit.evidence.map((span) => span.text.trim()).filter(Boolean))];
  return (
    <li className="tla-finding" data-rule={hit.ruleId}>
      <Disclosure
        label={pickLocalized(hit.title, lang)}
        initiallyOpen={initiallyOpen}
        prefix={<CategoryBadge category={hit.category} lang={lang} />}
        between={
          phrases.length > 0 ? (
            <p className="tla-phrases">
              {phrases.map((phrase, i) => (
                <span key={phrase}>
                  {i > 0 ? ', ' : null}“{phrase}”
                </span>
              ))}
            </p>
          ) : null
        }
      >
        {phrases.length > 0 ? null : <p className="tla-muted">{t('analysis.noPhrase')}</p>}
        {groupByField(hit.evidence).map(([field, spans]) => (
          <EvidenceInField key={field} field={field} spans={spans} draft={draft} lang={lang} />
        ))}
        <MetaQuote quote={hit.source.quote} section={hit.source.section} lang={lang} />
        <p className="tla-fix">
          <strong>{t('analysis.fix')}</strong> {pickLocalized(hit.suggestion, lang)}
        </p>
      </Disclosure>
    </li>
  );
}

/** What the model weighed most, each with the words behind it: the explanation of its probability. */
function SignalList({ signals, lang, level }: { signals: readonly Signal[]; lang: UiLang; level: HeadingLevel }) {
  const t = createT(lang);
  return (
    <section className="tla-section" aria-label={t('analysis.signalsTitle')}>
      <Heading level={level}>{t('analysis.signals', { count: signals.length })}</Heading>
      <ul className="tla-signals">
        {signals.map((signal) => {
          const words = [...new Set(signal.evidence.map((span) => span.text.trim()).filter(Boolean))].slice(0, 4);
          return (
            <li key={signal.feature} data-feature={signal.feature}>
              <CategoryBadge category={signal.toward} lang={lang} /> {pickLocalized(signal.title, lang)}
              {words.length > 0 ? <span className="tla-muted"> ({words.map((w) => `“${w}”`).join(', ')})</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function LintItem({ finding, draft, lang }: { finding: LintFinding; draft: TemplateDraft; lang: UiLang }) {
  const t = createT(lang);
  return (
    <li className="tla-finding" data-lint={finding.id} data-severity={finding.severity}>
      <Disclosure label={pickLocalized(finding.message, lang)}>
        {finding.span ? (
          <EvidenceInField field={finding.span.field} spans={[finding.span]} draft={draft} lang={lang} />
        ) : null}
        <MetaQuote quote={finding.source.quote} section={finding.source.section} lang={lang} />
        <p className="tla-fix">
          <strong>{t('analysis.fix')}</strong> {pickLocalized(finding.suggestion, lang)}
        </p>
      </Disclosure>
    </li>
  );
}
