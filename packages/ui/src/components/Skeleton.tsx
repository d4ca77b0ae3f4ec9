import { useKitWords } from './messages.ts';

export type SkeletonShape = 'page' | 'text' | 'cards' | 'table';

/**
 * Grey shapes where the content is coming: the page keeps its layout, nothing flashes a word. The
 * region says it is busy (`aria-busy`), and a hidden "Loading" is read by screen readers only.
 */
export function Skeleton({
  shape = 'text',
  lines = 3,
  rows = 4,
  cards = 3,
  className,
}: {
  shape?: SkeletonShape;
  lines?: number;
  rows?: number;
  cards?: number;
  className?: string;
}) {
  const word = useKitWords();
  return (
    <div
      className={`mk-skeleton mk-skeleton--${shape}${className ? ` ${className}` : ''}`}
      aria-busy="true"
      data-testid="skeleton"
    >
      <span className="mk-visually-hidden" role="status">
        {word('loading')}
      </span>
      {shape === 'page' && (
        <>
          <span className="mk-skeleton__bar mk-skeleton__bar--title" />
          <SkeletonLines count={lines} />
          <span className="mk-skeleton__block" />
        </>
      )}
      {shape === 'text' && <SkeletonLines count={lines} />}
      {shape === 'cards' && (
        <div className="mk-skeleton__cards">
          {Array.from({ length: cards }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders without identity
            <div key={index} className="mk-skeleton__card">
              <span className="mk-skeleton__bar mk-skeleton__bar--title" />
              <SkeletonLines count={2} />
            </div>
          ))}
        </div>
      )}
      {shape === 'table' && (
        <div className="mk-skeleton__table">
          {Array.from({ length: rows + 1 }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders without identity
            <span key={index} className={`mk-skeleton__row${index === 0 ? ' mk-skeleton__row--head' : ''}`} />
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * A figure still coming (a dashboard count or amount): a grey bar of its size in the line, so the tile
 * keeps its layout. The list of figures says it is busy (`aria-busy`).
 */
export function FigureSkeleton() {
  return <span className="mk-skeleton__bar mk-skeleton__figure" data-testid="skeleton" aria-hidden="true" />;
}

function SkeletonLines({ count }: { count: number }) {
  return (
    <span className="mk-skeleton__lines">
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders without identity
        <span key={index} className="mk-skeleton__bar" />
      ))}
    </span>
  );
}
