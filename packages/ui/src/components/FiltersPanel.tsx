import { type ReactNode, useId, useState } from 'react';
import { useKitWords } from './messages.ts';

/**
 * Filters beside the results on a wide screen; on a phone, a "Filters (2)" button that shows or hides
 * them (a disclosure), so the results come first and the filters do not fill the first screen.
 */
export function FiltersPanel({
  activeCount,
  children,
  className,
}: {
  /** How many filters are on: said on the button, so a closed panel does not hide them. */
  activeCount: number;
  children: ReactNode;
  className?: string;
}) {
  const word = useKitWords();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className={`mk-filters${className ? ` ${className}` : ''}`} data-open={open}>
      <button
        type="button"
        className="mk-button mk-button--secondary mk-filters__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((previous) => !previous)}
        data-testid="filters-toggle"
      >
        <span className="mk-filters__icon" aria-hidden="true" />
        {activeCount > 0 ? word('filtersCount', { count: activeCount }) : word('filters')}
      </button>
      <div id={id} className="mk-filters__panel">
        {children}
      </div>
    </div>
  );
}
