import { useEffect } from 'react';

/** Keeps the tab's title in the page's language. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
