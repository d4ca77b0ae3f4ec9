import type { EntityManager } from '@mikro-orm/postgresql';

/** The fields of a pg-boss job a page shows, as pg-boss's own getJobById names them. */
export type JobRecord = {
  id: string;
  name: string;
  state: string;
  data: Record<string, unknown> | null;
  retryCount: number;
  retryLimit: number;
  startAfter: Date;
  startedOn: Date | null;
  completedOn: Date | null;
};

const COLUMNS = `id, name, state, data, retry_count as "retryCount", retry_limit as "retryLimit",
  start_after as "startAfter", started_on as "startedOn", completed_on as "completedOn"`;

/**
 * Several jobs of one queue by their IDs, archive included, in one statement: what pg-boss's
 * getJobById does for one job (two statements), for a whole page of subscriptions at once. pg-boss 10
 * keeps its jobs in this database, in the `pgboss` schema's `job` and `archive` tables.
 */
export async function findJobRecords(em: EntityManager, name: string, ids: string[]): Promise<JobRecord[]> {
  if (ids.length === 0) return [];
  return (await em.getConnection().execute(
    `select ${COLUMNS} from pgboss.job where name = ? and id = any(?::uuid[])
     union all
     select ${COLUMNS} from pgboss.archive a where name = ? and id = any(?::uuid[])
       and not exists (select 1 from pgboss.job j where j.name = a.name and j.id = a.id)`,
    [name, `{${ids.join(',')}}`, name, `{${ids.join(',')}}`],
    'all',
    em.getTransactionContext(),
  )) as JobRecord[];
}
