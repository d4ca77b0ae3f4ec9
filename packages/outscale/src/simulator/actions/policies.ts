import type { Policy } from '../../generated/api.gen.ts';
import { errors } from '../api-error.ts';
import { newId, type SimAccount, type SimPolicy } from '../state.ts';
import { callerAccount, type Handlers, pageByFirstItem } from './context.ts';
import { findGroup, findUser } from './users.ts';

function findPolicy(account: SimAccount, orn: string): SimPolicy {
  const policy = [...account.policies.values()].find((p) => p.Orn === orn);
  if (!policy) throw errors.policyNotFound(orn);
  return policy;
}

function usageCount(account: SimAccount, orn: string): number {
  const groups = [...account.groups.values()].filter((g) => g.policyOrns.has(orn)).length;
  const users = [...account.users.values()].filter((u) => u.linkedPolicyOrns.has(orn)).length;
  return groups + users;
}

const wirePolicy = (account: SimAccount, p: SimPolicy): Policy => ({
  PolicyId: p.PolicyId,
  PolicyName: p.PolicyName,
  Path: p.Path,
  Description: p.Description,
  Orn: p.Orn,
  IsLinkable: true,
  PolicyDefaultVersionId: 'v1',
  ResourcesCount: usageCount(account, p.Orn),
  CreationDate: p.CreationDate,
  LastModificationDate: p.LastModificationDate,
});

function checkDocument(document: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    throw errors.invalidValue('Document', 'it is not JSON');
  }
  if (!Array.isArray((parsed as { Statement?: unknown } | null)?.Statement)) {
    throw errors.invalidValue('Document', 'it needs a Statement array');
  }
}

export const policyHandlers: Handlers = {
  CreatePolicy(ctx, body) {
    const account = callerAccount(ctx);
    checkDocument(body.Document);
    if (account.policies.has(body.PolicyName)) {
      throw errors.conflict('9015', `The policy '${body.PolicyName}' already exists.`);
    }
    const path = body.Path ?? '/';
    const policy: SimPolicy = {
      PolicyId: newId('', 16).toUpperCase(),
      PolicyName: body.PolicyName,
      Path: path,
      Description: body.Description ?? '',
      Document: body.Document,
      Orn: `orn:ows:idauth::${account.info.AccountId}:policy${path}${body.PolicyName}`,
      CreationDate: ctx.state.isoNow(),
      LastModificationDate: ctx.state.isoNow(),
    };
    account.policies.set(policy.PolicyName, policy);
    return { Policy: wirePolicy(account, policy) };
  },

  DeletePolicy(ctx, body) {
    const account = callerAccount(ctx);
    const policy = findPolicy(account, body.PolicyOrn);
    if (usageCount(account, policy.Orn)) {
      throw errors.invalidState(`The policy '${policy.PolicyName}' is still linked to users or groups.`);
    }
    account.policies.delete(policy.PolicyName);
    return {};
  },

  ReadPolicies(ctx, body) {
    const account = callerAccount(ctx);
    const f = body.Filters ?? {};
    const all =
      f.Scope === 'OWS'
        ? []
        : [...account.policies.values()]
            .filter(
              (p) =>
                p.Path.startsWith(f.PathPrefix ?? '') && (!f.OnlyLinked || usageCount(account, p.Orn) > 0),
            )
            .map((p) => wirePolicy(account, p));
    const { page, ...more } = pageByFirstItem(all, body);
    return { Policies: page, ...more };
  },

  LinkManagedPolicyToUserGroup(ctx, body) {
    const account = callerAccount(ctx);
    const group = findGroup(account, body.UserGroupName);
    group.policyOrns.add(findPolicy(account, body.PolicyOrn).Orn);
    return {};
  },

  UnlinkManagedPolicyFromUserGroup(ctx, body) {
    const account = callerAccount(ctx);
    const group = findGroup(account, body.UserGroupName);
    group.policyOrns.delete(findPolicy(account, body.PolicyOrn).Orn);
    return {};
  },

  LinkPolicy(ctx, body) {
    const account = callerAccount(ctx);
    findUser(account, body.UserName).linkedPolicyOrns.add(findPolicy(account, body.PolicyOrn).Orn);
    return {};
  },

  UnlinkPolicy(ctx, body) {
    const account = callerAccount(ctx);
    findUser(account, body.UserName).linkedPolicyOrns.delete(findPolicy(account, body.PolicyOrn).Orn);
    return {};
  },

  ReadLinkedPolicies(ctx, body) {
    const account = callerAccount(ctx);
    const user = findUser(account, body.UserName);
    const all = [...user.linkedPolicyOrns]
      .map((orn) => [...account.policies.values()].find((p) => p.Orn === orn))
      .filter((p) => p !== undefined)
      .map(({ PolicyId, PolicyName, Orn, CreationDate, LastModificationDate }) => ({
        PolicyId,
        PolicyName,
        Orn,
        CreationDate,
        LastModificationDate,
      }));
    const { page, ...more } = pageByFirstItem(all, body);
    return { Policies: page, ...more };
  },
};
