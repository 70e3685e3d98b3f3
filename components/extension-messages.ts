/**
 * Runtime messages between the content script, the background and the popup. Every message is defined by
 * a Zod schema and parsed on receipt: anything else is ignored.
 */
import { z } from 'zod';
import { CategorySchema } from '@/core/template/schema';
import { VERDICT_CODES } from '@/core/types';

/** Content script → background: the active tab's latest result, for the toolbar badge. */
export const TabResultMessageSchema = z.object({
  type: z.literal('template-lens/tab-result'),
  category: CategorySchema.nullable(),
  verdict: z.enum(VERDICT_CODES),
});
export type TabResultMessage = z.infer<typeof TabResultMessageSchema>;

/** Background → content script: the user chose "Check this text with Template Lens". */
export const CheckElementMessageSchema = z.object({
  type: z.literal('template-lens/check-element'),
  selectionText: z.string().optional(),
});
export type CheckElementMessage = z.infer<typeof CheckElementMessageSchema>;

export const CONTEXT_MENU_ID = 'template-lens-check';
