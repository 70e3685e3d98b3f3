/**
 * The template draft: the shape of Meta's Graph API create payload (POST /<WABA_ID>/message_templates),
 * so drafts read from the WhatsApp Manager DOM and pasted JSON share one validator.
 * Source: ../shared/reference/whatsapp-manager-dom.md §5, Meta "Template components" (S23).
 */
import { z } from 'zod';

export const CATEGORIES = ['MARKETING', 'UTILITY', 'AUTHENTICATION'] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

export const HEADER_FORMATS = ['TEXT', 'IMAGE', 'VIDEO', 'GIF', 'DOCUMENT', 'LOCATION'] as const;
export const HeaderFormatSchema = z.enum(HEADER_FORMATS);
export type HeaderFormat = z.infer<typeof HeaderFormatSchema>;

export const ParameterFormatSchema = z.enum(['POSITIONAL', 'NAMED']);
export type ParameterFormat = z.infer<typeof ParameterFormatSchema>;

const NamedParamExampleSchema = z.object({ param_name: z.string(), example: z.string() });

export const HeaderComponentSchema = z.object({
  type: z.literal('HEADER'),
  format: HeaderFormatSchema,
  text: z.string().optional(),
  example: z
    .object({
      header_text: z.array(z.string()).optional(),
      header_text_named_params: z.array(NamedParamExampleSchema).optional(),
      header_handle: z.array(z.string()).optional(),
    })
    .optional(),
});

export const BodyComponentSchema = z.object({
  type: z.literal('BODY'),
  text: z.string(),
  /** Authentication templates: Meta's optional "For your security, do not share this code." */
  add_security_recommendation: z.boolean().optional(),
  example: z
    .object({
      /** Meta's shape: an array holding one array of sample values, in variable order. */
      body_text: z.array(z.array(z.string())).optional(),
      body_text_named_params: z.array(NamedParamExampleSchema).optional(),
    })
    .optional(),
});

export const FooterComponentSchema = z.object({
  type: z.literal('FOOTER'),
  text: z.string().optional(),
  /** Authentication templates: "This code expires in N minutes." (1–90). */
  code_expiration_minutes: z.number().int().optional(),
});

export const BUTTON_TYPES = [
  'QUICK_REPLY',
  'URL',
  'PHONE_NUMBER',
  'COPY_CODE',
  'OTP',
  'FLOW',
  'MPM',
  'CATALOG',
  'SPM',
  'VOICE_CALL',
  'APP',
] as const;
export const ButtonTypeSchema = z.enum(BUTTON_TYPES);
export type ButtonType = z.infer<typeof ButtonTypeSchema>;

export const ButtonSchema = z.object({
  type: ButtonTypeSchema,
  text: z.string().optional(),
  url: z.string().optional(),
  phone_number: z.string().optional(),
  /** URL suffix/full URL sample, or the copy-code sample. Meta uses a string array for URL, a string for COPY_CODE. */
  example: z.union([z.string(), z.array(z.string())]).optional(),
  otp_type: z.enum(['COPY_CODE', 'ONE_TAP', 'ZERO_TAP']).optional(),
});
export type Button = z.infer<typeof ButtonSchema>;

export const ButtonsComponentSchema = z.object({
  type: z.literal('BUTTONS'),
  buttons: z.array(ButtonSchema),
});

export const ComponentSchema = z.discriminatedUnion('type', [
  HeaderComponentSchema,
  BodyComponentSchema,
  FooterComponentSchema,
  ButtonsComponentSchema,
]);
export type Component = z.infer<typeof ComponentSchema>;

export const TemplateDraftSchema = z.object({
  /** Input id when the source had one (CLI echoes it back). */
  id: z.string().optional(),
  name: z.string().optional(),
  language: z.string().optional(),
  /** The author's selected category, when known. */
  category: CategorySchema.optional(),
  parameter_format: ParameterFormatSchema.optional(),
  components: z.array(ComponentSchema),
  /**
   * Parts of the input this model does not cover (CAROUSEL, LIMITED_TIME_OFFER, PRODUCT headers, unknown button
   * types…), kept by the parsers so lint can say "not analysed" instead of silently dropping them.
   * `path` names where it sat in the input (e.g. `components[2]`), `type` what it was.
   */
  unsupported: z.array(z.object({ path: z.string(), type: z.string() })).optional(),
});
export type TemplateDraft = z.infer<typeof TemplateDraftSchema>;

/** Where a piece of evidence sits. Offsets are UTF-16 indices into that field's text. */
export type FieldRef =
  | 'name'
  | 'header'
  | 'body'
  | 'footer'
  | `buttons.${number}.text`
  | `buttons.${number}.url`
  | `buttons.${number}.example`;
