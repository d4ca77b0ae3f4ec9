// The demo catalog: a validated seller (Helix DevOps) with a published showcase and products of each
// kind, and a second OUTSCALE account linked to the demo buyer, so that searching, estimating and
// subscribing can be tried at once. Everything goes through the same use cases as the portals.
import { encryptSecret } from '@marketplace/auth';
import { LinkedOutscaleAccount, Organization, Product } from '@marketplace/db';
import { money } from '@marketplace/domain';
import { shareImage } from '@marketplace/outscale';
import { createProduct, type ProductInput, publishProduct } from '../publication/products.ts';
import { publishShowcase, saveShowcase } from '../publication/showcase.ts';
import { createVersion } from '../publication/versions.ts';
import type { Services } from '../services.ts';

export const DEMO_SELLER_ACCOUNT = '200000000041';
const HELIX_SOURCES = [
  { region: 'cloudgouv-eu-west-1' as const, imageId: 'ami-f1011004', owner: '200000000041' },
  { region: 'eu-west-2' as const, imageId: 'ami-f1021004', owner: '200000000042' },
];
const ACME_ACCOUNT = '300000000002';
const ACME_STAGING = '300000000004';

const support = 'support@helix-devops.example, +33 1 84 00 00 00 (business days 9:00–18:00 CET)';

const PRODUCTS: ProductInput[] = [
  {
    kind: 'omi',
    name: { en: 'GitLab CE 17 appliance', fr: 'Appliance GitLab CE 17' },
    shortDescription: {
      en: 'Self-hosted GitLab Community Edition, hardened and ready in minutes.',
      fr: 'GitLab Community Edition auto-hébergé, durci et prêt en quelques minutes.',
    },
    description: {
      en: 'A GitLab CE 17 appliance on Debian 12: repositories, merge requests, CI/CD pipelines and container registry, with automatic security updates and daily backups to OUTSCALE Object Storage.',
      fr: 'Une appliance GitLab CE 17 sur Debian 12 : dépôts, merge requests, pipelines CI/CD et registre de conteneurs, avec mises à jour de sécurité automatiques et sauvegardes quotidiennes vers le stockage objet OUTSCALE.',
    },
    categories: ['development-tools', 'security'],
    regions: ['cloudgouv-eu-west-1', 'eu-west-2'],
    supportContact: support,
    documentationUrl: 'https://docs.helix-devops.example/gitlab',
    licence:
      'Helix DevOps licence agreement. The GitLab Community Edition software is distributed under the MIT licence; the appliance tooling is licensed per VM hour as priced in this offer.',
    deploymentTemplate:
      'resource "outscale_vm" "gitlab" {\n  image_id = var.omi_id\n  vm_type  = "tinav6.c4r8p2"\n}\n',
    operatingSystem: 'Debian 12',
    architecture: 'x86_64',
    recommendedVmTypes: ['tinav6.c4r8p2', 'tinav6.c8r16p2'],
    offers: [
      {
        type: 'hourly',
        title: { en: 'Pay as you go', fr: 'Paiement à l’usage' },
        description: {
          en: 'Billed per hour of VM on top of OUTSCALE’s VM rate, on demand or at the one-year rate; no minimum term.',
          fr: 'Facturé à l’heure de VM en plus du tarif des VM OUTSCALE, à la demande ou au tarif sur un an ; sans durée minimale.',
        },
        recommendedVms: [
          { cpuGeneration: 'v6', vCpus: 4, memoryGiB: 8, performance: 'high' },
          { cpuGeneration: 'v6', vCpus: 8, memoryGiB: 16, performance: 'high' },
        ],
        prices: [
          { vmType: 'tinav6.c4r8p2', onDemandPerHour: money(12), oneYearPerHour: money(9) },
          { vmType: 'tinav6.c8r16p2', onDemandPerHour: money(22), oneYearPerHour: money(17) },
        ],
      },
    ],
  },
  {
    kind: 'omi',
    name: { en: 'GitLab Runner', fr: 'GitLab Runner' },
    shortDescription: {
      en: 'Free CI runners for your GitLab, autoscaled on OUTSCALE VMs.',
      fr: 'Des exécuteurs CI gratuits pour votre GitLab, mis à l’échelle sur des VM OUTSCALE.',
    },
    description: {
      en: 'Open-source GitLab Runner preinstalled with Docker, registered at first boot with the token you give.',
      fr: 'GitLab Runner open source préinstallé avec Docker, enregistré au premier démarrage avec le jeton fourni.',
    },
    categories: ['development-tools', 'containers'],
    regions: ['cloudgouv-eu-west-1'],
    supportContact: support,
    documentationUrl: 'https://docs.helix-devops.example/runner',
    licence: 'https://www.apache.org/licenses/LICENSE-2.0',
    operatingSystem: 'Debian 12',
    architecture: 'x86_64',
    recommendedVmTypes: ['tinav6.c2r4p3'],
    offers: [
      {
        type: 'free',
        title: { en: 'Open source', fr: 'Open source' },
        description: {
          en: 'Free under the MIT licence: you pay only for the OUTSCALE VMs the runners use.',
          fr: 'Gratuit sous licence MIT : vous ne payez que les VM OUTSCALE utilisées par les exécuteurs.',
        },
        recommendedVms: [{ cpuGeneration: 'v6', vCpus: 2, memoryGiB: 4, performance: 'medium' }],
      },
    ],
  },
  {
    kind: 'managed',
    name: { en: 'Managed GitLab by Helix', fr: 'GitLab infogéré par Helix' },
    shortDescription: {
      en: 'GitLab operated for you on the sovereign cloud, with a 99.9% SLA.',
      fr: 'GitLab exploité pour vous sur le cloud souverain, avec un SLA de 99,9 %.',
    },
    description: {
      en: 'Helix runs, monitors, updates and backs up your GitLab. Subscribed and billed on Helix’s website.',
      fr: 'Helix exploite, surveille, met à jour et sauvegarde votre GitLab. Souscription et facturation sur le site de Helix.',
    },
    categories: ['development-tools', 'business-applications'],
    supportContact: support,
    externalUrl: 'https://helix-devops.example/managed-gitlab',
    licence: 'https://helix-devops.example/managed-gitlab/terms',
    offers: [
      {
        type: 'subscription',
        title: { en: 'Team plan', fr: 'Offre équipe' },
        description: {
          en: 'Up to 50 users, daily backups kept 30 days, support on business days.',
          fr: 'Jusqu’à 50 utilisateurs, sauvegardes quotidiennes gardées 30 jours, support les jours ouvrés.',
        },
        price: money(490_00),
        commitmentMonths: 12,
        billingFrequency: 'monthly',
      },
    ],
  },
];

export async function loadDemoCatalog(services: Services): Promise<void> {
  const simulator = services.cloud.simulator;
  if (!simulator) return;
  const em = services.orm.em.fork();
  const helix = await em.findOne(Organization, { outscaleAccountId: DEMO_SELLER_ACCOUNT });
  if (helix && (await em.count(Product, { organization: helix })) === 0) {
    // Its eu-west-2 account is linked: a version's source OMI must be one of the organization's own.
    for (const source of HELIX_SOURCES.filter((s) => s.owner !== DEMO_SELLER_ACCOUNT)) {
      if (await em.count(LinkedOutscaleAccount, { organization: helix, accountId: source.owner })) continue;
      const keys = simulator.credentials(source.owner);
      em.create(LinkedOutscaleAccount, {
        organization: helix,
        label: source.region,
        accountId: source.owner,
        region: source.region,
        accessKey: keys.accessKey,
        secretKeyEncrypted: encryptSecret(services.secretKey, keys.secretKey),
      });
    }
    await em.flush();
    // In Cockpit, the seller shares its source OMIs with the marketplace's distribution accounts.
    for (const source of HELIX_SOURCES) {
      const keys = simulator.credentials(source.owner);
      const client = services.cloud.client(source.region, keys.accessKey, keys.secretKey);
      await shareImage(client, source.imageId, [services.cloud.distribution[source.region].AccountId]);
    }
    await saveShowcase(em, helix, {
      companyName: 'Helix DevOps',
      shortDescription: {
        en: 'DevOps appliances for the sovereign cloud.',
        fr: 'Des appliances DevOps pour le cloud souverain.',
      },
      description: {
        en: 'Helix DevOps packages and supports the DevOps tools French public bodies and industry rely on.',
        fr: 'Helix DevOps package et maintient les outils DevOps sur lesquels s’appuient le secteur public et l’industrie.',
      },
      website: 'https://helix-devops.example',
      contactEmail: 'sales@helix-devops.example',
      supportContact: support,
    });
    await publishShowcase(em, helix, services.now());
    const deps = {
      cloud: services.cloud,
      jobs: services.jobs,
      copyJob: services.publicationJobs.copy,
      deleteJob: services.publicationJobs.delete,
      noticeJob: services.publicationJobs.notice,
      now: services.now(),
    };
    for (const input of PRODUCTS) {
      const { id } = await createProduct(em, helix, input);
      if (input.kind === 'omi') {
        await createVersion(em, services, helix, id, {
          name: '17.5.1',
          releaseNotes: {
            en: 'GitLab 17.5.1 with the November security fixes.',
            fr: 'GitLab 17.5.1 avec les correctifs de sécurité de novembre.',
          },
          sources: HELIX_SOURCES.filter((s) => input.regions?.includes(s.region)).map(
            ({ region, imageId }) => ({ region, imageId }),
          ),
        });
      }
      await publishProduct(em, deps, helix, id);
    }
  }
  const acme = await em.findOne(Organization, { outscaleAccountId: ACME_ACCOUNT });
  if (acme && !(await em.count(LinkedOutscaleAccount, { accountId: ACME_STAGING }))) {
    const keys = simulator.credentials(ACME_STAGING);
    em.create(LinkedOutscaleAccount, {
      organization: acme,
      label: 'Staging',
      accountId: ACME_STAGING,
      region: 'cloudgouv-eu-west-1',
      accessKey: keys.accessKey,
      secretKeyEncrypted: encryptSecret(services.secretKey, keys.secretKey),
    });
    await em.flush();
  }
}
