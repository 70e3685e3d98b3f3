/**
 * Every language's concept lexicon. Adding a language = adding a file here and listing it; the meta-test
 * (test/unit/classify/concepts.test.ts) checks that every file is listed and covers every concept.
 */
import ar from './ar';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import hi from './hi';
import id from './id';
import it from './it';
import pt from './pt';
import tr from './tr';
import type { Lexicon } from './types';

export const LEXICONS: readonly Lexicon[] = [en, pt, es, it, fr, de, id, hi, tr, ar];
