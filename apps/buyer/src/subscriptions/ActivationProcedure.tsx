import { useI18n } from '@marketplace/ui';
import type { MySubscription } from '../buying/api.ts';

/** A subscription offer's activation procedure: the seller's steps to follow with the licence key. */
export function ActivationProcedure({ procedure }: { procedure: MySubscription['activationProcedure'] }) {
  const { t, language } = useI18n();
  const steps = procedure?.[language].trim() || procedure?.[language === 'en' ? 'fr' : 'en'].trim();
  if (!steps) return null;
  return (
    <>
      <h3 className="bp-subscription__title">{t('buy.mine.activation')}</h3>
      <p className="bp-activation" data-testid="activation-procedure">
        {steps}
      </p>
    </>
  );
}
