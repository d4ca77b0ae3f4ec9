import { type RecommendedVm, vmTypeOf } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';

/** The VMs the seller recommends for an offer, with the OUTSCALE VM type to ask for. */
export function RecommendedVms({ vms }: { vms: readonly RecommendedVm[] }) {
  const { t } = useI18n();
  if (vms.length === 0) return null;
  return (
    <div className="bp-recommended" data-testid="recommended-vms">
      <h4 className="bp-offer__subtitle">{t('buy.offer.recommendedVms')}</h4>
      <ul>
        {vms.map((vm) => {
          const vmType = vmTypeOf(vm);
          return (
            <li key={vmType}>
              <code>{vmType}</code>:{' '}
              {t('buy.offer.vm', {
                vCpus: vm.vCpus,
                memory: vm.memoryGiB,
                performance: t(`buy.offer.vm.${vm.performance}`),
                generation: vm.cpuGeneration,
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
