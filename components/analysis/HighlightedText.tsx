import { segmentText } from './fields';

export interface HighlightedTextProps {
  text: string;
  ranges: ReadonlyArray<{ start: number; end: number }>;
  /** Language of the text (the template's), for screen readers and hyphenation. */
  lang?: string;
}

/**
 * A copy of a field's text with the given ranges in <mark>. Built from React text nodes only: whatever the
 * template contains (markup, scripts) is shown literally, never parsed.
 */
export function HighlightedText({ text, ranges, lang }: HighlightedTextProps) {
  const segments = segmentText(text, ranges);
  let offset = 0;
  return (
    <p className="tla-fieldtext" lang={lang}>
      {segments.map((segment) => {
        const key = offset;
        offset += segment.text.length;
        return segment.marked ? <mark key={key}>{segment.text}</mark> : <span key={key}>{segment.text}</span>;
      })}
    </p>
  );
}
