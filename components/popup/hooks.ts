import { useMemo } from 'react';
import type { CostSettings } from '@/components/analysis/cost';
import { activeCardOf, effectivePricingDate, useSettings } from '@/components/settings';
import { bundledCardFor } from '@/core/pricing/bundled';

/**
 * The stored preferences and the active rate card, live. Falls back to the bundled card in force when the
 * settings layer cannot name one (e.g. a chosen card was deleted in another window mid-read).
 */
export function useCostSettings(): CostSettings | null {
  const preferences = useSettings((state) => state.preferences);
  const rateCards = useSettings((state) => state.rateCards);
  return useMemo(() => {
    try {
      return { preferences, card: activeCardOf({ preferences, rateCards }) };
    } catch {
      const choice = bundledCardFor(effectivePricingDate(preferences));
      return choice ? { preferences, card: choice.card } : null;
    }
  }, [preferences, rateCards]);
}
