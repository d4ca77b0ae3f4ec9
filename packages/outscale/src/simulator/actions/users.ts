import type { User, UserGroup } from '../../generated/api.gen.ts';
import { errors } from '../api-error.ts';
import { newId, type SimAccount, type SimGroup, type SimUser } from '../state.ts';
import { type ActionContext, callerAccount, type Handlers, pageByFirstItem } from './context.ts';

const USER_NAME = /^[A-Za-z0-9+=,.@_-]{1,64}$/;

export function findUser(account: SimAccount, name: string): SimUser {
  const user = account.users.get(name);
  if (!user) throw errors.userNotFound(name);
  return user;
}

export function findGroup(account: SimAccount, name: string): SimGroup {
  const group = account.groups.get(name);
  if (!group) throw errors.userGroupNotFound(name);
  return group;
}

const wireUser = (u: SimUser): User => ({
  UserId: u.UserId,
  UserName: u.UserName,
  Path: u.Path,
  CreationDate: u.CreationDate,
  LastModificationDate: u.LastModificationDate,
  OutscaleLoginAllowed: false,
  ...(u.UserEmail ? { UserEmail: u.UserEmail } : {}),
});

const wireGroup = (g: SimGroup): UserGroup => ({
  UserGroupId: g.UserGroupId,
  Name: g.Name,
  Path: g.Path,
  Orn: g.Orn,
  CreationDate: g.CreationDate,
  LastModificationDate: g.LastModificationDate,
});

function keysOf(ctx: ActionContext, account: SimAccount, userName: string) {
  return [...ctx.state.keys.values()].filter(
    (k) => k.AccountId === account.info.AccountId && k.UserName === userName,
  );
}

export const userHandlers: Handlers = {
  CreateUser(ctx, body) {
    const account = callerAccount(ctx);
    if (!USER_NAME.test(body.UserName)) {
      throw errors.invalidValue('UserName', '1 to 64 letters, digits or +=,.@-_ are allowed');
    }
    if (account.users.has(body.UserName)) {
      throw errors.conflict('9022', `The user '${body.UserName}' already exists.`);
    }
    const user: SimUser = {
      UserId: newId('', 16).toUpperCase(),
      UserName: body.UserName,
      Path: body.Path ?? '/',
      CreationDate: ctx.state.isoNow(),
      LastModificationDate: ctx.state.isoNow(),
      linkedPolicyOrns: new Set(),
      ...(body.UserEmail ? { UserEmail: body.UserEmail } : {}),
    };
    account.users.set(user.UserName, user);
    return { User: wireUser(user) };
  },

  DeleteUser(ctx, body) {
    const account = callerAccount(ctx);
    const user = findUser(account, body.UserName);
    const groups = [...account.groups.values()].filter((g) => g.userNames.has(user.UserName));
    const remaining = [
      groups.length ? `groups ${groups.map((g) => g.Name).join(', ')}` : '',
      keysOf(ctx, account, user.UserName).length ? 'access keys' : '',
      user.linkedPolicyOrns.size ? 'linked policies' : '',
    ].filter(Boolean);
    if (remaining.length) {
      throw errors.invalidState(`The user '${user.UserName}' still has ${remaining.join(', ')}.`);
    }
    account.users.delete(user.UserName);
    return {};
  },

  ReadUsers(ctx, body) {
    const account = callerAccount(ctx);
    const ids = body.Filters?.UserIds;
    const all = [...account.users.values()].filter((u) => !ids || ids.includes(u.UserId)).map(wireUser);
    const { page, ...more } = pageByFirstItem(all, body);
    return { Users: page, ...more };
  },

  CreateUserGroup(ctx, body) {
    const account = callerAccount(ctx);
    if (account.groups.has(body.UserGroupName)) {
      throw errors.conflict('9008', `The user group '${body.UserGroupName}' already exists.`);
    }
    const path = body.Path ?? '/';
    const group: SimGroup = {
      UserGroupId: newId('', 16).toUpperCase(),
      Name: body.UserGroupName,
      Path: path,
      Orn: `orn:ows:idauth::${account.info.AccountId}:usergroup${path}${body.UserGroupName}`,
      CreationDate: ctx.state.isoNow(),
      LastModificationDate: ctx.state.isoNow(),
      userNames: new Set(),
      policyOrns: new Set(),
    };
    account.groups.set(group.Name, group);
    return { UserGroup: wireGroup(group) };
  },

  DeleteUserGroup(ctx, body) {
    const account = callerAccount(ctx);
    const group = findGroup(account, body.UserGroupName);
    if (!body.Force && (group.userNames.size || group.policyOrns.size)) {
      throw errors.invalidState(`The user group '${group.Name}' still has users or policies (use Force).`);
    }
    account.groups.delete(group.Name);
    return {};
  },

  AddUserToUserGroup(ctx, body) {
    const account = callerAccount(ctx);
    const group = findGroup(account, body.UserGroupName);
    group.userNames.add(findUser(account, body.UserName).UserName);
    return {};
  },

  RemoveUserFromUserGroup(ctx, body) {
    const account = callerAccount(ctx);
    const group = findGroup(account, body.UserGroupName);
    group.userNames.delete(findUser(account, body.UserName).UserName);
    return {};
  },

  ReadUserGroup(ctx, body) {
    const account = callerAccount(ctx);
    const group = findGroup(account, body.UserGroupName);
    const users = [...group.userNames].map((name) => account.users.get(name)).filter((u) => u !== undefined);
    return { UserGroup: wireGroup(group), Users: users.map(wireUser) };
  },

  ReadUserGroups(ctx, body) {
    const account = callerAccount(ctx);
    const f = body.Filters ?? {};
    const all = [...account.groups.values()]
      .filter(
        (g) =>
          (!f.UserGroupIds || f.UserGroupIds.includes(g.UserGroupId)) &&
          g.Path.startsWith(f.PathPrefix ?? ''),
      )
      .map(wireGroup);
    const { page, ...more } = pageByFirstItem(all, body);
    return { UserGroups: page, ...more };
  },

  ReadUserGroupsPerUser(ctx, body) {
    const account = callerAccount(ctx);
    const user = findUser(account, body.UserName);
    return {
      UserGroups: [...account.groups.values()].filter((g) => g.userNames.has(user.UserName)).map(wireGroup),
    };
  },
};
