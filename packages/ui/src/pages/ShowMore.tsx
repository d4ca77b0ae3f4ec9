// Every list procedure answers one page at a time (`{ items, nextCursor }`): pages read them with
// `useInfiniteQuery` and show the next page on demand with this button.
import { useI18n } from '../i18n/I18nProvider.tsx';

/** What ShowMore needs of a `useInfiniteQuery` result. */
type Paged = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };

/** The cursor of the page after the last one read: what `getNextPageParam` gives the next request. */
export const nextCursor = (last: { nextCursor: string | null }) => last.nextCursor;

/** Every item of the pages read so far, in order; undefined until the first page is there. */
export const pagedItems = <T,>(data: { pages: { items: T[] }[] } | undefined): T[] | undefined =>
  data?.pages.flatMap((page) => page.items);

/** A "Show more" button under a paged list, while there is a next page. */
export function ShowMore({ list, testId = 'show-more' }: { list: Paged; testId?: string }) {
  const { t } = useI18n();
  if (!list.hasNextPage) return null;
  return (
    <p className="mk-show-more">
      <button
        type="button"
        className="mk-button mk-button--secondary"
        disabled={list.isFetchingNextPage}
        aria-busy={list.isFetchingNextPage}
        onClick={() => void list.fetchNextPage()}
        data-testid={testId}
      >
        {list.isFetchingNextPage ? t('common.loading') : t('common.showMore')}
      </button>
    </p>
  );
}
