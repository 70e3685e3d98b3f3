/**
 * Runtime messages between the content script, the background and the popup. Every message is defined by
 * a Zod schema and parsed on receipt: anything else is ignored.
 */
import { z } from 'zod';
import { CategorySchema, TemplateDraftSchema } from '@/core/template/schema';
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

/** Popup → content script: the template the active tab is reading (the popup re-analyses the draft itself). */
export const GET_RESULT_TYPE = 'template-lens/get-result' as const;

export const GetResultRequestSchema = z.object({ type: z.literal(GET_RESULT_TYPE) });
export type GetResultRequest = z.infer<typeof GetResultRequestSchema>;

export const GetResultResponseSchema = z.object({
  draft: TemplateDraftSchema.nullable(),
  /** The content script has analysed the draft (false while the editor is still loading). */
  analysisAvailable: z.boolean(),
  state: z.enum(['not-detected', 'editor']),
});
export type GetResultResponse = z.infer<typeof GetResultResponseSchema>;
