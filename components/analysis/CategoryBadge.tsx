import { categoryName, type NamedCategory } from '@/components/i18n/translate';
import type { UiLang } from '@/core/types';
import './analysis.css';

export { categoryName } from '@/components/i18n/translate';
export type BadgeCategory = NamedCategory;

/** The category as a coloured pill; the name is always written out, so colour is never the only cue. */
export function CategoryBadge({ category, lang }: { category: BadgeCategory; lang: UiLang }) {
  return (
    <span className="tla-badge" data-category={category}>
      {categoryName(category, lang)}
    </span>
  );
}
