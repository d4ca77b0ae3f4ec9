/** The product's logo, or its initials on a tinted square when the seller gave none. */
export function ProductLogo({
  name,
  url,
  large = false,
}: {
  name: string;
  url: string | null;
  large?: boolean;
}) {
  const className = `bp-logo${large ? ' bp-logo--large' : ''}`;
  if (url) return <img className={className} src={url} alt="" loading="lazy" />;
  const initials = name
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
  return (
    <span className={`${className} bp-logo--initials`} aria-hidden="true">
      {initials}
    </span>
  );
}
