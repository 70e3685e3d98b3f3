import { useEffect, useId, useState } from 'react';
import { useT } from '@/components/i18n';

export interface NumberFieldProps {
  label: string;
  /** Visually hide the label (table cells); it stays the accessible name. */
  hideLabel?: boolean;
  value: number | null;
  /** Called only with a valid value, when the field is left or Enter is pressed. */
  onCommit: (value: number | null) => void;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Most digits allowed after the decimal mark (rates are stored in micros: 6). */
  maxFractionDigits?: number;
  /** Empty means "unknown" (null) instead of an error. */
  allowEmpty?: boolean;
  hint?: string;
  suffix?: string;
  /** An extra check after the number itself is valid (e.g. "mix must total 100"); returns a message or null. */
  extraError?: string | null;
  disabled?: boolean;
  inputClassName?: string;
}

/** Accepts "0.05" and "0,05" (comma decimals, as es/pt users type them). */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const normalised = trimmed.includes(',') && !trimmed.includes('.') ? trimmed.replace(',', '.') : trimmed;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised)) return Number.NaN;
  return Number(normalised);
}

/** Digits typed after the decimal mark ("0,000125" → 6). Exponent notation counts as written. */
function fractionDigits(text: string): number {
  const match = /[.,](\d+)/.exec(text.trim());
  return match?.[1]?.length ?? 0;
}

function formatForInput(value: number | null): string {
  return value === null ? '' : String(value);
}

/** A labelled number input that validates as you type and only commits valid values. Escape reverts. */
export function NumberField(props: NumberFieldProps) {
  const {
    label,
    hideLabel,
    value,
    onCommit,
    min,
    max,
    integer,
    maxFractionDigits,
    allowEmpty,
    hint,
    suffix,
    extraError,
  } = props;
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(formatForInput(value));
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    if (!editing) setDraft(formatForInput(value));
  }, [value, editing]);

  const validate = (text: string): { error: string | null; parsed: number | null } => {
    const parsed = parseDecimal(text);
    if (parsed === null) return { error: allowEmpty ? null : t('field.required'), parsed };
    if (Number.isNaN(parsed) || !Number.isFinite(parsed)) return { error: t('field.notNumber'), parsed };
    if (integer && !Number.isInteger(parsed)) return { error: t('field.wholeNumber'), parsed };
    if (maxFractionDigits !== undefined && fractionDigits(text) > maxFractionDigits) {
      return { error: t('field.decimals', { digits: maxFractionDigits }), parsed };
    }
    if (min !== undefined && parsed < min) return { error: t('field.min', { min }), parsed };
    if (max !== undefined && parsed > max) return { error: t('field.max', { max }), parsed };
    return { error: null, parsed };
  };

  const { error, parsed } = validate(draft);
  const shownError = error ?? extraError ?? null;

  const commit = () => {
    setEditing(false);
    if (error) return;
    if (parsed !== value) onCommit(parsed);
  };

  const describedBy = [hint ? `${id}-hint` : null, shownError ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <div className={hideLabel ? undefined : 'tl-field'}>
      <label htmlFor={id} className={hideLabel ? 'tl-visually-hidden' : undefined}>
        {label}
      </label>
      <span className="tl-row">
        <input
          id={id}
          className={`tl-input ${props.inputClassName ?? ''}`.trim()}
          type="text"
          inputMode={integer ? 'numeric' : 'decimal'}
          value={draft}
          disabled={props.disabled}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => {
            setEditing(true);
            setDraft(event.target.value);
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') {
              setEditing(false);
              setDraft(formatForInput(value));
            }
          }}
        />
        {suffix ? <span aria-hidden="true">{suffix}</span> : null}
      </span>
      {hint ? (
        <span id={`${id}-hint`} className="tl-hint">
          {hint}
        </span>
      ) : null}
      {shownError ? (
        <span id={`${id}-error`} className="tl-error">
          {shownError}
        </span>
      ) : null}
    </div>
  );
}
