import { randomBytes } from 'node:crypto';
import type { Account, ApiAccessRule, Image, ProductType, SecurityGroupRule } from '../generated/api.gen.ts';
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

export type VmStateName = 'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated';

export interface SimVm {
  VmId: string;
  AccountId: string;
  Region: string;
  SubregionName: string;
  ImageId: string;
  VmType: string;
  Performance: 'highest' | 'high' | 'medium';
  BootMode: 'legacy' | 'uefi';
  VmInitiatedShutdownBehavior: string;
  ProductCodes: string[];
  CreationDate: string;
  ReservationId: string;
  LaunchNumber: number;
  ClientToken?: string;
  UserData?: string;
  PrivateIp: string;
  PublicIp: string;
  SecurityGroupIds: string[];
  VolumeId: string;
  /**
   * Every state the VM entered, with when, on the simulator's clock, oldest first. A transitional state
   * is followed by the state it settles into, dated in the future until the delay is over; the current
   * state is the last one dated now or earlier. Consumption counts the time spent `running`.
   */
  timeline: { at: number; state: VmStateName }[];
}

export interface SimFlexibleGpu {
  FlexibleGpuId: string;
  AccountId: string;
  ModelName: string;
  Generation: string;
  SubregionName: string;
  DeleteOnVmDeletion: boolean;
  /** The VM it is linked to, and since when (attaching until that VM goes through `stopped`). */
  link?: { vmId: string; at: number };
  /** Unlinked while its VM ran: detaching until that VM goes through `stopped`. */
  unlink?: { vmId: string; at: number };
}

export interface SimSecurityGroup {
  SecurityGroupId: string;
  AccountId: string;
  SecurityGroupName: string;
  Description: string;
  NetId?: string;
  InboundRules: SecurityGroupRule[];
  OutboundRules: SecurityGroupRule[];
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
  readonly flexibleGpus = new Map<string, SimFlexibleGpu>();
  readonly securityGroups = new Map<string, SimSecurityGroup>();
  /**
   * Hourly on-demand price of a VM type per region (`region` → `VmType` → price in `currency`), for
   * ReadConsumptionAccount's ShowPrice. Empty unless a price catalogue is loaded: prices are then left out.
   */
  readonly vmPrices = new Map<string, Map<string, number>>();
  /** The region's on-demand price of a VM type, in € per hour, from its price catalogue (set by the server). */
  catalogueRate: (region: string, vmType: string) => number | undefined = () => undefined;
  currency = 'EUR';
  /** Counters behind the private and public IPs handed to VMs, so that no two VMs share one. */
  private addressCount = 0;

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
      this.addDefaultSecurityGroup(a.AccountId);
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

  /** Each account has a `default` group in the public cloud, given to VMs created without a group. */
  private addDefaultSecurityGroup(accountId: string) {
    const group: SimSecurityGroup = {
      SecurityGroupId: newId('sg-'),
      AccountId: accountId,
      SecurityGroupName: 'default',
      Description: 'default group',
      InboundRules: [],
      OutboundRules: [],
    };
    // The default rule lets the group's VMs reach each other.
    group.InboundRules.push({
      SecurityGroupRuleId: newId('sgr-'),
      IpProtocol: '-1',
      FromPortRange: -1,
      ToPortRange: -1,
      SecurityGroupsMembers: [
        { AccountId: accountId, SecurityGroupId: group.SecurityGroupId, SecurityGroupName: 'default' },
      ],
    });
    this.securityGroups.set(group.SecurityGroupId, group);
  }

  /** A fresh private address in 10.0.0.0/8 and public one in 171.33.64.0/18, as the public cloud hands out. */
  nextAddresses(): { privateIp: string; publicIp: string } {
    const n = ++this.addressCount;
    const privateIp = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    const publicIp = `171.33.${64 + ((n >> 8) & 63)}.${n & 255}`;
    return { privateIp, publicIp };
  }

  /** The state a VM was in at a moment (now by default). */
  vmState(vm: SimVm, at = this.now()): VmStateName {
    let state: VmStateName = vm.timeline[0]?.state ?? 'pending';
    for (const step of vm.timeline) {
      if (step.at > at) break;
      state = step.state;
    }
    return state;
  }

  /** Milliseconds the VM spent `running` within [from, to). */
  vmRunningMs(vm: SimVm, from: number, to: number): number {
    let total = 0;
    vm.timeline.forEach((step, i) => {
      if (step.state !== 'running') return;
      const end = vm.timeline[i + 1]?.at ?? Number.POSITIVE_INFINITY;
      const start = Math.max(from, step.at);
      const stop = Math.min(to, end);
      if (stop > start) total += stop - start;
    });
    return total;
  }

  /**
   * Moves a VM to a new state now, forgetting the transitions it had not reached yet, then to `settled`
   * after `delayMs` (the VM stays in `state` when there is none).
   */
  moveVm(vm: SimVm, state: VmStateName, settled?: VmStateName, delayMs = 0) {
    const now = this.now();
    vm.timeline = vm.timeline.filter((step) => step.at <= now);
    vm.timeline.push({ at: now, state });
    if (settled) vm.timeline.push({ at: now + delayMs, state: settled });
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
