import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs another library's SQL (pg-boss's job INSERT) on the entity manager's current transaction, so
 * that the job and the use case's rows commit or roll back together. That SQL numbers its parameters
 * ($1, $2…) while the query builder binds `?` in order: rewrite, escaping literal question marks.
 */
export function sqlExecutorFor(em: EntityManager) {
  return {
    async executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
      const bindings: unknown[] = [];
      const sql = text.replace(/\?/g, '\\?').replace(/\$(\d+)/g, (_, n: string) => {
        bindings.push(values[Number(n) - 1]);
        return '?';
      });
      const rows = await em.getConnection().execute(sql, bindings, 'all', em.getTransactionContext());
      return { rows: rows as unknown[] };
    },
  };
}
