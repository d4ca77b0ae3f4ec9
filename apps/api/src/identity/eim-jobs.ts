// EIM backing of Marketplace accounts: an EIM user `marketplace_…` in the `marketplace_users` group,
// which carries the marketplace's policy, created and removed through the organization's own keys.
import { decryptSecret } from '@marketplace/auth';
import { MarketplaceAccount, Organization, type Orm } from '@marketplace/db';
import { deprovisionMarketplaceUser, provisionMarketplaceUser } from '@marketplace/outscale';
import type { Cloud } from '../cloud.ts';
import type { JobDefinition } from '../jobs/queue.ts';

export const EIM_GROUP = 'marketplace_users';
export const EIM_POLICY = 'marketplace_policy';
/** What a Marketplace account may do on the cloud through its EIM user: see what it subscribed to. */
export const EIM_POLICY_DOCUMENT = {
  Statement: [
    {
      Effect: 'Allow',
      Action: ['api:ReadImages', 'api:ReadProductTypes', 'api:ReadVms', 'api:ReadConsumptionAccount'],
      Resource: ['*'],
    },
  ],
};

type Deps = { orm: Orm; cloud: Cloud; secretKey: Buffer };

async function clientFor(deps: Deps, organization: Organization) {
  const secret = decryptSecret(deps.secretKey, organization.secretKeyEncrypted).toString('utf8');
  return deps.cloud.client(organization.region, organization.accessKey, secret);
}

export function provisionEimJob(deps: Deps): JobDefinition<{ accountId: string }> {
  const job: JobDefinition<{ accountId: string }> = {
    name: 'eim.provision',
    retryLimit: 6,
    retryDelaySeconds: 10,
    batchSize: 4,
    async run({ accountId }, attempt) {
      const em = deps.orm.em.fork();
      const account = await em.findOne(MarketplaceAccount, { id: accountId }, { populate: ['organization'] });
      // Deleted meanwhile: the deprovisioning job cleans up whatever a previous run created.
      if (!account?.organization || !account.eimUserName) return;
      const organization = await em.findOneOrFail(
        Organization,
        { id: account.organization.id },
        { populate: ['secretKeyEncrypted'] },
      );
      try {
        await provisionMarketplaceUser(await clientFor(deps, organization), {
          userName: account.eimUserName,
          email: account.email,
          groupName: EIM_GROUP,
          policyName: EIM_POLICY,
          policyDocument: EIM_POLICY_DOCUMENT,
        });
        await em.nativeUpdate(MarketplaceAccount, { id: accountId }, { eimState: 'provisioned' });
      } catch (error) {
        if (attempt.retryCount >= job.retryLimit) {
          await em.nativeUpdate(MarketplaceAccount, { id: accountId }, { eimState: 'failed' });
        }
        throw error;
      }
    },
  };
  return job;
}

export function deprovisionEimJob(deps: Deps): JobDefinition<{ organizationId: string; userName: string }> {
  return {
    name: 'eim.deprovision',
    retryLimit: 8,
    retryDelaySeconds: 10,
    batchSize: 4,
    async run({ organizationId, userName }) {
      const em = deps.orm.em.fork();
      const organization = await em.findOne(
        Organization,
        { id: organizationId },
        { populate: ['secretKeyEncrypted'] },
      );
      if (!organization) return;
      await deprovisionMarketplaceUser(await clientFor(deps, organization), userName);
    },
  };
}
