import { readFileSync } from 'node:fs';
import type { ApiAccessRule, CatalogEntry, VmType } from '../generated/api.gen.ts';

export type MarketplaceRegion = 'cloudgouv-eu-west-1' | 'eu-west-2';
export const marketplaceRegions: readonly MarketplaceRegion[] = ['cloudgouv-eu-west-1', 'eu-west-2'];

export interface SeedImage {
  ImageId: string;
  ImageName: string;
  State?: 'pending' | 'available' | 'failed';
  Description?: string;
  ProductCodes?: string[];
  PermissionsToLaunch?: { AccountIds?: string[]; GlobalPermission?: boolean };
}

export interface SeedAccount {
  AccountId: string;
  Email: string;
  CompanyName: string;
  Region: string;
  AccessKey: string;
  SecretKey: string;
  FirstName?: string;
  LastName?: string;
  Country?: string;
  /** Not read by the API: says what the demo uses the account for (`distribution`, `seller`, `buyer`...). */
  Role?: string;
  /** Absent: one rule allowing every IPv4 address, as a new account has. */
  ApiAccessRules?: ApiAccessRule[];
  Images?: SeedImage[];
}

export interface Seed {
  accounts: SeedAccount[];
  /** ReadPublicCatalog's and ReadVmTypes' answers per region; absent, the demo's (seed/price-catalogue.json). */
  catalogues?: Record<string, SeedCatalogue>;
}

/**
 * A region's price catalogue and VM types, in the official shapes. `CustomVmTypes` lists the custom
 * `tinavW.cXrYpZ` types as a grid (each generation, performance, vCore count and GiB per vCore, memory
 * capped), which ReadVmTypes answers as VmType objects after the fixed `VmTypes`.
 */
export interface SeedCatalogue {
  Entries: CatalogEntry[];
  VmTypes: VmType[];
  CustomVmTypes?: {
    Generations: number[];
    Performances: number[];
    VcoreCounts: number[];
    MemoryPerVcore: number[];
    MaxMemorySize: number;
  };
}

export type DistributionAccounts = Record<
  MarketplaceRegion,
  { AccountId: string; AccessKey: string; SecretKey: string }
>;

const demoSeedUrl = new URL('../../seed/demo.json', import.meta.url);
const demoCatalogueUrl = new URL('../../seed/price-catalogue.json', import.meta.url);

function fail(where: string, what: string): never {
  throw new Error(`Invalid simulator seed: ${where} ${what}`);
}

/** Checks the fields the simulator relies on, so a broken seed fails at boot with a clear message. */
export function parseSeed(value: unknown, source = 'seed'): Seed {
  const accounts = (value as { accounts?: unknown } | null)?.accounts;
  if (!Array.isArray(accounts)) fail(source, 'needs an "accounts" array');
  const seen = new Set<string>();
  for (const [i, raw] of accounts.entries()) {
    const where = `${source} accounts[${i}]`;
    const account = raw as Record<string, unknown>;
    for (const key of ['AccountId', 'Email', 'CompanyName', 'Region', 'AccessKey', 'SecretKey']) {
      if (typeof account[key] !== 'string' || account[key] === '') fail(where, `needs a string ${key}`);
    }
    if (!/^\d{12}$/.test(String(account.AccountId))) fail(where, 'AccountId must be 12 digits');
    for (const key of [String(account.AccountId), String(account.AccessKey)]) {
      if (seen.has(key)) fail(where, `repeats ${key}`);
      seen.add(key);
    }
    for (const [j, image] of ((account.Images as unknown[] | undefined) ?? []).entries()) {
      const img = image as Record<string, unknown>;
      if (typeof img.ImageId !== 'string' || !/^ami-[0-9a-f]{8}$/.test(img.ImageId)) {
        fail(`${where}.Images[${j}]`, 'needs an ImageId like ami-0123abcd');
      }
      if (typeof img.ImageName !== 'string') fail(`${where}.Images[${j}]`, 'needs an ImageName');
    }
  }
  return value as Seed;
}

export function loadSeedFile(path: string): Seed {
  return parseSeed(JSON.parse(readFileSync(path, 'utf8')), path);
}

/** The demo seed shipped with the package. */
export function demoSeed(): Seed {
  return parseSeed(JSON.parse(readFileSync(demoSeedUrl, 'utf8')), 'demo seed');
}

/** The demo price catalogues per region (seed/price-catalogue.json), used when a seed has none. */
export function demoCatalogues(): Record<string, SeedCatalogue> {
  const { regions } = JSON.parse(readFileSync(demoCatalogueUrl, 'utf8')) as {
    regions: Record<string, SeedCatalogue>;
  };
  for (const [region, catalogue] of Object.entries(regions)) {
    if (!Array.isArray(catalogue.Entries) || !Array.isArray(catalogue.VmTypes)) {
      fail(`price catalogue ${region}`, 'needs Entries and VmTypes arrays');
    }
  }
  return regions;
}

/** A region's VM types as ReadVmTypes lists them: the fixed ones, then the custom grid expanded. */
export function expandVmTypes(catalogue: SeedCatalogue): VmType[] {
  const grid = catalogue.CustomVmTypes;
  const custom: VmType[] = [];
  if (grid) {
    for (const generation of grid.Generations)
      for (const vCores of grid.VcoreCounts)
        for (const perGiB of grid.MemoryPerVcore) {
          const memory = vCores * perGiB;
          if (memory > grid.MaxMemorySize) continue;
          for (const performance of grid.Performances) {
            custom.push({
              VmTypeName: `tinav${generation}.c${vCores}r${memory}p${performance}`,
              VcoreCount: vCores,
              MemorySize: memory,
              Gpu: 0,
              BsuOptimized: false,
              MaxPrivateIps: 30,
              VolumeCount: 0,
              Eth: 8,
            });
          }
        }
  }
  return [...catalogue.VmTypes, ...custom];
}

/**
 * The marketplace's own distribution account per region in a seed, in the shape of MARKETPLACE_ACCOUNTS,
 * so the server can default to the simulator's accounts.
 */
export function distributionAccounts(seed: Seed = demoSeed()): DistributionAccounts {
  const pick = (region: MarketplaceRegion) => {
    const account = seed.accounts.find((a) => a.Role === 'distribution' && a.Region === region);
    if (!account) throw new Error(`The seed has no distribution account in ${region}`);
    return { AccountId: account.AccountId, AccessKey: account.AccessKey, SecretKey: account.SecretKey };
  };
  return { 'cloudgouv-eu-west-1': pick('cloudgouv-eu-west-1'), 'eu-west-2': pick('eu-west-2') };
}
