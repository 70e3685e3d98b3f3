/**
 * The user's rate cards: one storage item, `local:rateCards`, holding the cards the user created or imported
 * and which card is active. Kept in ONE item so "import and make it active" is a single atomic write.
 * Cards use core/pricing's RateCardSchema unchanged (rates in integer micros, null = unknown).
 */
import { z } from 'zod';
import { RateCardSchema } from './pricing-adapter';

export const RATE_CARDS_KEY = 'local:rateCards' as const;
export const RATE_CARDS_VERSION = 1;

/** User card ids start with this prefix so they never collide with bundled ids. */
export const USER_CARD_PREFIX = 'user-';

export const RateCardsStateSchema = z.object({
  userCards: z.array(RateCardSchema).refine((cards) => new Set(cards.map((card) => card.id)).size === cards.length, {
    message: 'two user cards share an id',
  }),
  /** A bundled card id or a user card id; null = the bundled card in force on the pricing date. */
  activeCardId: z.string().min(1).nullable(),
});
export type RateCardsState = z.infer<typeof RateCardsStateSchema>;

export const DEFAULT_RATE_CARDS: RateCardsState = { userCards: [], activeCardId: null };

export function newUserCardId(now: number = Date.now()): string {
  return `${USER_CARD_PREFIX}${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function isUserCardId(id: string): boolean {
  return id.startsWith(USER_CARD_PREFIX);
}
