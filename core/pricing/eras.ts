/**
 * Meta's pricing eras (reference §3.1). The estimator picks the era by the date and names it in every result.
 */

export const ERA_IDS = ['conversation-based', 'per-message', 'per-message-2026-10'] as const;
export type EraId = (typeof ERA_IDS)[number];

export interface PricingEra {
  id: EraId;
  name: string;
  /** First day, inclusive (YYYY-MM-DD). */
  from: string;
  /** Last day, inclusive; null = still current. */
  to: string | null;
}

export const PRICING_ERAS: readonly PricingEra[] = [
  {
    id: 'conversation-based',
    name: 'Conversation-based pricing (one charge per 24-hour conversation)',
    from: '2023-06-01',
    to: '2025-06-30',
  },
  {
    id: 'per-message',
    name: 'Per-message pricing (utility free inside the customer service window)',
    from: '2025-07-01',
    to: '2026-09-30',
  },
  {
    id: 'per-message-2026-10',
    name: 'Per-message pricing from 2026-10-01 (utility always charged; service charged after 1,000 free)',
    from: '2026-10-01',
    to: null,
  },
];

/** The era in force on `date`, or null before 2023-06-01 (the four-category model starts then). */
export function eraFor(date: string): PricingEra | null {
  return PRICING_ERAS.find((era) => date >= era.from && (era.to === null || date <= era.to)) ?? null;
}

/** Service conversations were free for the first 1,000 a month until this date, and free without limit after. */
export const SERVICE_CONVERSATIONS_FREE_FROM = '2024-11-01';
/** Free service messages per business phone number per calendar month from 2026-10-01. */
export const FREE_SERVICE_MESSAGES_PER_NUMBER = 1000;
/** Free service conversations per WABA per month, 2023-06-01 → 2024-10-31. */
export const FREE_SERVICE_CONVERSATIONS_PER_MONTH = 1000;
