import { memo, useId } from 'react';
import { AnalysisView } from '@/components/analysis/AnalysisView';
import { CategoryBadge } from '@/components/analysis/CategoryBadge';
import { createT, pickLocalized } from '@/components/i18n/translate';
import type { PanelPosition } from '@/components/settings/preferences';
import type { UiLang } from '@/core/types';
import '@/components/analysis/analysis.css';
import './panel.css';
import type { PanelResult } from './result';

/**
 * The content script re-renders the panel on every scroll frame to keep it beside the editor; the analysis only
 * re-renders when its result changes.
 */
const StableAnalysisView = memo(AnalysisView);

export interface PanelPlacement {
  /** Where the panel sits: beside the editor (coordinates from the editor's box) or floating in a corner. */
  mode: 'docked' | 'floating';
  top?: number;
  left?: number;
}

export interface PanelProps {
  result: PanelResult;
  lang: UiLang;
  collapsed: boolean;
  onCollapsedChange(collapsed: boolean): void;
  position: PanelPosition;
  onPositionChange?(position: PanelPosition): void;
  placement: PanelPlacement;
  /** Set when the panel reads a field the user picked from the context menu. */
  attachedToField?: { onDetach(): void };
}

/**
 * The in-page panel: a header that always shows the predicted category and verdict, and a collapsible body
 * with the full analysis. Lives in a shadow root, so its styles and events stay apart from Meta's page.
 */
export function Panel({
  result,
  lang,
  collapsed,
  onCollapsedChange,
  position,
  onPositionChange,
  placement,
  attachedToField,
}: PanelProps) {
  const t = createT(lang);
  const bodyId = useId();
  const style =
    placement.mode === 'docked' && placement.top !== undefined && placement.left !== undefined
      ? { top: `${placement.top}px`, left: `${placement.left}px` }
      : undefined;
  const verdict = result.state === 'editor' ? pickLocalized(result.analysis.verdict.message, lang) : '';

  return (
    <aside className={`tlp tlp-${placement.mode}`} style={style} aria-label={t('panel.region')} lang={lang}>
      <div className="tlp-header">
        <button
          type="button"
          className="tlp-toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          onClick={() => onCollapsedChange(!collapsed)}
        >
          <span className="tlp-name">Template Lens</span>
          <span className="tla-visually-hidden">{collapsed ? t('panel.show') : t('panel.hide')}</span>
        </button>
        {result.state === 'editor' ? <CategoryBadge category={result.analysis.category} lang={lang} /> : null}
        {onPositionChange ? (
          <button
            type="button"
            className="tlp-position"
            onClick={() => onPositionChange(position === 'docked' ? 'floating' : 'docked')}
            title={position === 'docked' ? t('panel.float') : t('panel.dock')}
            aria-label={position === 'docked' ? t('panel.float') : t('panel.dock')}
          >
            {position === 'docked' ? '⇲' : '⇱'}
          </button>
        ) : null}
      </div>
      {/* The analysis repeats the verdict when open; collapsed, the header is all the user sees. */}
      {verdict && collapsed ? <p className="tlp-verdict">{verdict}</p> : null}
      <div id={bodyId} className="tlp-body" hidden={collapsed}>
        {attachedToField ? (
          <p className="tlp-attached">
            {t('panel.checking')}{' '}
            <button type="button" className="tlp-link" onClick={attachedToField.onDetach}>
              {t('panel.stopChecking')}
            </button>
          </p>
        ) : null}
        {/* Collapsed, the body is hidden: skip building the full analysis on every keystroke in Meta's editor. */}
        {collapsed ? null : result.state === 'editor' ? (
          <StableAnalysisView
            analysis={result.analysis}
            draft={result.draft}
            cost={result.cost}
            lang={lang}
            headingLevel={3}
            maxFindings={6}
          />
        ) : (
          <p className="tlp-quiet">{t('panel.notDetected')}</p>
        )}
      </div>
    </aside>
  );
}
