import { errors } from '../api-error.ts';
import { newId } from '../state.ts';
import { callerAccount, type Handlers, onlyFilters } from './context.ts';

const IPV4_RANGE = /^(\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?$/;

export const accountHandlers: Handlers = {
  ReadAccounts(ctx) {
    return { Accounts: [{ ...callerAccount(ctx).info }] };
  },

  ReadApiAccessRules(ctx, body) {
    const account = callerAccount(ctx);
    onlyFilters(body.Filters, ['ApiAccessRuleIds', 'Descriptions']);
    const f = body.Filters ?? {};
    return {
      ApiAccessRules: account.rules
        .filter(
          (r) =>
            (!f.ApiAccessRuleIds || f.ApiAccessRuleIds.includes(r.ApiAccessRuleId)) &&
            (!f.Descriptions || f.Descriptions.includes(r.Description ?? '')),
        )
        .map((r) => ({ ...r })),
    };
  },

  CreateApiAccessRule(ctx, body) {
    const account = callerAccount(ctx);
    if (!body.IpRanges?.length && !body.CaIds?.length) throw errors.missingParameter('IpRanges');
    for (const [i, range] of (body.IpRanges ?? []).entries()) {
      if (!IPV4_RANGE.test(range))
        throw errors.invalidValue(`IpRanges[${i}]`, `'${range}' is not an IPv4 range`);
    }
    const rule = {
      ApiAccessRuleId: newId('aar-', 16),
      IpRanges: body.IpRanges ?? [],
      CaIds: body.CaIds ?? [],
      Cns: body.Cns ?? [],
      Description: body.Description ?? '',
    };
    account.rules.push(rule);
    return { ApiAccessRule: { ...rule } };
  },

  DeleteApiAccessRule(ctx, body) {
    const account = callerAccount(ctx);
    const index = account.rules.findIndex((r) => r.ApiAccessRuleId === body.ApiAccessRuleId);
    if (index < 0) throw errors.apiAccessRuleNotFound(body.ApiAccessRuleId);
    if (account.rules.length === 1) throw errors.invalidState('The last API access rule cannot be deleted.');
    account.rules.splice(index, 1);
    return {};
  },
};
