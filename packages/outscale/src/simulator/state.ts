import { randomBytes } from 'node:crypto';
import type { Account, ApiAccessRule, Image, ProductType } from '../generated/api.gen.ts';
import type { Seed } from './seed.ts';

export type ImageStateName = 'pending' | 'available' | 'failed';

export interface SimImage {
  ImageId: string;
  AccountId: string;
  Region: string;
  ImageName: string;
  Description: string;
  ProductCodes: string[];
  CreationDate: string;
  /** When a pending image becomes available, on the simulator's clock. */
  availableAt: number;
  /** The copy ends `failed` instead of `available` once its delay is over. */
  failed: boolean;
  launchAccountIds: Set<string>;
  global: boolean;
  sourceImageId?: string;
}

export interface SimAccessKey {
  AccessKeyId: string;
  SecretKey: string;
  AccountId: string;
  /** Absent for the account's root keys. */
  UserName?: string;
  State: 'ACTIVE' | 'INACTIVE';
  CreationDate: string;
  LastModificationDate: string;
  Tag?: string;
  failures: number;
  lockedUntil: number;
}

export interface SimUser {
  UserId: string;
  UserName: string;
  UserEmail?: string;
  Path: string;
  CreationDate: string;
  LastModificationDate: string;
  linkedPolicyOrns: Set<string>;
}

export interface SimGroup {
  UserGroupId: string;
  Name: string;
  Path: string;
  Orn: string;
  CreationDate: string;
  LastModificationDate: string;
  userNames: Set<string>;
  policyOrns: Set<string>;
}

export interface SimPolicy {
  PolicyId: string;
  PolicyName: string;
  Path: string;
  Description: string;
  Document: string;
  Orn: string;
  CreationDate: string;
  LastModificationDate: string;
}

export interface SimVm {
  VmId: string;
  AccountId: string;
  Region: string;
  ImageId: string;
  VmType: string;
  ProductCodes: string[];
  CreationDate: string;
  createdAt: number;
  terminatedAt?: number;
}

export interface SimAccount {
  info: Account & { AccountId: string };
  Region: string;
  Role?: string;
  rules: (ApiAccessRule & { ApiAccessRuleId: string })[];
  users: Map<string, SimUser>;
  groups: Map<string, SimGroup>;
  policies: Map<string, SimPolicy>;
}

export const newId = (prefix: string, bytes = 4): string => `${prefix}${randomBytes(bytes).toString('hex')}`;

/** Everything the simulated cloud knows, in memory. Actions read and change it; tests may inspect it. */
export class SimulatorState {
  readonly accounts = new Map<string, SimAccount>();
  readonly keys = new Map<string, SimAccessKey>();
  readonly images = new Map<string, SimImage>();
  readonly productTypes = new Map<string, ProductType & { ProductTypeId: string; AccountId: string }>();
  readonly vms = new Map<string, SimVm>();

  constructor(
    readonly now: () => number,
    seed: Seed,
  ) {
    for (const a of seed.accounts) {
      const { AccessKey, SecretKey, Region, Role, ApiAccessRules, Images, ...info } = a;
      this.accounts.set(a.AccountId, {
        info,
        Region,
        ...(Role ? { Role } : {}),
        rules: (ApiAccessRules ?? [{ IpRanges: ['0.0.0.0/0'] }]).map((rule) => ({
          ...rule,
          ApiAccessRuleId: rule.ApiAccessRuleId ?? newId('aar-', 16),
        })),
        users: new Map(),
        groups: new Map(),
        policies: new Map(),
      });
      this.addKey({ AccessKeyId: AccessKey, SecretKey, AccountId: a.AccountId });
      for (const image of Images ?? []) {
        this.images.set(image.ImageId, {
          ImageId: image.ImageId,
          AccountId: a.AccountId,
          Region,
          ImageName: image.ImageName,
          Description: image.Description ?? '',
          ProductCodes: image.ProductCodes ?? [],
          CreationDate: this.isoNow(),
          availableAt: image.State === 'pending' ? Number.POSITIVE_INFINITY : this.now(),
          failed: image.State === 'failed',
          launchAccountIds: new Set(image.PermissionsToLaunch?.AccountIds ?? []),
          global: image.PermissionsToLaunch?.GlobalPermission ?? false,
        });
      }
    }
  }

  isoNow(): string {
    return new Date(this.now()).toISOString();
  }

  addKey(init: {
    AccessKeyId?: string;
    SecretKey?: string;
    AccountId: string;
    UserName?: string;
    Tag?: string;
  }) {
    const key: SimAccessKey = {
      AccessKeyId: init.AccessKeyId ?? newId('', 10).toUpperCase(),
      SecretKey: init.SecretKey ?? newId('', 20).toUpperCase(),
      AccountId: init.AccountId,
      ...(init.UserName ? { UserName: init.UserName } : {}),
      ...(init.Tag ? { Tag: init.Tag } : {}),
      State: 'ACTIVE',
      CreationDate: this.isoNow(),
      LastModificationDate: this.isoNow(),
      failures: 0,
      lockedUntil: 0,
    };
    this.keys.set(key.AccessKeyId, key);
    return key;
  }

  imageState(image: SimImage): ImageStateName {
    if (this.now() < image.availableAt) return 'pending';
    return image.failed ? 'failed' : 'available';
  }

  /** What the cloud lets an account see: its own images, those shared with it and public ones. */
  visibleTo(image: SimImage, account: SimAccount): boolean {
    if (image.Region !== account.Region) return false;
    return (
      image.AccountId === account.info.AccountId ||
      image.global ||
      image.launchAccountIds.has(account.info.AccountId)
    );
  }

  toWireImage(image: SimImage): Image {
    return {
      AccountId: image.AccountId,
      Architecture: 'x86_64',
      BlockDeviceMappings: [
        {
          Bsu: {
            DeleteOnVmDeletion: true,
            SnapshotId: `snap-${image.ImageId.slice(4)}`,
            VolumeSize: 10,
            VolumeType: 'standard',
          },
          DeviceName: '/dev/sda1',
        },
      ],
      BootModes: ['legacy'],
      CreationDate: image.CreationDate,
      Description: image.Description,
      FileLocation: `${image.AccountId}/${image.ImageName}`,
      ImageId: image.ImageId,
      ImageName: image.ImageName,
      ImageType: 'machine',
      PermissionsToLaunch: { AccountIds: [...image.launchAccountIds], GlobalPermission: image.global },
      ProductCodes: [...image.ProductCodes],
      RootDeviceName: '/dev/sda1',
      RootDeviceType: 'bsu',
      SecureBoot: false,
      State: this.imageState(image),
      StateComment:
        this.imageState(image) === 'failed'
          ? {
              StateCode: 'Server.InternalError',
              StateMessage: 'The image copy failed (injected by the simulator).',
            }
          : {},
      Tags: [],
      TpmMandatory: false,
    };
  }
}
