import { useMemo } from 'react';
import type { CostSettings } from '@/components/analysis/cost';
import { useActiveCard, useSettings } from '@/components/settings';

/**
 * The stored preferences and the active rate card, live. The active card falls back to the bundled card in force
 * when the chosen one is gone (activeCardOf), so there is always something to price with.
 */
export function useCostSettings(): CostSettings {
  const preferences = useSettings((state) => state.preferences);
  const card = useActiveCard();
  return useMemo(() => ({ preferences, card }), [preferences, card]);
}
