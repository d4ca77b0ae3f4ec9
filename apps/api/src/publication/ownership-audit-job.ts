// The audit of versions made before a source OMI had to be the seller's own: every version's sources
// are judged by the same rule as products.versions.create, and what is not proved the organization's
// own is recorded as a finding and e-mailed to the platform operators. Enqueued once at start (a
// deterministic job ID); safe to run again: a finding is recorded, and mailed, once.
//
// Offenders are NOT unpublished here: a finding may be innocent (a seller may have deleted its own source
// after the marketplace copied it, or its keys may be out of date), and unpublishing removes the OMIs of
// paying subscribers. An operator looks into each one and decides.
import { ImageOwnershipFinding, MarketplaceAccount, type Orm, Version } from '@marketplace/db';
import { isOwnershipRefusal, type Region, type SourceImageRefusal } from '@marketplace/domain';
import { deterministicJobId, type JobDefinition } from '../jobs/queue.ts';
import type { MailOutbox } from '../mail/email-job.ts';
import { type FindingLine, imageOwnershipFindingsMail } from '../mail/operator-mails.ts';
import { judgeSource, type SellerAccount, type SourceCheckDeps, sellerAccounts } from './source-images.ts';

const PAGE = 100;

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
  outbox: MailOutbox;
  publicUrl: () => string;
  now: () => Date;
};

export function imageOwnershipAuditJob(deps: OwnershipAuditDeps): JobDefinition<Record<string, never>> {
  return {
    name: 'publication.ownership-audit',
    retryLimit: 5,
    retryDelaySeconds: 10,
    async run() {
      const { findings, failures } = await auditVersions(deps);
      await recordFindings(deps, findings);
      // What OUTSCALE could not answer now is judged on the retry; the findings so far are kept.
      if (failures.length > 0) {
        throw new Error(`ownership audit: ${failures.length} source(s) not checked: ${failures[0]}`);
      }
    },
  };
}

async function auditVersions(deps: OwnershipAuditDeps) {
  const findings: Finding[] = [];
  const failures: string[] = [];
  const accounts = new Map<string, Promise<SellerAccount[]>>();
  let after: string | undefined;
  for (;;) {
    const em = deps.orm.em.fork();
    const versions = await em.find(Version, after ? { id: { $gt: after } } : {}, {
      orderBy: { id: 'asc' },
      limit: PAGE,
      populate: ['product', 'product.organization'],
    });
    if (versions.length === 0) break;
    after = versions.at(-1)?.id;
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
            productName: version.product.name.en,
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
  }
  return { findings, failures };
}

/** Records the findings not recorded yet and e-mails those to the operators, in one transaction. */
async function recordFindings(deps: OwnershipAuditDeps, findings: Finding[]) {
  if (findings.length === 0) return;
  await deps.orm.em.fork().transactional(async (tx) => {
    const known = await tx.find(ImageOwnershipFinding, { version: findings.map((f) => f.versionId) });
    const fresh = findings.filter(
      (f) =>
        !known.some((k) => k.version.id === f.versionId && k.region === f.region && k.imageId === f.imageId),
    );
    if (fresh.length === 0) return;
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
    await tx.flush();
    const operators = await tx.find(MarketplaceAccount, { operator: true });
    const batch = fresh.map((f) => `${f.versionId}/${f.region}/${f.imageId}`).join(',');
    for (const operator of operators) {
      await deps.outbox.send(
        tx,
        operator.email,
        imageOwnershipFindingsMail,
        { findings: fresh, url: `${deps.publicUrl()}/seller/operator` },
        operator.language,
        { id: deterministicJobId(`ownership-findings:${operator.id}:${batch}`) },
      );
    }
  });
}
