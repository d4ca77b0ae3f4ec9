/** The marketplace's mark: a stylised cloud over a shelf, drawn inline (no request, scales crisply). */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg
      className="mk-brand__mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="var(--mk-brand-700)" />
      <path d="M10.5 19.5a4 4 0 0 1 .6-7.96A5.5 5.5 0 0 1 21.7 12a3.75 3.75 0 0 1-.2 7.5Z" fill="#fff" />
      <rect x="8" y="22" width="16" height="2.5" rx="1.25" fill="var(--mk-accent-400)" />
    </svg>
  );
}
