import type { OutscaleClient } from '../client.ts';
import { OutscaleOperationError } from '../errors.ts';
import type { Policy, User } from '../generated/api.gen.ts';
import { firstItemPages, items } from '../paginate.ts';
import { alreadyExists, alreadyGone, tolerate } from './tolerate.ts';

/** The prefix that tells the marketplace's EIM objects from the customer's own. */
export const EIM_PREFIX = 'marketplace_';

export interface MarketplaceUserInput {
  userName: string;
  email?: string;
  groupName: string;
  policyName: string;
  /** A policy document, e.g. `{ Statement: [{ Effect: 'Allow', Action: ['api:ReadImages'], Resource: ['*'] }] }`. */
  policyDocument: string | object;
}

export interface ProvisionedUser {
  user: User;
  groupName: string;
  policyOrn: string;
}

function checkName(kind: string, name: string): void {
  if (!name.startsWith(EIM_PREFIX)) {
    throw new OutscaleOperationError('InvalidName', `The ${kind} '${name}' must start with ${EIM_PREFIX}`);
  }
}

async function findPolicy(client: OutscaleClient, name: string): Promise<Policy | undefined> {
  const pages = firstItemPages(
    client,
    'ReadPolicies',
    { Filters: { Scope: 'LOCAL' } },
    (p) => p.Policies?.length ?? 0,
  );
  for await (const policy of items(pages, (p) => p.Policies)) if (policy.PolicyName === name) return policy;
  return undefined;
}

async function findUser(client: OutscaleClient, name: string): Promise<User | undefined> {
  const pages = firstItemPages(client, 'ReadUsers', {}, (p) => p.Users?.length ?? 0);
  for await (const user of items(pages, (p) => p.Users)) if (user.UserName === name) return user;
  return undefined;
}

/** The policy's ORN, creating the policy if needed. */
async function ensurePolicy(
  client: OutscaleClient,
  name: string,
  document: string | object,
): Promise<string> {
  const created = await tolerate(
    () =>
      client.call('CreatePolicy', {
        PolicyName: name,
        Document: typeof document === 'string' ? document : JSON.stringify(document),
        Description: 'Managed by OUTSCALE Marketplace',
      }),
    alreadyExists,
  );
  const orn = created?.Policy?.Orn ?? (await findPolicy(client, name))?.Orn;
  if (!orn) throw new OutscaleOperationError('InvalidName', `The policy ${name} exists but cannot be read`);
  return orn;
}

/**
 * Creates (or completes) an EIM user in a group that carries the policy. Every step accepts "already
 * exists", so a run interrupted anywhere can simply be run again.
 */
export async function provisionMarketplaceUser(
  client: OutscaleClient,
  input: MarketplaceUserInput,
): Promise<ProvisionedUser> {
  checkName('user', input.userName);
  checkName('user group', input.groupName);
  checkName('policy', input.policyName);
  await tolerate(() => client.call('CreateUserGroup', { UserGroupName: input.groupName }), alreadyExists);
  const policyOrn = await ensurePolicy(client, input.policyName, input.policyDocument);
  await tolerate(
    () =>
      client.call('LinkManagedPolicyToUserGroup', { PolicyOrn: policyOrn, UserGroupName: input.groupName }),
    alreadyExists,
  );
  const created = await tolerate(
    () =>
      client.call('CreateUser', {
        UserName: input.userName,
        ...(input.email ? { UserEmail: input.email } : {}),
      }),
    alreadyExists,
  );
  const user = created?.User ?? (await findUser(client, input.userName));
  if (!user) throw new OutscaleOperationError('InvalidName', `The user ${input.userName} cannot be read`);
  await tolerate(
    () => client.call('AddUserToUserGroup', { UserName: input.userName, UserGroupName: input.groupName }),
    alreadyExists,
  );
  return { user, groupName: input.groupName, policyOrn };
}

/**
 * Removes an EIM user completely, meeting DeleteUser's preconditions first: keys deactivated then deleted,
 * policies unlinked, groups left. Steps already done are skipped. Returns false if the user was gone.
 */
export async function deprovisionMarketplaceUser(client: OutscaleClient, userName: string): Promise<boolean> {
  checkName('user', userName);
  const keys = await tolerate(() => client.call('ReadAccessKeys', { UserName: userName }), alreadyGone);
  if (!keys) return false;
  for (const key of keys.AccessKeys ?? []) {
    const id = key.AccessKeyId;
    if (!id) continue;
    if (key.State !== 'INACTIVE') {
      await tolerate(
        () => client.call('UpdateAccessKey', { AccessKeyId: id, UserName: userName, State: 'INACTIVE' }),
        alreadyGone,
      );
    }
    await tolerate(
      () => client.call('DeleteAccessKey', { AccessKeyId: id, UserName: userName }),
      alreadyGone,
    );
  }
  const linked = firstItemPages(
    client,
    'ReadLinkedPolicies',
    { UserName: userName },
    (p) => p.Policies?.length ?? 0,
  );
  const orns: string[] = [];
  for await (const policy of items(linked, (p) => p.Policies)) if (policy.Orn) orns.push(policy.Orn);
  for (const orn of orns) {
    await tolerate(() => client.call('UnlinkPolicy', { PolicyOrn: orn, UserName: userName }), alreadyGone);
  }
  const groups = await tolerate(
    () => client.call('ReadUserGroupsPerUser', { UserName: userName }),
    alreadyGone,
  );
  for (const group of groups?.UserGroups ?? []) {
    const groupName = group.Name;
    if (!groupName) continue;
    await tolerate(
      () => client.call('RemoveUserFromUserGroup', { UserName: userName, UserGroupName: groupName }),
      alreadyGone,
    );
  }
  const deleted = await tolerate(() => client.call('DeleteUser', { UserName: userName }), alreadyGone);
  return deleted !== undefined;
}

/**
 * Removes the group and its policy once no user is left in it. Returns false (and keeps both) while the
 * group still has users.
 */
export async function removeMarketplaceGroup(
  client: OutscaleClient,
  input: { groupName: string; policyName: string },
): Promise<boolean> {
  checkName('user group', input.groupName);
  checkName('policy', input.policyName);
  const group = await tolerate(
    () => client.call('ReadUserGroup', { UserGroupName: input.groupName }),
    alreadyGone,
  );
  if (group?.Users?.length) return false;
  const orn = (await findPolicy(client, input.policyName))?.Orn;
  if (group && orn) {
    await tolerate(
      () =>
        client.call('UnlinkManagedPolicyFromUserGroup', { PolicyOrn: orn, UserGroupName: input.groupName }),
      alreadyGone,
    );
  }
  if (group)
    await tolerate(() => client.call('DeleteUserGroup', { UserGroupName: input.groupName }), alreadyGone);
  if (orn) await tolerate(() => client.call('DeletePolicy', { PolicyOrn: orn }), alreadyGone);
  return true;
}
