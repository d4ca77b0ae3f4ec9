import type { AccessKey } from '../../generated/api.gen.ts';
import { errors } from '../api-error.ts';
import type { SimAccessKey, SimAccount } from '../state.ts';
import { type ActionContext, callerAccount, type Handlers, onlyFilters } from './context.ts';
import { findUser } from './users.ts';

const wireKey = (k: SimAccessKey): AccessKey => ({
  AccessKeyId: k.AccessKeyId,
  State: k.State,
  CreationDate: k.CreationDate,
  LastModificationDate: k.LastModificationDate,
  ...(k.Tag ? { Tag: k.Tag } : {}),
});

/** Without UserName a call is about the caller's own keys: the account's, or the EIM user's. */
function ownerName(ctx: ActionContext, userName: string | undefined): string | undefined {
  return userName ?? ctx.key?.UserName;
}

function findKey(
  ctx: ActionContext,
  account: SimAccount,
  id: string,
  userName: string | undefined,
): SimAccessKey {
  const key = ctx.state.keys.get(id);
  if (!key || key.AccountId !== account.info.AccountId || key.UserName !== ownerName(ctx, userName)) {
    throw errors.accessKeyNotFound(id);
  }
  return key;
}

export const accessKeyHandlers: Handlers = {
  CreateAccessKey(ctx, body) {
    const account = callerAccount(ctx);
    const userName = ownerName(ctx, body.UserName);
    if (userName) findUser(account, userName);
    const existing = [...ctx.state.keys.values()].filter(
      (k) => k.AccountId === account.info.AccountId && k.UserName === userName,
    );
    if (existing.length >= ctx.limits.accessKeysPerUser) {
      throw errors.quota('10005', `${userName ?? 'The account'} already has ${existing.length} access keys.`);
    }
    const key = ctx.state.addKey({
      AccountId: account.info.AccountId,
      ...(userName ? { UserName: userName } : {}),
      ...(body.Tag ? { Tag: body.Tag } : {}),
    });
    return { AccessKey: { ...wireKey(key), SecretKey: key.SecretKey } };
  },

  ReadAccessKeys(ctx, body) {
    const account = callerAccount(ctx);
    const userName = ownerName(ctx, body.UserName);
    if (userName) findUser(account, userName);
    onlyFilters(body.Filters, ['AccessKeyIds', 'States']);
    const f = body.Filters ?? {};
    const keys = [...ctx.state.keys.values()].filter(
      (k) =>
        k.AccountId === account.info.AccountId &&
        k.UserName === userName &&
        (!f.AccessKeyIds || f.AccessKeyIds.includes(k.AccessKeyId)) &&
        (!f.States || f.States.includes(k.State)),
    );
    return { AccessKeys: keys.map(wireKey) };
  },

  UpdateAccessKey(ctx, body) {
    const key = findKey(ctx, callerAccount(ctx), body.AccessKeyId, body.UserName);
    if (body.State !== undefined) {
      if (body.State !== 'ACTIVE' && body.State !== 'INACTIVE') {
        throw errors.invalidValue('State', 'expected ACTIVE or INACTIVE');
      }
      key.State = body.State;
    }
    if (body.Tag !== undefined) key.Tag = body.Tag;
    if (body.ClearTag) delete key.Tag;
    key.LastModificationDate = ctx.state.isoNow();
    return { AccessKey: wireKey(key) };
  },

  DeleteAccessKey(ctx, body) {
    const key = findKey(ctx, callerAccount(ctx), body.AccessKeyId, body.UserName);
    if (key.State !== 'INACTIVE') {
      throw errors.invalidState(`The access key ${key.AccessKeyId} must be INACTIVE before it is deleted.`);
    }
    ctx.state.keys.delete(key.AccessKeyId);
    return {};
  },
};
