/**
 * The content script's DOM side, as used by index.tsx (and the playground / benchmarks):
 *
 *   const detector = startDetector({ root: document, win: window, onDraft, onStateChange });
 *   ctx.onInvalidated(() => detector.dispose());
 *   ctx.addEventListener(window, 'wxt:locationchange', () => detector.navigate());
 *   onDraft(detected) → detected ? analyzeTemplate(toTemplateDraft(detected)) : show "not detected"
 *
 * Context-menu fallback: attachToElement(el, window, onDraft) or draftFromText(selectionText).
 */
export type {
  DetectedAuthOptions,
  DetectedBody,
  DetectedButton,
  DetectedDraft,
  DetectedForm,
  DetectedHeader,
  Field,
  ToDraftOptions,
} from './detect/draft';
export { AUTH_PRESET_BODY, toTemplateDraft } from './detect/draft';
export type { DetectOptions, EditorMatch, PageReading, SetupReading } from './detect/extract';
export { readPage } from './detect/extract';
export type { DetectorHandle, DetectorOptions, DetectorState, DomWindow } from './detector';
export { attachToElement, draftFromText, startDetector } from './detector';
export { readEditableText } from './dom/text';
export type { WamRoute } from './route';
export { classifyWamUrl, isTemplateRoute } from './route';
