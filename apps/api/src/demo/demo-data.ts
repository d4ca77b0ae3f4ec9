// DEMO_DATA=true (the default of `pnpm start`): demo organizations on the simulator's demo accounts, so
// that both portals can be tried at once. Idempotent: what exists already is left as it is.
import { encryptSecret, hashPassword } from '@marketplace/auth';
import { MarketplaceAccount, Organization } from '@marketplace/db';
import { eimUserName, type OrganizationState, type OrganizationType } from '@marketplace/domain';
import type { Services } from '../services.ts';
import { loadDemoCatalog } from './demo-catalog.ts';

export type DemoLogin = { portal: 'buyer' | 'seller'; role: string; email: string; password: string };

type DemoOrganization = {
  name: string;
  types: OrganizationType[];
  state: OrganizationState;
  outscaleAccountId: string;
  admin: { email: string; firstName: string; lastName: string; password: string };
};

const PASSWORD = 'Demo-password-2026!';

const ORGANIZATIONS: DemoOrganization[] = [
  {
    name: 'Nimbus Linux SAS',
    types: ['seller'],
    state: 'validated',
    outscaleAccountId: '200000000011',
    admin: {
      email: 'seller@nimbus-linux.example',
      firstName: 'Noémie',
      lastName: 'Laurent',
      password: PASSWORD,
    },
  },
  {
    name: 'Acme Industries',
    types: ['buyer'],
    state: 'validated',
    outscaleAccountId: '300000000002',
    admin: {
      email: 'buyer@acme-industries.example',
      firstName: 'Alex',
      lastName: 'Martin',
      password: PASSWORD,
    },
  },
  {
    name: 'Helix DevOps SAS',
    types: ['seller'],
    state: 'validated',
    outscaleAccountId: '200000000041',
    admin: {
      email: 'seller@helix-devops.example',
      firstName: 'Camille',
      lastName: 'Roux',
      password: PASSWORD,
    },
  },
  {
    name: 'Ubuntu Works SARL',
    types: ['buyer', 'seller'],
    state: 'pending_validation',
    outscaleAccountId: '200000000021',
    admin: { email: 'admin@ubuntu-works.example', firstName: 'Hugo', lastName: 'Petit', password: PASSWORD },
  },
];

const OPERATOR = { email: 'operator@marketplace.example', password: PASSWORD };

export async function loadDemoData(services: Services): Promise<DemoLogin[]> {
  const simulator = services.cloud.simulator;
  if (!simulator) {
    services.log.warn(
      'DEMO_DATA needs the OUTSCALE simulator (unset OUTSCALE_ENDPOINT): no demo data loaded',
    );
    return [];
  }
  const em = services.orm.em.fork();
  for (const demo of ORGANIZATIONS) {
    if (await em.count(Organization, { outscaleAccountId: demo.outscaleAccountId })) continue;
    if (await em.count(MarketplaceAccount, { email: demo.admin.email })) continue;
    const keys = simulator.credentials(demo.outscaleAccountId);
    const organization = em.create(Organization, {
      name: demo.name,
      types: demo.types,
      region: 'cloudgouv-eu-west-1',
      language: 'en',
      state: demo.state,
      validatedAt: demo.state === 'validated' ? services.now() : null,
      outscaleAccountId: demo.outscaleAccountId,
      outscaleEmail: simulator.state.accounts.get(demo.outscaleAccountId)?.info.Email ?? demo.admin.email,
      accessKey: keys.accessKey,
      secretKeyEncrypted: encryptSecret(services.secretKey, keys.secretKey),
    });
    const id = crypto.randomUUID();
    em.create(MarketplaceAccount, {
      id,
      organization,
      email: demo.admin.email,
      firstName: demo.admin.firstName,
      lastName: demo.admin.lastName,
      roles: ['admin', 'user'],
      language: 'en',
      passwordHash: await hashPassword(demo.admin.password),
      eimUserName: eimUserName(id),
      eimState: 'pending',
    });
    await em.flush();
    await services.jobs.enqueue(services.identityJobs.provisionEim, { accountId: id }, { singletonKey: id });
  }
  await loadDemoCatalog(services);
  if (!(await em.count(MarketplaceAccount, { email: OPERATOR.email }))) {
    em.create(MarketplaceAccount, {
      organization: null,
      email: OPERATOR.email,
      firstName: 'Platform',
      lastName: 'Operator',
      roles: [],
      operator: true,
      language: 'en',
      passwordHash: await hashPassword(OPERATOR.password),
    });
    await em.flush();
  }
  return [
    ...ORGANIZATIONS.map((o) => ({
      portal: o.types.includes('seller') ? ('seller' as const) : ('buyer' as const),
      role: `${o.name} admin${o.state === 'validated' ? '' : ' (pending validation)'}`,
      email: o.admin.email,
      password: o.admin.password,
    })),
    { portal: 'seller', role: 'platform operator', email: OPERATOR.email, password: OPERATOR.password },
  ];
}
