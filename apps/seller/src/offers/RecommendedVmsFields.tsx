import { PERFORMANCE_LEVELS, type PerformanceClass, VM_GENERATIONS } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';
import { useId } from 'react';
import { Field } from './Field.tsx';
import { emptyVm, type VmDraft } from './offer-draft.ts';

const isPerformance = (value: string): value is PerformanceClass =>
  (PERFORMANCE_LEVELS as readonly string[]).includes(value);

/** The VMs the seller recommends for the offer, as OUTSCALE's offer form asks: at least one to publish. */
export function RecommendedVmsFields({
  vms,
  onChange,
  at,
  disabled,
}: {
  vms: readonly VmDraft[];
  onChange: (vms: VmDraft[]) => void;
  at: (field: string) => readonly string[];
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
            <Field
              id={id('generation')}
              label={t('seller.offers.vm.generation')}
              value={vm.cpuGeneration}
              onChange={() => {}}
              errors={at(`recommendedVms.${row}.cpuGeneration`)}
              disabled={disabled}
            >
              <select
                id={id('generation')}
                className="mk-input mk-select"
                value={vm.cpuGeneration}
                disabled={disabled}
                onChange={(event) => setVm(row, { cpuGeneration: event.currentTarget.value })}
              >
                {VM_GENERATIONS.map((generation) => (
                  <option key={generation} value={`v${generation}`}>
                    v{generation}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id={id('vcpus')}
              label={t('seller.offers.vm.vCpus')}
              inputMode="numeric"
              value={vm.vCpus}
              onChange={(vCpus) => setVm(row, { vCpus })}
              errors={at(`recommendedVms.${row}.vCpus`)}
              disabled={disabled}
            />
            <Field
              id={id('memory')}
              label={t('seller.offers.vm.memoryGiB')}
              inputMode="numeric"
              value={vm.memoryGiB}
              onChange={(memoryGiB) => setVm(row, { memoryGiB })}
              errors={at(`recommendedVms.${row}.memoryGiB`)}
              disabled={disabled}
            />
            <Field
              id={id('performance')}
              label={t('seller.offers.vm.performance')}
              value={vm.performance}
              onChange={() => {}}
              errors={at(`recommendedVms.${row}.performance`)}
              disabled={disabled}
            >
              <select
                id={id('performance')}
                className="mk-input mk-select"
                value={vm.performance}
                disabled={disabled}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (isPerformance(value)) setVm(row, { performance: value });
                }}
              >
                {PERFORMANCE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`seller.offers.vm.performance.${level}`)}
                  </option>
                ))}
              </select>
            </Field>
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
