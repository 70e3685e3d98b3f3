import { type DragEvent, useId, useRef, useState } from 'react';
import { useLang, useT } from '@/components/i18n';
import { activeCardOf, newUserCardId, useSettings } from '@/components/settings';
import { Button, Notice } from '@/components/ui';
import { isIsoDate } from '@/core/pricing/dates';
import type { CsvError, RateCardImport } from '@/core/pricing/rate-card-csv';
import type { RateCard } from '@/core/pricing/schema';
import { type CardDiff, diffCards } from './card-diff';
import { formatDelta, formatRateOrUnknown, RATE_FIELD_KEY } from './format';
import { importCsvOffThread } from './import-runner';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'failed'; errors: CsvError[] }
  | { step: 'preview'; card: RateCard; warnings: string[]; diff: CardDiff; against: RateCard }
  | { step: 'applied'; name: string };

/** Reads a dropped/picked file as text; resolves null when the browser cannot read it. */
function readFile(file: File): Promise<string | null> {
  return file.text().catch(() => null);
}

export function ImportTab() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const ids = { file: useId(), tiers: useId(), paste: useId(), name: useId(), date: useId(), dateError: useId() };
  const [text, setText] = useState('');
  // A picked/dropped file is kept apart from the paste box: mirroring a 1 MB file into a <textarea> costs a long
  // layout on the main thread, which is what the worker import is there to avoid.
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [tiers, setTiers] = useState<{ name: string; text: string } | null>(null);
  const [name, setName] = useState('');
  const [effectiveDate, setEffectiveDate] = useState('');
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [inputProblem, setInputProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const runRef = useRef(0);
  const dateInvalid = effectiveDate.trim() !== '' && !isIsoDate(effectiveDate.trim());

  const check = async (csv: string, sourceName: string | null) => {
    if (!csv.trim()) {
      setInputProblem(t('import.empty'));
      return;
    }
    if (dateInvalid) return;
    setInputProblem(null);
    const run = ++runRef.current;
    setState({ step: 'reading' });
    // Meta's downloads and our shared copies carry the date in the file name (…-2026-07-01.csv): used only when
    // neither the user nor the file gives one. The preview shows the date before anything is applied.
    const dateFromFileName = sourceName ? /(\d{4}-\d{2}-\d{2})/.exec(sourceName)?.[1] : undefined;
    const result: RateCardImport = await importCsvOffThread(csv, {
      id: newUserCardId(),
      ...(name.trim() ? { name: name.trim() } : sourceName ? { name: sourceName.replace(/\.csv$/i, '') } : {}),
      ...(effectiveDate.trim() ? { effectiveDate: effectiveDate.trim() } : {}),
      ...(dateFromFileName && isIsoDate(dateFromFileName) ? { fallbackEffectiveDate: dateFromFileName } : {}),
      ...(tiers ? { tiersCsv: tiers.text } : {}),
      source: sourceName ? t('import.sourceFile', { file: sourceName }) : t('import.sourcePasted'),
    });
    if (run !== runRef.current) return; // a newer check started meanwhile
    if (!result.ok) {
      setState({ step: 'failed', errors: result.errors });
      return;
    }
    const against = activeCardOf(settings);
    setState({
      step: 'preview',
      card: result.card,
      warnings: result.warnings,
      diff: diffCards(against, result.card),
      against,
    });
  };

  const takeFile = async (picked: File | undefined) => {
    if (!picked) return;
    const content = await readFile(picked);
    if (content === null) {
      setInputProblem(t('import.fileError'));
      return;
    }
    setFile({ name: picked.name, text: content });
    await check(content, picked.name);
  };

  const apply = async (card: RateCard) => {
    const result = await settings.setRateCards((current) => ({
      userCards: [...current.userCards, card],
      activeCardId: card.id,
    }));
    if (result.ok) setState({ step: 'applied', name: card.name });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void takeFile(event.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('options.tab.import')}</h2>
      <p>{t('import.intro')}</p>

      <div className="tl-row">
        <div className="tl-field">
          <label htmlFor={ids.name}>{t('import.name')}</label>
          <input id={ids.name} className="tl-input" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="tl-field">
          <label htmlFor={ids.date}>{t('import.effective')}</label>
          <input
            id={ids.date}
            className="tl-input"
            value={effectiveDate}
            placeholder="2026-10-01"
            aria-invalid={dateInvalid ? true : undefined}
            aria-describedby={dateInvalid ? ids.dateError : undefined}
            onChange={(e) => setEffectiveDate(e.target.value)}
          />
          {dateInvalid ? (
            <span id={ids.dateError} className="tl-error">
              {t('editor.dateInvalid')}
            </span>
          ) : null}
        </div>
      </div>

      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse convenience; the file input inside is the keyboard path. */}
      <div
        className="tl-dropzone"
        data-active={dragging}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className="tl-field">
          <label htmlFor={ids.file}>{t('import.file')}</label>
          <input
            id={ids.file}
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(event) => void takeFile(event.target.files?.[0])}
          />
        </div>
        <p className="tl-hint">{dragging ? t('import.dropActive') : t('import.drop')}</p>
        {file ? <p>{t('import.fileLoaded', { name: file.name })}</p> : null}
      </div>

      <div className="tl-field">
        <label htmlFor={ids.tiers}>{t('import.tiersFile')}</label>
        <input
          id={ids.tiers}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (!file) {
              setTiers(null);
              return;
            }
            void readFile(file).then((content) => {
              if (content === null) setInputProblem(t('import.fileError'));
              else setTiers({ name: file.name, text: content });
            });
          }}
        />
        {tiers ? <span className="tl-hint">{t('import.tiersLoaded', { name: tiers.name })}</span> : null}
      </div>

      <div className="tl-field">
        <label htmlFor={ids.paste}>{t('import.paste')}</label>
        <textarea
          id={ids.paste}
          className="tl-textarea"
          rows={8}
          value={text}
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            setFile(null);
          }}
        />
      </div>
      <Button
        variant="primary"
        disabled={state.step === 'reading'}
        onClick={() => void (file ? check(file.text, file.name) : check(text, null))}
      >
        {t('import.check')}
      </Button>

      {inputProblem ? <Notice kind="error">{inputProblem}</Notice> : null}
      {state.step === 'reading' ? (
        <p role="status" aria-busy="true">
          {t('import.reading')}
        </p>
      ) : null}
      {state.step === 'failed' ? <ImportErrors errors={state.errors} /> : null}
      {state.step === 'applied' ? <Notice kind="success">{t('import.applied', { name: state.name })}</Notice> : null}
      {state.step === 'preview' ? (
        <section aria-labelledby="preview-heading">
          <h3 id="preview-heading">
            {t('import.preview', {
              name: state.card.name,
              markets: Object.keys(state.card.markets).length,
              currency: state.card.currency,
              date: state.card.effectiveDate,
            })}
          </h3>
          {state.warnings.length > 0 ? (
            <Notice kind="info" live={false}>
              <p>{t('import.warnings')}</p>
              <ul>
                {state.warnings.map((warning) => (
                  <li key={warning} lang="en">
                    {warning}
                  </li>
                ))}
              </ul>
            </Notice>
          ) : null}
          <DiffView diff={state.diff} against={state.against} imported={state.card} lang={lang} />
          <div className="tl-row">
            <Button variant="primary" onClick={() => void apply(state.card)}>
              {t('import.apply')}
            </Button>
            <Button onClick={() => setState({ step: 'idle' })}>{t('import.discard')}</Button>
          </div>
        </section>
      ) : null}
    </section>
  );
}

function ImportErrors({ errors }: { errors: CsvError[] }) {
  const t = useT();
  return (
    <div>
      <Notice kind="error">{t('import.errors', { count: errors.length })}</Notice>
      <table className="tl-table">
        <thead>
          <tr>
            <th scope="col">{t('import.col.line')}</th>
            <th scope="col">{t('import.col.column')}</th>
            <th scope="col">{t('import.col.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one line can carry several errors; order is stable.
            <tr key={index}>
              <td className="num">{error.line || '—'}</td>
              <td>{error.column ?? '—'}</td>
              {/* The importer's messages are in English only (core/pricing): say so to screen readers. */}
              <td lang="en">{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DiffView({
  diff,
  against,
  imported,
  lang,
}: {
  diff: CardDiff;
  against: RateCard;
  imported: RateCard;
  lang: ReturnType<typeof useLang>;
}) {
  const t = useT();
  const unknown = t('import.unknownRate');
  return (
    <section aria-labelledby="diff-heading">
      <h4 id="diff-heading">{t('import.diff', { name: against.name })}</h4>
      {!diff.sameCurrency ? (
        <p>{t('import.currencyDiffers', { active: against.currency, imported: imported.currency })}</p>
      ) : null}
      {diff.added.length > 0 ? (
        <>
          <h5>{t('import.added', { count: diff.added.length })}</h5>
          <p>{diff.added.join(', ')}</p>
        </>
      ) : null}
      {diff.removed.length > 0 ? (
        <>
          <h5>{t('import.removed', { count: diff.removed.length })}</h5>
          <p>{diff.removed.join(', ')}</p>
        </>
      ) : null}
      {diff.changed.length === 0 && diff.added.length === 0 && diff.removed.length === 0 ? (
        <p>{t('import.noChanges')}</p>
      ) : null}
      {diff.changed.length > 0 ? (
        <table className="tl-table">
          <caption>{t('import.changed', { count: diff.changed.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.col.market')}</th>
              <th scope="col">{t('import.col.category')}</th>
              <th scope="col">{t('import.col.before')}</th>
              <th scope="col">{t('import.col.after')}</th>
              <th scope="col">{t('import.col.change')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.changed.map((change) => (
              <tr key={`${change.market}-${change.field}`}>
                <th scope="row">{change.market}</th>
                <td>{t(RATE_FIELD_KEY[change.field])}</td>
                <td className="num">{formatRateOrUnknown(change.before, against.currency, lang, unknown)}</td>
                <td className="num">{formatRateOrUnknown(change.after, imported.currency, lang, unknown)}</td>
                <td
                  className={`num ${change.delta === null || change.delta === 0 ? '' : change.delta > 0 ? 'tl-up' : 'tl-down'}`}
                >
                  {change.delta === null ? '—' : formatDelta(change.delta, change.percent, imported.currency, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
