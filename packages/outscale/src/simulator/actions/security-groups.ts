import type {
  CreateSecurityGroupRuleRequest,
  SecurityGroup,
  SecurityGroupRule,
  SecurityGroupsMember,
} from '../../generated/api.gen.ts';
import { errors } from '../api-error.ts';
import { newId, type SimAccount, type SimSecurityGroup } from '../state.ts';
import { type ActionContext, callerAccount, type Handlers, onlyFilters, pageByToken } from './context.ts';

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const NET_ID = /^vpc-[0-9a-f]{8}$/;
const ALL = '-1';

function isCidr(value: string): boolean {
  const match = CIDR.exec(value);
  if (!match) return false;
  const [, a, b, c, d, bits] = match.map(Number);
  return [a, b, c, d].every((n) => n !== undefined && n <= 255) && bits !== undefined && bits <= 32;
}

const copyRule = (rule: SecurityGroupRule): SecurityGroupRule => ({
  ...rule,
  ...(rule.IpRanges ? { IpRanges: [...rule.IpRanges] } : {}),
  ...(rule.SecurityGroupsMembers
    ? { SecurityGroupsMembers: rule.SecurityGroupsMembers.map((m) => ({ ...m })) }
    : {}),
});

function wireGroup(group: SimSecurityGroup): SecurityGroup {
  return {
    SecurityGroupId: group.SecurityGroupId,
    SecurityGroupName: group.SecurityGroupName,
    Description: group.Description,
    AccountId: group.AccountId,
    ...(group.NetId ? { NetId: group.NetId } : {}),
    InboundRules: group.InboundRules.map(copyRule),
    OutboundRules: group.OutboundRules.map(copyRule),
    Tags: [],
  };
}

function ownGroup(ctx: ActionContext, account: SimAccount, id: string): SimSecurityGroup {
  const group = ctx.state.securityGroups.get(id);
  if (!group || group.AccountId !== account.info.AccountId) throw errors.securityGroupNotFound(id);
  return group;
}

function groupByName(ctx: ActionContext, accountId: string, name: string, netId?: string) {
  return [...ctx.state.securityGroups.values()].find(
    (g) => g.AccountId === accountId && g.SecurityGroupName === name && g.NetId === netId,
  );
}

function checkText(field: string, value: string) {
  if (value.length < 1 || value.length > 255 || !/^[\x20-\x7e]+$/.test(value)) {
    throw errors.invalidParameterValue(field, 'it must be 1 to 255 printable ASCII characters');
  }
}

/** Protocol and port range of a rule, normalized as the API answers them (`-1` for "all"). */
function normalizePorts(
  group: SimSecurityGroup,
  rule: { IpProtocol?: string; FromPortRange?: number; ToPortRange?: number },
): { IpProtocol: string; FromPortRange: number; ToPortRange: number } {
  const protocol = rule.IpProtocol ?? ALL;
  const numbered = /^\d{1,3}$/.test(protocol) && Number(protocol) <= 255;
  if (!['tcp', 'udp', 'icmp', ALL].includes(protocol) && !(group.NetId && numbered)) {
    throw errors.invalidProtocol(protocol);
  }
  if (protocol === ALL || numbered) return { IpProtocol: protocol, FromPortRange: -1, ToPortRange: -1 };
  const from = rule.FromPortRange;
  const to = rule.ToPortRange;
  if (from === undefined || to === undefined) {
    throw errors.invalidPortRange(`A ${protocol} rule needs FromPortRange and ToPortRange.`);
  }
  const [low, high] = protocol === 'icmp' ? [-1, 255] : [0, 65535];
  if (from < low || from > high || to < low || to > high || (protocol !== 'icmp' && from > to)) {
    throw errors.invalidPortRange(
      `The ${protocol} port range ${from}-${to} is not valid (from ${low} to ${high}, FromPortRange first).`,
    );
  }
  return { IpProtocol: protocol, FromPortRange: from, ToPortRange: to };
}

function resolveMembers(
  ctx: ActionContext,
  account: SimAccount,
  group: SimSecurityGroup,
  members: SecurityGroupsMember[],
): SecurityGroupsMember[] {
  return members.map((member) => {
    const accountId = member.AccountId ?? account.info.AccountId;
    const target = member.SecurityGroupId
      ? ctx.state.securityGroups.get(member.SecurityGroupId)
      : member.SecurityGroupName
        ? groupByName(ctx, accountId, member.SecurityGroupName, group.NetId)
        : undefined;
    if (!member.SecurityGroupId && !member.SecurityGroupName) {
      throw errors.invalidParameterSet(
        'A security group member needs a SecurityGroupId or SecurityGroupName.',
      );
    }
    if (!target || target.AccountId !== accountId) {
      throw errors.securityGroupNotFound(member.SecurityGroupId ?? member.SecurityGroupName ?? '');
    }
    return {
      AccountId: target.AccountId,
      SecurityGroupId: target.SecurityGroupId,
      SecurityGroupName: target.SecurityGroupName,
    };
  });
}

/** The rules a CreateSecurityGroupRule call asks for, in one of its three forms. */
function requestedRules(
  ctx: ActionContext,
  account: SimAccount,
  group: SimSecurityGroup,
  body: CreateSecurityGroupRuleRequest,
): SecurityGroupRule[] {
  const simple = [body.IpProtocol, body.FromPortRange, body.ToPortRange, body.IpRange].some(
    (v) => v !== undefined,
  );
  const linked =
    body.SecurityGroupNameToLink !== undefined || body.SecurityGroupAccountIdToLink !== undefined;
  const forms = [simple, linked, body.Rules !== undefined].filter(Boolean).length;
  if (forms !== 1) {
    throw errors.invalidParameterSet(
      'Give either IpProtocol, FromPortRange, ToPortRange and IpRange, or SecurityGroupNameToLink, or Rules.',
    );
  }
  if (simple) {
    if (body.IpRange === undefined)
      throw errors.invalidParameterSet('A rule from an IP range needs IpRange.');
    if (!isCidr(body.IpRange))
      throw errors.invalidParameterValue('IpRange', 'a CIDR like 10.0.0.0/16 is expected');
    return [{ ...normalizePorts(group, body), IpRanges: [body.IpRange] }];
  }
  if (linked) {
    if (!body.SecurityGroupNameToLink) {
      throw errors.invalidParameterSet('SecurityGroupAccountIdToLink goes with SecurityGroupNameToLink.');
    }
    const members = resolveMembers(ctx, account, group, [
      {
        SecurityGroupName: body.SecurityGroupNameToLink,
        ...(body.SecurityGroupAccountIdToLink ? { AccountId: body.SecurityGroupAccountIdToLink } : {}),
      },
    ]);
    return [{ IpProtocol: ALL, FromPortRange: -1, ToPortRange: -1, SecurityGroupsMembers: members }];
  }
  const rules = body.Rules ?? [];
  if (rules.length === 0) throw errors.invalidParameterValue('Rules', 'at least one rule is expected');
  return rules.map((rule, i) => {
    if (rule.ServiceIds?.length) throw errors.notSimulated('Rules[].ServiceIds');
    if (rule.SecurityGroupRuleId !== undefined) {
      throw errors.invalidParameterValue(`Rules[${i}].SecurityGroupRuleId`, 'it is given by the API');
    }
    const ranges = rule.IpRanges ?? [];
    const members = rule.SecurityGroupsMembers ?? [];
    if (ranges.length === 0 && members.length === 0) {
      throw errors.invalidParameterSet(`Rules[${i}] needs IpRanges or SecurityGroupsMembers.`);
    }
    for (const range of ranges) {
      if (!isCidr(range)) {
        throw errors.invalidParameterValue(`Rules[${i}].IpRanges`, `'${range}' is not a CIDR`);
      }
    }
    return {
      ...normalizePorts(group, rule),
      ...(ranges.length ? { IpRanges: [...new Set(ranges)] } : {}),
      ...(members.length ? { SecurityGroupsMembers: resolveMembers(ctx, account, group, members) } : {}),
    };
  });
}

/** Adds a rule, merged into the rule of the same protocol and ports when there is one, as the API shows. */
function addRule(list: SecurityGroupRule[], rule: SecurityGroupRule) {
  const same = list.find(
    (r) =>
      r.IpProtocol === rule.IpProtocol &&
      r.FromPortRange === rule.FromPortRange &&
      r.ToPortRange === rule.ToPortRange,
  );
  if (!same) {
    list.push({ SecurityGroupRuleId: newId('sgr-'), ...rule });
    return;
  }
  for (const range of rule.IpRanges ?? []) {
    if (same.IpRanges?.includes(range)) {
      throw errors.alreadyExists(
        `The rule ${rule.IpProtocol} ${rule.FromPortRange}-${rule.ToPortRange} from ${range} already exists.`,
      );
    }
  }
  for (const member of rule.SecurityGroupsMembers ?? []) {
    if (same.SecurityGroupsMembers?.some((m) => m.SecurityGroupId === member.SecurityGroupId)) {
      throw errors.alreadyExists(`The rule from the group ${member.SecurityGroupName} already exists.`);
    }
  }
  if (rule.IpRanges) same.IpRanges = [...(same.IpRanges ?? []), ...rule.IpRanges];
  if (rule.SecurityGroupsMembers) {
    same.SecurityGroupsMembers = [...(same.SecurityGroupsMembers ?? []), ...rule.SecurityGroupsMembers];
  }
}

export const securityGroupHandlers: Handlers = {
  CreateSecurityGroup(ctx, body) {
    const account = callerAccount(ctx);
    checkText('SecurityGroupName', body.SecurityGroupName);
    checkText('Description', body.Description);
    if (body.NetId !== undefined && !NET_ID.test(body.NetId)) {
      throw errors.invalidParameterValue('NetId', 'a Net ID like vpc-12345678 is expected');
    }
    if (groupByName(ctx, account.info.AccountId, body.SecurityGroupName, body.NetId)) {
      throw errors.duplicateSecurityGroup(body.SecurityGroupName);
    }
    const group: SimSecurityGroup = {
      SecurityGroupId: newId('sg-'),
      AccountId: account.info.AccountId,
      SecurityGroupName: body.SecurityGroupName,
      Description: body.Description,
      ...(body.NetId ? { NetId: body.NetId } : {}),
      InboundRules: [],
      // A Net's group may send anywhere until its outbound rules say otherwise; the public cloud has none.
      OutboundRules: body.NetId
        ? [
            {
              SecurityGroupRuleId: newId('sgr-'),
              IpProtocol: ALL,
              FromPortRange: -1,
              ToPortRange: -1,
              IpRanges: ['0.0.0.0/0'],
            },
          ]
        : [],
    };
    ctx.state.securityGroups.set(group.SecurityGroupId, group);
    return { SecurityGroup: wireGroup(group) };
  },

  CreateSecurityGroupRule(ctx, body) {
    const account = callerAccount(ctx);
    const group = ownGroup(ctx, account, body.SecurityGroupId);
    if (body.Flow !== 'Inbound' && body.Flow !== 'Outbound') {
      throw errors.invalidParameterValue('Flow', 'Inbound or Outbound is expected');
    }
    if (body.Flow === 'Outbound' && !group.NetId) {
      throw errors.invalidParameterValue('Flow', 'outbound rules exist for security groups of a Net only');
    }
    const rules = requestedRules(ctx, account, group, body);
    // All or nothing: the rules go on a copy first.
    const list = (body.Flow === 'Inbound' ? group.InboundRules : group.OutboundRules).map(copyRule);
    for (const rule of rules) addRule(list, rule);
    if (body.Flow === 'Inbound') group.InboundRules = list;
    else group.OutboundRules = list;
    return { SecurityGroup: wireGroup(group) };
  },

  ReadSecurityGroups(ctx, body) {
    const account = callerAccount(ctx);
    const f = body.Filters ?? {};
    onlyFilters(f, ['SecurityGroupIds', 'SecurityGroupNames', 'Descriptions', 'NetIds']);
    const groups = [...ctx.state.securityGroups.values()].filter(
      (g) =>
        g.AccountId === account.info.AccountId &&
        (!f.SecurityGroupIds || f.SecurityGroupIds.includes(g.SecurityGroupId)) &&
        (!f.SecurityGroupNames || f.SecurityGroupNames.includes(g.SecurityGroupName)) &&
        (!f.Descriptions || f.Descriptions.includes(g.Description)) &&
        (!f.NetIds || (g.NetId !== undefined && f.NetIds.includes(g.NetId))),
    );
    const { page, NextPageToken } = pageByToken(groups, body);
    return { SecurityGroups: page.map(wireGroup), ...(NextPageToken ? { NextPageToken } : {}) };
  },

  DeleteSecurityGroup(ctx, body) {
    const account = callerAccount(ctx);
    if ((body.SecurityGroupId === undefined) === (body.SecurityGroupName === undefined)) {
      throw errors.invalidParameterSet('Give either SecurityGroupId or SecurityGroupName.');
    }
    const group = body.SecurityGroupId
      ? ownGroup(ctx, account, body.SecurityGroupId)
      : groupByName(ctx, account.info.AccountId, body.SecurityGroupName ?? '');
    if (!group) throw errors.securityGroupNotFound(body.SecurityGroupName ?? '');
    if (group.SecurityGroupName === 'default') throw errors.reservedSecurityGroup(group.SecurityGroupName);
    const user = [...ctx.state.vms.values()].find(
      (vm) => vm.SecurityGroupIds.includes(group.SecurityGroupId) && ctx.state.vmState(vm) !== 'terminated',
    );
    if (user) throw errors.securityGroupInUse(group.SecurityGroupId, `the VM ${user.VmId}`);
    const referrer = [...ctx.state.securityGroups.values()].find(
      (g) =>
        g !== group &&
        [...g.InboundRules, ...g.OutboundRules].some((r) =>
          r.SecurityGroupsMembers?.some((m) => m.SecurityGroupId === group.SecurityGroupId),
        ),
    );
    if (referrer) {
      throw errors.securityGroupInUse(
        group.SecurityGroupId,
        `a rule of the group ${referrer.SecurityGroupId}`,
      );
    }
    ctx.state.securityGroups.delete(group.SecurityGroupId);
    return {};
  },
};
