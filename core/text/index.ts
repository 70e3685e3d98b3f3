export {
  checkPattern,
  compilePhrases,
  expandPattern,
  type PhraseMatch,
  type PhraseMatcher,
  type PhraseSpec,
} from './match';
export { foldPattern, type NormalizedText, normalizeForMatch, toOriginalRange } from './normalize';
export { EMOJI, URL_LIKE } from './patterns';
