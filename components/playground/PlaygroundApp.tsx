import { type ReactNode, useId, useMemo, useState } from 'react';
import { useDocumentLanguage, useLang, useT } from '@/components/i18n/react';
import { categoryName, pickLocalized } from '@/components/i18n/translate';
import { Panel } from '@/components/panel/Panel';
import { computePanelResult, contractAttributes } from '@/components/panel/result';
import { useSettings } from '@/components/settings/store';
import { CATEGORIES, HEADER_FORMATS } from '@/core/template/schema';
import {
  bodyVariables,
  draftFromEditor,
  type EditorState,
  EMPTY_EDITOR,
  type PlaygroundButton,
  type PlaygroundButtonType,
} from './editor-state';
import './playground.css';
import { PLAYGROUND_PRESETS } from './presets';

const BUTTON_TYPES: readonly PlaygroundButtonType[] = ['QUICK_REPLY', 'URL', 'PHONE_NUMBER', 'COPY_CODE'];
const LANGUAGES = ['en_US', 'en_GB', 'es_ES', 'es_MX', 'es_AR', 'pt_BR', 'pt_PT', 'it', 'fr', 'de', 'id', 'hi'];
const MAX_BUTTONS = 10;

function Field({ label, counter, children }: { label: string; counter?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="pg-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {counter ? (
        <span className="pg-counter" aria-hidden="true">
          {counter}
        </span>
      ) : null}
    </div>
  );
}

/**
 * A stand-in for WhatsApp Manager's template editor with the same panel the content script shows, so anyone
 * can try Template Lens without a Meta account. The draft goes to the panel in the Graph API shape the
 * content script produces from Meta's page.
 */
export function PlaygroundApp() {
  const lang = useLang();
  const t = useT();
  const settings = useSettings((s) => s);
  const [state, setState] = useState<EditorState>(PLAYGROUND_PRESETS[0]?.state ?? EMPTY_EDITOR);
  const [preset, setPreset] = useState(PLAYGROUND_PRESETS[0]?.id ?? '');
  const [collapsed, setCollapsed] = useState(false);
  const set = (patch: Partial<EditorState>) => setState((s) => ({ ...s, ...patch }));
  const setButton = (i: number, patch: Partial<PlaygroundButton>) =>
    setState((s) => ({ ...s, buttons: s.buttons.map((b, j) => (j === i ? { ...b, ...patch } : b)) }));

  useDocumentLanguage('playground.title');

  const draft = useMemo(() => draftFromEditor(state), [state]);
  const result = useMemo(() => computePanelResult(draft, settings), [draft, settings]);
  const variables = bodyVariables(state.body);

  return (
    <div className="pg">
      <main className="pg-editor">
        <h1>{t('playground.title')}</h1>
        <p className="pg-intro">{t('playground.intro')}</p>
        <Field label={t('playground.preset')}>
          {(id) => (
            <select
              id={id}
              value={preset}
              onChange={(e) => {
                setPreset(e.target.value);
                const chosen = PLAYGROUND_PRESETS.find((p) => p.id === e.target.value);
                setState(chosen ? chosen.state : EMPTY_EDITOR);
              }}
            >
              <option value="">{t('playground.presetNone')}</option>
              {PLAYGROUND_PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {pickLocalized(p.title, lang)}
                </option>
              ))}
            </select>
          )}
        </Field>

        <fieldset className="pg-group">
          <legend>{t('playground.category')}</legend>
          {(['', ...CATEGORIES] as const).map((c) => (
            <label key={c || 'none'} className="pg-radio">
              <input
                type="radio"
                name="category"
                value={c}
                checked={state.category === c}
                onChange={() => set({ category: c })}
              />
              {c ? categoryName(c, lang) : t('playground.categoryNone')}
            </label>
          ))}
        </fieldset>

        <div className="pg-row">
          <Field label={t('playground.name')} counter={t('playground.counter', { n: state.name.length, max: 512 })}>
            {(id) => <input id={id} value={state.name} onChange={(e) => set({ name: e.target.value })} />}
          </Field>
          <Field label={t('playground.language')}>
            {(id) => (
              <select id={id} value={state.language} onChange={(e) => set({ language: e.target.value })}>
                {LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>

        <Field label={t('playground.header')}>
          {(id) => (
            <select
              id={id}
              value={state.headerFormat}
              onChange={(e) => set({ headerFormat: e.target.value as EditorState['headerFormat'] })}
            >
              <option value="NONE">{t('playground.headerNone')}</option>
              {HEADER_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f === 'TEXT' ? t('playground.headerText') : t('playground.headerMedia', { format: f })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {state.headerFormat === 'TEXT' ? (
          <Field
            label={t('playground.headerTextLabel')}
            counter={t('playground.counter', { n: state.headerText.length, max: 60 })}
          >
            {(id) => <input id={id} value={state.headerText} onChange={(e) => set({ headerText: e.target.value })} />}
          </Field>
        ) : null}

        <Field label={t('playground.body')} counter={t('playground.counter', { n: state.body.length, max: 1024 })}>
          {(id) => <textarea id={id} rows={7} value={state.body} onChange={(e) => set({ body: e.target.value })} />}
        </Field>

        {variables.length ? (
          <fieldset className="pg-group">
            <legend>{t('playground.samples')}</legend>
            {variables.map((name) => (
              <Field key={name} label={t('playground.sampleFor', { variable: `{{${name}}}` })}>
                {(id) => (
                  <input
                    id={id}
                    value={state.samples[name] ?? ''}
                    onChange={(e) => set({ samples: { ...state.samples, [name]: e.target.value } })}
                  />
                )}
              </Field>
            ))}
          </fieldset>
        ) : null}

        <Field label={t('playground.footer')} counter={t('playground.counter', { n: state.footer.length, max: 60 })}>
          {(id) => <input id={id} value={state.footer} onChange={(e) => set({ footer: e.target.value })} />}
        </Field>

        <fieldset className="pg-group">
          <legend>{t('playground.buttons')}</legend>
          {state.buttons.map((b, i) => {
            const n = i + 1;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: buttons have no identity beyond their position
              <div className="pg-button" key={i}>
                <Field label={t('playground.buttonType', { n })}>
                  {(id) => (
                    <select
                      id={id}
                      value={b.type}
                      onChange={(e) => setButton(i, { type: e.target.value as PlaygroundButtonType })}
                    >
                      {BUTTON_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {t(`playground.type.${type}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field
                  label={t('playground.buttonText', { n })}
                  counter={t('playground.counter', { n: b.text.length, max: 25 })}
                >
                  {(id) => <input id={id} value={b.text} onChange={(e) => setButton(i, { text: e.target.value })} />}
                </Field>
                {b.type !== 'QUICK_REPLY' ? (
                  <Field label={t('playground.buttonValue', { n })}>
                    {(id) => (
                      <input id={id} value={b.value} onChange={(e) => setButton(i, { value: e.target.value })} />
                    )}
                  </Field>
                ) : null}
                <button
                  type="button"
                  onClick={() => setState((s) => ({ ...s, buttons: s.buttons.filter((_, j) => j !== i) }))}
                >
                  {t('playground.removeButton', { n })}
                </button>
              </div>
            );
          })}
          <button
            type="button"
            disabled={state.buttons.length >= MAX_BUTTONS}
            onClick={() =>
              setState((s) => ({ ...s, buttons: [...s.buttons, { type: 'QUICK_REPLY', text: '', value: '' }] }))
            }
          >
            {t('playground.addButton')}
          </button>
        </fieldset>
      </main>
      <div className="pg-panel" data-testid="template-lens" {...contractAttributes(result)}>
        <Panel
          result={result}
          lang={lang}
          collapsed={collapsed}
          onCollapsedChange={setCollapsed}
          position="docked"
          placement={{ mode: 'docked' }}
        />
      </div>
    </div>
  );
}
