import { deleteUnattachedUploads, OneTimeToken, type Orm, Session, SignInThrottle } from '@marketplace/db';
import { FAILURE_MEMORY_MS, UNATTACHED_UPLOAD_LIFETIME_MS } from '@marketplace/domain';
import type { JobDefinition } from '../jobs/queue.ts';

const KEEP_USED_LINKS_MS = 7 * 24 * 3600_000;

/**
 * Hourly: forgets expired sessions, old links and old sign-in failures, so the tables stay small, and
 * deletes the uploads no product or showcase took within a day (freeing the organization's quota).
 */
export function identityCleanupJob(deps: {
  orm: Orm;
  now: () => Date;
}): JobDefinition<Record<string, never>> {
  return {
    name: 'identity.cleanup',
    retryLimit: 2,
    retryDelaySeconds: 10,
    async run() {
      const em = deps.orm.em.fork();
      const now = deps.now();
      await em.nativeDelete(Session, { expiresAt: { $lt: now } });
      await em.nativeDelete(OneTimeToken, {
        expiresAt: { $lt: new Date(now.getTime() - KEEP_USED_LINKS_MS) },
      });
      await em.nativeDelete(SignInThrottle, {
        lastFailureAt: { $lt: new Date(now.getTime() - FAILURE_MEMORY_MS) },
      });
      await deleteUnattachedUploads(em, new Date(now.getTime() - UNATTACHED_UPLOAD_LIFETIME_MS));
    },
  };
}
