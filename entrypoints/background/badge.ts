import { categoryName, translate } from '@/components/i18n/translate';
import type { Category } from '@/core/template/schema';
import type { UiLang, VerdictCode } from '@/core/types';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

// Colours match the category badges in the panel; dark enough for white badge text (WCAG AA).
const BY_CATEGORY: Record<Category, { text: string; color: string }> = {
  MARKETING: { text: 'M', color: '#b3261e' },
  UTILITY: { text: 'U', color: '#0b6b3a' },
  AUTHENTICATION: { text: 'A', color: '#1a4fa0' },
};

/** The toolbar badge for a tab's predicted category, its tooltip in `lang`; empty when nothing is detected. */
export function badgeFor(category: Category | null, verdict: VerdictCode, lang: UiLang = 'en'): Badge {
  if (!category || verdict === 'not-detected' || verdict === 'empty') {
    return { text: '', color: '#5f6368', title: translate(lang, 'background.badgeIdle') };
  }
  const c = BY_CATEGORY[category];
  const settled = verdict === 'ok' || verdict === 'no-selection';
  return {
    text: c.text,
    color: c.color,
    title: translate(lang, settled ? 'background.badgePredicted' : 'background.badgeCheckPanel', {
      category: categoryName(category, lang),
    }),
  };
}
