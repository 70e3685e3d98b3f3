import { createT } from '@/components/i18n/translate';
import type { Category } from '@/core/template/schema';
import type { UiLang } from '@/core/types';
import './analysis.css';

export type BadgeCategory = Category | 'SERVICE';

const KEY = {
  MARKETING: 'category.marketing',
  UTILITY: 'category.utility',
  AUTHENTICATION: 'category.authentication',
  SERVICE: 'category.service',
} as const;

export function categoryName(category: BadgeCategory, lang: UiLang): string {
  return createT(lang)(KEY[category]);
}

/** The category as a coloured pill; the name is always written out, so colour is never the only cue. */
export function CategoryBadge({ category, lang }: { category: BadgeCategory; lang: UiLang }) {
  return (
    <span className="tla-badge" data-category={category}>
      {categoryName(category, lang)}
    </span>
  );
}
