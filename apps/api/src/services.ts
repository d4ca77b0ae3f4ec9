// The composition root: starts each real part, or its embedded default, and stops them in reverse.
import { join } from 'node:path';
import { catalogGeneration, migrate, type Orm, openOrm, startEmbeddedPostgres } from '@marketplace/db';
import type { Region } from '@marketplace/domain';
import type { Logger } from 'pino';
import { generationReader } from './catalog/generation-reader.ts';
import { type SearchCache, searchCache } from './catalog/search-cache.ts';
import { type Cloud, startCloud } from './cloud.ts';
import type { Config } from './config.ts';
import { type Directory, startDirectory } from './directory.ts';
import { identityCleanupJob } from './identity/cleanup-job.ts';
import { deprovisionEimJob, provisionEimJob } from './identity/eim-jobs.ts';
import type { AfterLinkChange } from './identity/linked-accounts.ts';
import { type PasswordResetRequest, passwordResetJob } from './identity/passwords.ts';
import { deterministicJobId, type JobDefinition, type JobQueue, startJobQueue } from './jobs/queue.ts';
import { type DevInbox, startDevInbox } from './mail/dev-inbox.ts';
import { emailJob, type MailOutbox, mailOutbox } from './mail/email-job.ts';
import { createMailer, type Mailer } from './mail/mailer.ts';
import { priceRefreshJob, regionsNeverRead } from './prices/catalogues.ts';
import { copyImageJob, deleteCopyJob, resumeCopiesJob } from './publication/copy-jobs.ts';
import { type NoticeData, subscriberNoticeJob } from './publication/notices.ts';
import {
  type AuditStep,
  imageOwnershipAuditJob,
  OWNERSHIP_AUDIT_RUN,
} from './publication/ownership-audit-job.ts';
import { writeRuntimeFile } from './runtime-file.ts';
import { loadSecretKey } from './secret-key.ts';
import { lifecycleSweepJob, revokeAccessJob } from './subscriptions/lifecycle.ts';
import {
  shareNewVersion,
  shareWithLinkedAccount,
  unshareJob,
  unshareWithUnlinkedAccount,
} from './subscriptions/linked-accounts.ts';
import { announceActivation, shareSubscriptionJob } from './subscriptions/sharing.ts';
import { meterAccountJob, meteringSweepJob } from './usage/metering.ts';

export type Services = {
  config: Config;
  log: Logger;
  orm: Orm;
  mailer: Mailer;
  /** Present when SMTP_URL is unset: the embedded SMTP server and its stored messages. */
  devInbox: DevInbox | undefined;
  secretKey: Buffer;
  jobs: JobQueue;
  cloud: Cloud;
  /** France's company directory (Sirene), for sign-up's SIRET lookup. */
  directory: Directory;
  /** E-mails, sent as jobs enqueued in the caller's transaction. */
  outbox: MailOutbox;
  /** The catalog's search answers, valid while the catalog's generation (read shared) is unchanged. */
  catalog: { cache: SearchCache; generation: () => Promise<string> };
  identityJobs: {
    provisionEim: JobDefinition<{ accountId: string }>;
    deprovisionEim: JobDefinition<{ organizationId: string; userName: string }>;
    passwordReset: JobDefinition<PasswordResetRequest>;
  };
  publicationJobs: {
    copy: JobDefinition<{ copyId: string }>;
    delete: JobDefinition<{ copyId: string }>;
    notice: JobDefinition<NoticeData>;
    /** Resumes copies whose worker was lost mid-copy. */
    resume: JobDefinition<Record<string, never>>;
    /** Checks once that existing versions' source OMIs are their seller's own; reports to operators. */
    ownershipAudit: JobDefinition<AuditStep>;
  };
  /** Reads both regions' OUTSCALE price catalogues and VM types (at start and daily). */
  pricesRefresh: JobDefinition<Record<string, never>>;
  /** Linked OUTSCALE accounts follow the subscriptions (shared on link, unshared on unlink). */
  linkSharing: { afterLink: AfterLinkChange; afterUnlink: AfterLinkChange };
  subscriptionJobs: {
    unshare: JobDefinition<{ accountId: string; region: Region; productIds: string[] }>;
    share: JobDefinition<{ subscriptionId: string }>;
    activate: JobDefinition<Record<string, never>>;
    /** Removes a subscription's launch permissions once it no longer grants access. */
    revoke: JobDefinition<{ subscriptionId: string }>;
  };
  usageJobs: {
    /** Every hour: one metering job per OUTSCALE account with a subscription in force. */
    meter: JobDefinition<Record<string, never>>;
    /** One account's ended hours, from its cursor. */
    meterAccount: ReturnType<typeof meterAccountJob>;
  };
  /** Every job this process can work. */
  jobDefinitions: JobDefinition<never>[];
  /** The clock: every expiry and date is computed from it, so tests move time instead of sleeping. */
  now: () => Date;
  /** Stops everything started here, in reverse order; safe to call twice. */
  stop(): Promise<void>;
};

export async function startServices(
  config: Config,
  log: Logger,
  /** A worker works the queues and runs their maintenance and schedules; default true. */
  options: { worker?: boolean } = {},
): Promise<Services> {
  const stops: (() => Promise<void> | void)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        log.error({ err: error }, 'error while stopping a service');
      }
    }
  };

  try {
    const secretKey = await loadSecretKey(config.secretKey, config.dataDir);

    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({
        dataDir: config.dataDir,
        persistent: true,
        onLog: (message) => log.trace({ part: 'postgres' }, message.trim()),
        onNotice: (message) => log.warn({ part: 'postgres' }, message),
      });
      stops.push(() => pg.stop());
      databaseUrl = await pg.ensureDatabase('marketplace');
      stops.push(await writeRuntimeFile(config.dataDir, databaseUrl));
      log.info({ part: 'postgres' }, 'embedded PostgreSQL started');
    }

    const orm = await openOrm({ url: databaseUrl, log: (message) => log.debug({ part: 'orm' }, message) });
    stops.push(() => orm.close(true));
    const applied = await migrate(orm);
    if (applied.length > 0) log.info({ migrations: applied }, 'database migrations applied');

    let devInbox: DevInbox | undefined;
    let smtpUrl = config.smtpUrl;
    if (!smtpUrl) {
      devInbox = await startDevInbox({ dir: join(config.dataDir, 'mail') });
      const inbox = devInbox;
      stops.push(() => inbox.close());
      smtpUrl = devInbox.smtpUrl;
      log.info({ part: 'smtp', url: smtpUrl }, 'embedded SMTP server started');
    }
    const mailer = createMailer({ smtpUrl, from: config.mailFrom });
    stops.push(() => mailer.close());

    // OUTSCALE requests are signed with the marketplace's clock (services.now, which tests move).
    const cloud = await startCloud(config, log, { now: () => services.now() });
    stops.push(() => cloud.close());
    const directory = await startDirectory(config, log);
    stops.push(() => directory.close());

    const jobs = await startJobQueue({ databaseUrl, log, worker: options.worker ?? true });
    stops.push(() => jobs.stop());
    const sendEmail = emailJob(mailer);
    const outbox = mailOutbox(jobs, sendEmail);
    const identityJobs = {
      provisionEim: provisionEimJob({ orm, cloud, secretKey }),
      deprovisionEim: deprovisionEimJob({ orm, cloud, secretKey }),
      passwordReset: passwordResetJob({ orm, outbox }),
    };
    // On the embedded simulator, the marketplace and its OUTSCALE keep one time: moving the simulator's
    // clock (`POST /_control/clock`, as the browser scenarios do) moves the metering, the activation
    // dates and the expiries with it. Tests in this process replace services.now itself.
    const simulatorClock = cloud.simulator?.clock;
    const now = simulatorClock ? () => simulatorClock.now() : () => new Date();
    const notice = subscriberNoticeJob({ orm, outbox, publicUrl: () => config.publicUrl ?? '' });
    const copy = copyImageJob({
      orm,
      cloud,
      jobs,
      noticeJob: notice,
      now: () => services.now(),
      onVersionAvailable: (tx, versionId) =>
        shareNewVersion(tx, { jobs, share: services.subscriptionJobs.share }, versionId),
    });
    const publicationJobs = {
      copy,
      delete: deleteCopyJob({ orm, cloud, now: () => services.now() }),
      notice,
      resume: resumeCopiesJob({ orm, jobs, copyJob: copy, now: () => services.now() }),
      ownershipAudit: imageOwnershipAuditJob({
        orm,
        jobs,
        cloud,
        secretKey,
        outbox,
        publicUrl: () => config.publicUrl ?? '',
        now: () => services.now(),
      }),
    };
    await jobs.schedule(publicationJobs.resume, '* * * * *');
    // Once per database: the same ID again is a no-op, whichever process starts first.
    await jobs.enqueue(publicationJobs.ownershipAudit, {}, { id: deterministicJobId(OWNERSHIP_AUDIT_RUN) });
    const share = shareSubscriptionJob({ orm, cloud, outbox, now: () => services.now() });
    const revoke = revokeAccessJob({ orm, cloud });
    const subscriptionJobs = {
      share,
      revoke,
      unshare: unshareJob({ orm, cloud }),
      activate: lifecycleSweepJob({
        orm,
        jobs,
        share,
        revoke,
        activated: announceActivation(outbox),
        now: () => services.now(),
      }),
    };
    await jobs.schedule(subscriptionJobs.activate, '* * * * *');
    const cleanup = identityCleanupJob({ orm, now: () => services.now() });
    await jobs.schedule(cleanup, '17 * * * *');
    const metering = {
      orm,
      secretKey,
      now: () => services.now(),
      client: (region: Region, accessKey: string, secretKey: string) =>
        cloud.client(region, accessKey, secretKey),
    };
    const meterAccount = meterAccountJob({ ...metering, jobs });
    const usageJobs = { meterAccount, meter: meteringSweepJob({ ...metering, jobs, meterAccount }) };
    // A few minutes past each hour: the hour that just ended, for every account.
    await jobs.schedule(usageJobs.meter, '5 * * * *');
    const pricesRefresh = priceRefreshJob({ orm, cloud, now: () => services.now() });
    await jobs.schedule(pricesRefresh, '41 3 * * *');
    // At start: once a day whichever process starts first; a first start (no catalogue yet) reads at
    // once, so that offers and estimates work from the first request (the job retries what fails).
    await jobs.enqueue(
      pricesRefresh,
      {},
      { id: deterministicJobId(`prices.refresh:${now().toISOString().slice(0, 10)}`) },
    );

    const services: Services = {
      config,
      log,
      orm,
      mailer,
      devInbox,
      secretKey,
      jobs,
      cloud,
      directory,
      outbox,
      catalog: {
        cache: searchCache({ maxEntries: 2000, ttlMs: 5 * 60_000 }),
        generation: generationReader(() => catalogGeneration(orm.em.fork())),
      },
      identityJobs,
      publicationJobs,
      subscriptionJobs,
      usageJobs,
      pricesRefresh,
      linkSharing: {
        afterLink: (em, organization, accountId, region) =>
          shareWithLinkedAccount(em, { jobs, ...subscriptionJobs }, organization, accountId, region),
        afterUnlink: (em, organization, accountId, region) =>
          unshareWithUnlinkedAccount(em, { jobs, ...subscriptionJobs }, organization, accountId, region),
      },
      jobDefinitions: [
        sendEmail,
        identityJobs.provisionEim,
        identityJobs.deprovisionEim,
        identityJobs.passwordReset,
        cleanup,
        publicationJobs.copy,
        publicationJobs.delete,
        publicationJobs.notice,
        publicationJobs.resume,
        publicationJobs.ownershipAudit,
        subscriptionJobs.share,
        subscriptionJobs.activate,
        subscriptionJobs.unshare,
        subscriptionJobs.revoke,
        usageJobs.meter,
        usageJobs.meterAccount,
        pricesRefresh,
      ] as JobDefinition<never>[],
      now,
      stop: stopAll,
    };
    if ((await regionsNeverRead(orm)).length > 0) {
      await pricesRefresh
        .run({}, { id: 'start', retryCount: 0 })
        .catch((error: unknown) =>
          log.warn(
            { err: error, part: 'prices' },
            'OUTSCALE price catalogues not read at start: the job retries',
          ),
        );
    }
    return services;
  } catch (error) {
    await stopAll();
    throw error;
  }
}
