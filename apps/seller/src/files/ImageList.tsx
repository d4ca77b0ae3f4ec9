import { useI18n } from '@marketplace/ui';

/**
 * Images as buyers will see them (an uploaded `/files/<id>` or a web address), each with a button that
 * takes it out of the form; the form is saved as usual afterwards.
 */
export function ImageList({
  addresses,
  describe,
  removeLabel,
  onRemove,
  testId,
}: {
  addresses: readonly string[];
  /** The image's text alternative, by its place (1, 2…). */
  describe: (number: number) => string;
  removeLabel: (number: number) => string;
  onRemove: (index: number) => void;
  testId: string;
}) {
  const { t } = useI18n();
  if (addresses.length === 0) return <p className="mk-muted">{t('seller.upload.noImage')}</p>;
  return (
    <ul className="sp-images" data-testid={testId}>
      {addresses.map((address, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same address may be listed twice; its place tells them apart
        <li key={`${address}-${index}`} className="sp-images__item">
          <img src={address} alt={describe(index + 1)} className="sp-images__image" loading="lazy" />
          <button
            type="button"
            className="mk-button mk-button--danger-ghost mk-button--small"
            onClick={() => onRemove(index)}
          >
            {removeLabel(index + 1)}
          </button>
        </li>
      ))}
    </ul>
  );
}
