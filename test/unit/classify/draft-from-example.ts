/** Builds a TemplateDraft from a rule example (test helper). */
import type { RuleExample } from '../../../core/classify';
import type { Button, Component, TemplateDraft } from '../../../core/template/schema';

export function draftFromExample(e: RuleExample): TemplateDraft {
  const components: Component[] = [];
  if (e.header !== undefined) components.push({ type: 'HEADER', format: 'TEXT', text: e.header });
  components.push({ type: 'BODY', text: e.body ?? '' });
  if (e.footer !== undefined) components.push({ type: 'FOOTER', text: e.footer });
  if (e.buttons && e.buttons.length > 0) {
    const buttons: Button[] = e.buttons.map((b) =>
      typeof b === 'string'
        ? { type: 'QUICK_REPLY', text: b }
        : ({ type: b.type, text: b.text, example: b.example } as Button),
    );
    components.push({ type: 'BUTTONS', buttons });
  }
  return { language: e.lang, components, ...(e.format ? { format: e.format } : {}) };
}
