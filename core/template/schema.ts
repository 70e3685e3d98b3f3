/**
 * The template draft: the shape of Meta's Graph API create payload (POST /<WABA_ID>/message_templates),
 * so drafts read from the WhatsApp Manager DOM and pasted JSON share one validator.
 * Source: ../shared/reference/whatsapp-manager-dom.md §5, Meta "Template components" (S23).
 */
import { z } from 'zod';

export const CATEGORIES = ['MARKETING', 'UTILITY', 'AUTHENTICATION'] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

/** PRODUCT: the header of a product card in a product-card carousel (the product's image, title and price). */
export const HEADER_FORMATS = ['TEXT', 'IMAGE', 'VIDEO', 'GIF', 'DOCUMENT', 'LOCATION', 'PRODUCT'] as const;
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

/** One card of a carousel: its own header (image/video, or product), optional body and buttons. */
export const CarouselCardSchema = z.object({
  components: z.array(
    z.discriminatedUnion('type', [HeaderComponentSchema, BodyComponentSchema, ButtonsComponentSchema]),
  ),
});
export type CarouselCard = z.infer<typeof CarouselCardSchema>;

/** Media-card or product-card carousel (Meta, "Media card carousel templates", updated 2026-06-24). */
export const CarouselComponentSchema = z.object({
  type: z.literal('CAROUSEL'),
  cards: z.array(CarouselCardSchema),
});

/** Limited-time offer (Meta, "Limited-time offer templates", updated 2026-06-17). */
export const LimitedTimeOfferComponentSchema = z.object({
  type: z.literal('LIMITED_TIME_OFFER'),
  limited_time_offer: z.object({ text: z.string().optional(), has_expiration: z.boolean().optional() }),
});

/** Call permission request: no fields of its own (Meta, "Call permission request templates", updated 2026-11-04). */
export const CallPermissionRequestComponentSchema = z.object({ type: z.literal('CALL_PERMISSION_REQUEST') });

export const ComponentSchema = z.discriminatedUnion('type', [
  HeaderComponentSchema,
  BodyComponentSchema,
  FooterComponentSchema,
  ButtonsComponentSchema,
  CarouselComponentSchema,
  LimitedTimeOfferComponentSchema,
  CallPermissionRequestComponentSchema,
]);
export type Component = z.infer<typeof ComponentSchema>;

/**
 * The kind of template, as WhatsApp Manager's type choice names it. Derived from the components when they are
 * known (core/template/formats.ts); the content script may set it from the editor's type choice before it can read
 * the type's own fields.
 */
export const TEMPLATE_FORMATS = [
  'STANDARD',
  'CAROUSEL',
  'PRODUCT_CAROUSEL',
  'LIMITED_TIME_OFFER',
  'CALL_PERMISSION_REQUEST',
  'CATALOG',
  'MULTI_PRODUCT',
] as const;
export const TemplateFormatSchema = z.enum(TEMPLATE_FORMATS);
export type TemplateFormat = z.infer<typeof TemplateFormatSchema>;

export const TemplateDraftSchema = z.object({
  /** Input id when the source had one (CLI echoes it back). */
  id: z.string().optional(),
  name: z.string().optional(),
  language: z.string().optional(),
  /** The author's selected category, when known. */
  category: CategorySchema.optional(),
  parameter_format: ParameterFormatSchema.optional(),
  components: z.array(ComponentSchema),
  /** The template type chosen in the editor, when its own fields could not be read (see TEMPLATE_FORMATS). */
  format: TemplateFormatSchema.optional(),
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
  | 'offer'
  | `cards.${number}.body`
  | `cards.${number}.buttons.${number}.text`
  | `buttons.${number}.text`
  | `buttons.${number}.url`
  | `buttons.${number}.example`;
