import { type ReactNode, useId, useState } from 'react';

/** A button that shows and hides a region (aria-expanded / aria-controls), for long popup sections. */
export function Disclosure({
  label,
  children,
  initiallyOpen = false,
  headingLevel,
}: {
  label: ReactNode;
  children: ReactNode;
  initiallyOpen?: boolean;
  /** Wrap the button in a heading of this level, so the section shows up in the outline. */
  headingLevel?: 2 | 3 | 4;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  const button = (
    <button
      type="button"
      className="tlp-disclosure"
      aria-expanded={open}
      aria-controls={id}
      onClick={() => setOpen((value) => !value)}
    >
      <span aria-hidden="true" className="tlp-chevron">
        {open ? '▾' : '▸'}
      </span>
      {label}
    </button>
  );
  const Heading = headingLevel ? (`h${headingLevel}` as 'h2' | 'h3' | 'h4') : null;
  return (
    <div className="tlp-disclosure-block">
      {Heading ? <Heading className="tlp-disclosure-heading">{button}</Heading> : button}
      <div id={id} hidden={!open} className="tlp-disclosure-body">
        {children}
      </div>
    </div>
  );
}
