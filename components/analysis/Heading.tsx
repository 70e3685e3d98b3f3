import type { ReactNode } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5;

/** A heading whose level the host page chooses, so the panel and the popup each keep a sound outline. */
export function Heading({
  level,
  children,
  className,
}: {
  level: HeadingLevel;
  children: ReactNode;
  className?: string;
}) {
  const Tag = `h${level}` as 'h2' | 'h3' | 'h4' | 'h5';
  return <Tag className={`tla-heading ${className ?? ''}`.trim()}>{children}</Tag>;
}
