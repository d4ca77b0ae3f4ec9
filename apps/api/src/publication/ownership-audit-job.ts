// The audit of versions made before a source OMI had to be the seller's own: every version's sources
// are judged by the same rule as products.versions.create, and what is not proved the organization's
// own is recorded as a finding and e-mailed to the platform operators. Enqueued once at start (a
// deterministic job ID); safe to run again: a finding is recorded, and mailed, once. A page of versions a
// run, each ending well within a job's expiry (jobs/queue.ts), then the next page as a job of its own.
//
// Offenders are NOT unpublished here: a finding may be innocent (a seller may have deleted its own source
// after the marketplace copied it, or its keys may be out of date), and unpublishing removes the OMIs of
// paying subscribers. An operator looks into each one and decides.
import { ImageOwnershipFinding, MarketplaceAccount, type Orm, Version } from '@marketplace/db';
import { isOwnershipRefusal, type Region, type SourceImageRefusal } from '@marketplace/domain';
import { deterministicJobId, type JobDefinition, type JobQueue } from '../jobs/queue.ts';
import type { MailOutbox } from '../mail/email-job.ts';
import { type FindingLine, imageOwnershipFindingsMail } from '../mail/operator-mails.ts';
import { judgeSource, type SellerAccount, type SourceCheckDeps, sellerAccounts } from './source-images.ts';

// Up to three OUTSCALE calls per source: ten versions stay within a job's 30 s on a slow endpoint.
const PAGE = 10;

/** Bump to audit every version again (a new deterministic job ID), e.g. after the rule changes. */
export const OWNERSHIP_AUDIT_RUN = 'publication.ownership-audit:1';

type Finding = FindingLine & {
  versionId: string;
  productId: string;
  organizationId: string;
  region: Region;
  reason: SourceImageRefusal;
};

export type OwnershipAuditDeps = SourceCheckDeps & {
  orm: Orm;
  jobs: JobQueue;
  outbox: MailOutbox;
  publicUrl: () => string;
  now: () => Date;
};

/**
 * Where a run of the audit is: after this version ID (in ID order), or at the first version; `run` and
 * `startedAt` name the whole run (its first job and when it began), for its one summary to the operators.
 */
export type AuditStep = { after?: string; run?: string; startedAt?: string };

export function imageOwnershipAuditJob(deps: OwnershipAuditDeps): JobDefinition<AuditStep> {
  const audit: JobDefinition<AuditStep> = {
    name: 'publication.ownership-audit',
    retryLimit: 5,
    retryDelaySeconds: 10,
    async run(step, job) {
      if (!step.run || !step.startedAt) {
        // The run's name and start, fixed once in the first page's job: a retry of this step keeps them.
        const run = { run: job.id, startedAt: deps.now().toISOString() };
        await deps.jobs.enqueue(audit, run, { id: deterministicJobId(`${job.id}:start`) });
        return;
      }
      const run = { run: step.run, startedAt: step.startedAt };
      const { findings, failures, last } = await auditPage(deps, step.after);
      await recordFindings(deps, findings);
      // What OUTSCALE could not answer now is judged on the retry of this page; the findings so far are kept.
      if (failures.length > 0) {
        throw new Error(`ownership audit: ${failures.length} source(s) not checked: ${failures[0]}`);
      }
      // The next page's ID follows from this run's: a run repeated after a crash enqueues it once.
      if (last) {
        await deps.jobs.enqueue(audit, { after: last, ...run }, { id: deterministicJobId(`${job.id}:next`) });
      } else {
        await mailOperators(deps, run);
      }
    },
  };
  return audit;
}

/** One page of versions judged; `last` is its last version's ID, or undefined when it was the end. */
async function auditPage(deps: OwnershipAuditDeps, after: string | undefined) {
  const findings: Finding[] = [];
  const failures: string[] = [];
  const accounts = new Map<string, Promise<SellerAccount[]>>();
  const em = deps.orm.em.fork();
  const versions = await em.find(Version, after ? { id: { $gt: after } } : {}, {
    orderBy: { id: 'asc' },
    limit: PAGE,
    populate: ['product', 'product.organization'],
  });
  for (const version of versions) {
    const organization = version.product.organization;
    for (const { region, imageId } of version.sources) {
      const key = `${organization.id}/${region}`;
      if (!accounts.has(key)) accounts.set(key, sellerAccounts(em, organization.id, region));
      try {
        const verdict = await judgeSource(deps, await (accounts.get(key) ?? []), region, imageId);
        if (verdict.ok || !isOwnershipRefusal(verdict.reason)) continue;
        findings.push({
          versionId: version.id,
          productId: version.product.id,
          organizationId: organization.id,
          organizationName: organization.name,
          product: version.product.name,
          versionName: version.name,
          region,
          imageId,
          reason: verdict.reason,
          ownerId: verdict.ownerId,
        });
      } catch (error) {
        failures.push(`${version.id} ${region} ${imageId}: ${(error as Error).message}`);
      }
    }
  }
  return { findings, failures, last: versions.length === PAGE ? versions.at(-1)?.id : undefined };
}

/** Records the findings not recorded yet (a version, region and image once). */
async function recordFindings(deps: OwnershipAuditDeps, findings: Finding[]) {
  if (findings.length === 0) return;
  await deps.orm.em.fork().transactional(async (tx) => {
    const known = await tx.find(ImageOwnershipFinding, { version: findings.map((f) => f.versionId) });
    const fresh = findings.filter(
      (f) =>
        !known.some((k) => k.version.id === f.versionId && k.region === f.region && k.imageId === f.imageId),
    );
    const foundAt = deps.now();
    for (const f of fresh) {
      tx.create(ImageOwnershipFinding, {
        version: f.versionId,
        product: f.productId,
        organization: f.organizationId,
        region: f.region,
        imageId: f.imageId,
        reason: f.reason,
        ownerId: f.ownerId,
        foundAt,
      });
    }
  });
}

/** At the end of a run, one e-mail to each operator listing what this run found (nothing: no e-mail). */
async function mailOperators(deps: OwnershipAuditDeps, run: { run: string; startedAt: string }) {
  await deps.orm.em.fork().transactional(async (tx) => {
    const found = await tx.find(
      ImageOwnershipFinding,
      { foundAt: { $gte: new Date(run.startedAt) } },
      { orderBy: { foundAt: 'asc', id: 'asc' }, populate: ['organization', 'product', 'version'] },
    );
    if (found.length === 0) return;
    const findings: FindingLine[] = found.map((f) => ({
      organizationName: f.organization.name,
      product: f.product.name,
      versionName: f.version.name,
      region: f.region,
      imageId: f.imageId,
      reason: f.reason,
      ownerId: f.ownerId ?? null,
    }));
    for (const operator of await tx.find(MarketplaceAccount, { operator: true })) {
      await deps.outbox.send(
        tx,
        operator.email,
        imageOwnershipFindingsMail,
        { findings, url: `${deps.publicUrl()}/seller/operator` },
        operator.language,
        { id: deterministicJobId(`ownership-findings:${operator.id}:${run.run}`) },
      );
    }
  });
}
