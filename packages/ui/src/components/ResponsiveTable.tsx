import { type TableHTMLAttributes, useLayoutEffect, useRef } from 'react';

/**
 * Copies each column's header text into its cells' `data-label` (unless a cell has its own), so that
 * on a phone, where `.mk-table` rows become cards and the header row is hidden, every figure still
 * says which column it is (`pages.css` shows it through `::before`). Follows the rows as they change.
 */
export function labelCells(table: HTMLTableElement) {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent?.trim() ?? '');
  const label = (rows: HTMLCollectionOf<HTMLTableRowElement>, rowHeaders: boolean) => {
    for (const row of rows) {
      let column = 0;
      for (const cell of row.cells) {
        const header = headers[column];
        column += cell.colSpan || 1;
        if (!rowHeaders && cell.tagName === 'TH') continue;
        if (!header || (cell.hasAttribute('data-label') && !cell.hasAttribute('data-auto-label'))) continue;
        cell.setAttribute('data-label', header);
        cell.setAttribute('data-auto-label', '');
      }
    }
  };
  for (const body of table.tBodies) label(body.rows, true);
  // A total row's own header ("Total") says what it is: only its figures get their column.
  if (table.tFoot) label(table.tFoot.rows, false);
}

/** A `.mk-table` whose cells keep their column's name on a phone. */
export function ResponsiveTable({ className, children, ...rest }: TableHTMLAttributes<HTMLTableElement>) {
  const table = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    const element = table.current;
    if (!element) return;
    labelCells(element);
    const observer = new MutationObserver(() => labelCells(element));
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return (
    <table ref={table} className={`mk-table mk-table--labelled${className ? ` ${className}` : ''}`} {...rest}>
      {children}
    </table>
  );
}
