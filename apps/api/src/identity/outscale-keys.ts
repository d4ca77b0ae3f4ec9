// Proving an OUTSCALE account by its keys, with messages that say what to change when it fails.
import { badRequest, preconditionFailed, type Region, type Text } from '@marketplace/domain';
import { type AccountSummary, checkApiAccess, verifyCredentials } from '@marketplace/outscale';
import type { Cloud } from '../cloud.ts';

const WRONG_KEYS: Text = {
  en: 'OUTSCALE did not accept these keys. Check the access key and the secret key, and the region they belong to.',
  fr: "OUTSCALE n'a pas accepté ces clés. Vérifiez la clé d'accès, la clé secrète et la région à laquelle elles appartiennent.",
};

const accessRulesRefused = (ip: string): Text => ({
  en: `Your account's API access rules do not let the marketplace in: they do not allow its address ${ip}, or allow it only with a client certificate (CA), which the marketplace cannot present. Add an API access rule allowing ${ip} without a certificate (in Cockpit, or with CreateApiAccessRule), then try again.`,
  fr: `Les règles d'accès API de votre compte ne laissent pas entrer la Marketplace : elles n'autorisent pas son adresse ${ip}, ou seulement avec un certificat client (CA), que la Marketplace ne peut pas présenter. Ajoutez une règle d'accès API autorisant ${ip} sans certificat (dans Cockpit, ou avec CreateApiAccessRule), puis réessayez.`,
});

const certificateRequired = (ip: string): Text => ({
  en: `Your account's API access rules require a client certificate (CA) for the marketplace's address ${ip}. The marketplace cannot present one: add a rule allowing ${ip} without a certificate.`,
  fr: `Les règles d'accès API de votre compte exigent un certificat client (CA) pour l'adresse de la Marketplace ${ip}. La Marketplace ne peut pas en présenter : ajoutez une règle autorisant ${ip} sans certificat.`,
});

/** Reads the account behind the keys, or explains why the marketplace cannot use them. */
export async function proveOutscaleAccount(
  cloud: Cloud,
  region: Region,
  accessKey: string,
  secretKey: string,
): Promise<AccountSummary> {
  const client = cloud.client(region, accessKey.trim(), secretKey.trim());
  const ip = `${cloud.marketplaceIp}/32`;
  const check = await verifyCredentials(client);
  if (!check.ok) {
    if (check.reason === 'api_access_rules') throw preconditionFailed(accessRulesRefused(ip));
    throw badRequest(WRONG_KEYS, { accessKey: WRONG_KEYS, secretKey: WRONG_KEYS });
  }
  const access = await checkApiAccess(client, cloud.marketplaceIp);
  if (access.reachable && access.certificateRequired) throw preconditionFailed(certificateRequired(ip));
  return check.account;
}
