/**
 * The playground's editor state and its Graph API draft: the same create-payload shape the content script
 * builds from Meta's page, so the panel sees identical input.
 */

import type { Button, Category, Component, HeaderFormat, TemplateDraft } from '@/core/template/schema';
import { extractVariables } from '@/core/template/variables';

export type PlaygroundButtonType = 'QUICK_REPLY' | 'URL' | 'PHONE_NUMBER' | 'COPY_CODE';

export interface PlaygroundButton {
  type: PlaygroundButtonType;
  text: string;
  /** URL, phone number or copy code, depending on the type. */
  value: string;
}

export interface EditorState {
  name: string;
  language: string;
  category: Category | '';
  headerFormat: HeaderFormat | 'NONE';
  headerText: string;
  body: string;
  footer: string;
  buttons: PlaygroundButton[];
  /** Sample per variable name ("1", "order_id"…). */
  samples: Record<string, string>;
}

export const EMPTY_EDITOR: EditorState = {
  name: '',
  language: 'en_US',
  category: '',
  headerFormat: 'NONE',
  headerText: '',
  body: '',
  footer: '',
  buttons: [],
  samples: {},
};

/** Variable names in the order they first appear in the body. */
export function bodyVariables(body: string): string[] {
  const seen = new Set<string>();
  for (const v of extractVariables(body).variables) seen.add(v.name);
  return [...seen];
}

function toButton(b: PlaygroundButton): Button {
  switch (b.type) {
    case 'URL':
      return { type: 'URL', text: b.text, url: b.value };
    case 'PHONE_NUMBER':
      return { type: 'PHONE_NUMBER', text: b.text, phone_number: b.value };
    case 'COPY_CODE':
      return { type: 'COPY_CODE', text: b.text || 'Copy offer code', example: b.value };
    default:
      return { type: 'QUICK_REPLY', text: b.text };
  }
}

export function draftFromEditor(state: EditorState): TemplateDraft {
  const components: Component[] = [];
  if (state.headerFormat === 'TEXT') components.push({ type: 'HEADER', format: 'TEXT', text: state.headerText });
  else if (state.headerFormat !== 'NONE') components.push({ type: 'HEADER', format: state.headerFormat });
  const names = bodyVariables(state.body);
  const named = names.some((n) => !/^\d+$/.test(n));
  components.push({
    type: 'BODY',
    text: state.body,
    ...(names.length
      ? {
          example: named
            ? { body_text_named_params: names.map((n) => ({ param_name: n, example: state.samples[n] ?? '' })) }
            : { body_text: [names.map((n) => state.samples[n] ?? '')] },
        }
      : {}),
  });
  if (state.footer) components.push({ type: 'FOOTER', text: state.footer });
  if (state.buttons.length) components.push({ type: 'BUTTONS', buttons: state.buttons.map(toButton) });
  return {
    ...(state.name ? { name: state.name } : {}),
    language: state.language,
    ...(state.category ? { category: state.category } : {}),
    parameter_format: named ? 'NAMED' : 'POSITIONAL',
    components,
  };
}
