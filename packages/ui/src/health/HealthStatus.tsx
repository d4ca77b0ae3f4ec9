import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useTRPC } from '../trpc/context.ts';
import { type HealthState, healthState } from './health-state.ts';

const REFRESH_MS = 60_000;

function useHealthState(): HealthState {
  const trpc = useTRPC();
  const query = useQuery(trpc.health.queryOptions(undefined, { refetchInterval: REFRESH_MS }));
  return healthState(query);
}

/** The marketplace's health as one translated line: operational, degraded, unreachable or checking. */
export function HealthStatus() {
  const { t } = useI18n();
  const state = useHealthState();

  let title: string;
  let details: string | null = null;
  switch (state.kind) {
    case 'checking':
      title = t('health.checking');
      break;
    case 'operational':
      title = t('health.operational');
      details = t('health.operationalDetails', { version: state.version, latencyMs: state.latencyMs });
      break;
    case 'degraded':
      title = t('health.degraded');
      details = t('health.degradedDetails', { version: state.version });
      break;
    case 'unreachable':
      title = t('health.unreachable');
      details = t('health.unreachableDetails');
      break;
    default: {
      const unknown: never = state;
      throw new Error(`unknown health state ${JSON.stringify(unknown)}`);
    }
  }

  return (
    <div className="mk-health" data-testid="health-status" data-state={state.kind} role="status">
      <span className="mk-health__dot" aria-hidden="true" />
      <span className="mk-health__text">
        <span className="mk-health__title">{title}</span>
        {details && <span className="mk-health__details">{details}</span>}
      </span>
    </div>
  );
}
