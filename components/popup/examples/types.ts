/** Shapes of the popup's example data (Categories tab). Every item says where it comes from. */
import type { Category } from '@/core/template/schema';
import type { Localized } from '@/core/types';

export type ExampleCategory = Category | 'SERVICE';

/** A product-brief example: written in Spanish first, with English and Portuguese translations. */
export interface BriefExample {
  id: string;
  category: Category;
  /** Short name of the use case ("Appointment reminder"). */
  title: Localized;
  /** The template body. `es` is the original; `en` and `pt` are translations. */
  text: Localized;
  /** Why it lands in this category, in plain words (DERIVED from Meta's rules unless it quotes them). */
  why: Localized;
  /** Where the example comes from. */
  source: string;
}

/** One of Meta's own guideline examples, verbatim (English). */
export interface MetaExample {
  id: string;
  category: Category;
  /** Meta's objective row ("Sales", "Order management"…). */
  objective: Localized;
  text: string;
  /** Section of ../shared/reference/meta-rules-and-pricing.md. */
  section: string;
}

/** A Utility text and the same text after one change that makes Meta approve it as Marketing. */
export interface BeforeAfterPair {
  id: string;
  /** The pattern (§1.5 of the reference), in the UI languages. */
  pattern: Localized;
  before: Localized;
  after: Localized;
  /** The §1.5 item the pair illustrates; the texts themselves are ours (DERIVED). */
  source: string;
}

export interface CategoryInfo {
  category: ExampleCategory;
  /** Who starts the message: a business template, or the customer (service). */
  startedBy: 'business' | 'customer';
  /** What qualifies, in Meta's words (English, verbatim) — quoted, with the section. */
  metaWords: string[];
  metaSection: string;
  /** The same rule explained in the UI languages (our paraphrase). */
  summary: Localized;
  /** How it is billed now (per-message pricing, from 2026-10-01). */
  billedToday: Localized;
  /** How it was billed under conversation-based pricing (2023-06-01 → 2025-06-30). */
  billedConversation: Localized;
}
