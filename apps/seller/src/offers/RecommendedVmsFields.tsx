import { PERFORMANCE_LEVELS, type PerformanceClass, VM_GENERATIONS } from '@marketplace/domain';
import { Select, useI18n } from '@marketplace/ui';
import { useId } from 'react';
import { Field } from './Field.tsx';
import { emptyVm, type VmDraft } from './offer-draft.ts';

/** The VMs the seller recommends for the offer, as OUTSCALE's offer form asks: at least one to publish. */
export function RecommendedVmsFields({
  vms,
  onChange,
  at,
  refOf,
  disabled,
}: {
  vms: readonly VmDraft[];
  onChange: (vms: VmDraft[]) => void;
  at: (field: string) => readonly string[];
  refOf: (field: string) => (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const baseId = useId();
  const setVm = (row: number, patch: Partial<VmDraft>) =>
    onChange(vms.map((vm, i) => (i === row ? { ...vm, ...patch } : vm)));
  return (
    <fieldset className="mk-fieldset sp-prices" data-testid="recommended-vms">
      <legend className="mk-label">{t('seller.offers.recommendedVms')}</legend>
      <p className="mk-field__hint">{t('seller.offers.recommendedVms.hint')}</p>
      {vms.length === 0 && <p className="mk-muted">{t('seller.offers.recommendedVms.none')}</p>}
      {at('recommendedVms').map((message) => (
        <p key={message} className="mk-field__error">
          {message}
        </p>
      ))}
      {vms.map((vm, row) => {
        const id = (field: string) => `${baseId}-${row}-${field}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
          <div className="sp-prices__row" key={row} data-testid="recommended-vm">
            <Select
              label={t('seller.offers.vm.generation')}
              value={vm.cpuGeneration}
              options={VM_GENERATIONS.map((generation) => ({
                id: `v${generation}`,
                label: `v${generation}`,
              }))}
              onChange={(cpuGeneration) => setVm(row, { cpuGeneration })}
              errors={at(`recommendedVms.${row}.cpuGeneration`)}
              isDisabled={disabled}
            />
            <Field
              id={id('vcpus')}
              label={t('seller.offers.vm.vCpus')}
              inputMode="numeric"
              value={vm.vCpus}
              onChange={(vCpus) => setVm(row, { vCpus })}
              errors={at(`recommendedVms.${row}.vCpus`)}
              inputRef={refOf(`recommendedVms.${row}.vCpus`)}
              disabled={disabled}
            />
            <Field
              id={id('memory')}
              label={t('seller.offers.vm.memoryGiB')}
              inputMode="numeric"
              value={vm.memoryGiB}
              onChange={(memoryGiB) => setVm(row, { memoryGiB })}
              errors={at(`recommendedVms.${row}.memoryGiB`)}
              inputRef={refOf(`recommendedVms.${row}.memoryGiB`)}
              disabled={disabled}
            />
            <Select<PerformanceClass>
              label={t('seller.offers.vm.performance')}
              value={vm.performance}
              options={PERFORMANCE_LEVELS.map((level) => ({
                id: level,
                label: t(`seller.offers.vm.performance.${level}`),
              }))}
              onChange={(performance) => setVm(row, { performance })}
              errors={at(`recommendedVms.${row}.performance`)}
              isDisabled={disabled}
            />
            {!disabled && (
              <button
                type="button"
                className="mk-button mk-button--danger-ghost mk-button--small"
                onClick={() => onChange(vms.filter((_, i) => i !== row))}
              >
                {t('seller.offers.vm.remove', { number: row + 1 })}
              </button>
            )}
          </div>
        );
      })}
      {!disabled && (
        <button
          type="button"
          className="mk-button mk-button--secondary mk-button--small"
          onClick={() => onChange([...vms, emptyVm()])}
        >
          {t('seller.offers.vm.add')}
        </button>
      )}
    </fieldset>
  );
}
