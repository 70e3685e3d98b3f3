import type { Category } from '@/core/template/schema';
import type { VerdictCode } from '@/core/types';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

// Colours match the category badges in the panel; dark enough for white badge text (WCAG AA).
const BY_CATEGORY: Record<Category, { text: string; color: string; name: string }> = {
  MARKETING: { text: 'M', color: '#b3261e', name: 'Marketing' },
  UTILITY: { text: 'U', color: '#0b6b3a', name: 'Utility' },
  AUTHENTICATION: { text: 'A', color: '#1a4fa0', name: 'Authentication' },
};

/** The toolbar badge for a tab's predicted category; empty when nothing is detected. */
export function badgeFor(category: Category | null, verdict: VerdictCode): Badge {
  if (!category || verdict === 'not-detected' || verdict === 'empty') {
    return { text: '', color: '#5f6368', title: 'Template Lens' };
  }
  const c = BY_CATEGORY[category];
  const warn = verdict === 'ok' || verdict === 'no-selection' ? '' : ' — check the panel';
  return { text: c.text, color: c.color, title: `Template Lens: predicted ${c.name}${warn}` };
}
