import type { OutscaleClient } from '../client.ts';
import { OutscaleOperationError } from '../errors.ts';
import type { Image } from '../generated/api.gen.ts';

/** Account IDs per UpdateImage call: keeps each request small whatever the number of buyers. */
export const DEFAULT_SHARE_BATCH_SIZE = 100;

async function readOwnImage(client: OutscaleClient, imageId: string): Promise<Image> {
  const { Images } = await client.call('ReadImages', { Filters: { ImageIds: [imageId] } });
  const image = Images?.[0];
  if (!image)
    throw new OutscaleOperationError('ImageNotFound', `The image ${imageId} is not visible to this account`);
  return image;
}

/** Public: every account can see and launch it. Private: only the accounts it is shared with. */
export async function setImageVisibility(
  client: OutscaleClient,
  imageId: string,
  visibility: 'public' | 'private',
): Promise<Image> {
  const change = { GlobalPermission: true };
  const { Image } = await client.call('UpdateImage', {
    ImageId: imageId,
    PermissionsToLaunch: visibility === 'public' ? { Additions: change } : { Removals: change },
  });
  return Image ?? (await readOwnImage(client, imageId));
}

export interface ShareResult {
  /** The accounts whose permission this run changed (the others already had it as wanted). */
  changed: string[];
  updateCalls: number;
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

async function changePermissions(
  client: OutscaleClient,
  imageId: string,
  accountIds: string[],
  mode: 'Additions' | 'Removals',
  batchSize: number,
): Promise<ShareResult> {
  const current = new Set((await readOwnImage(client, imageId)).PermissionsToLaunch?.AccountIds ?? []);
  const wanted = [...new Set(accountIds)].filter((id) =>
    mode === 'Additions' ? !current.has(id) : current.has(id),
  );
  const batches = chunks(wanted, Math.max(1, batchSize));
  for (const batch of batches) {
    await client.call('UpdateImage', {
      ImageId: imageId,
      PermissionsToLaunch: { [mode]: { AccountIds: batch } },
    });
  }
  return { changed: wanted, updateCalls: batches.length };
}

/** Lets these accounts see and launch the image; only the missing ones are sent, in batches. */
export function shareImage(
  client: OutscaleClient,
  imageId: string,
  accountIds: string[],
  options: { batchSize?: number } = {},
): Promise<ShareResult> {
  return changePermissions(
    client,
    imageId,
    accountIds,
    'Additions',
    options.batchSize ?? DEFAULT_SHARE_BATCH_SIZE,
  );
}

/** Withdraws the permission from these accounts; VMs they already run keep running. */
export function unshareImage(
  client: OutscaleClient,
  imageId: string,
  accountIds: string[],
  options: { batchSize?: number } = {},
): Promise<ShareResult> {
  return changePermissions(
    client,
    imageId,
    accountIds,
    'Removals',
    options.batchSize ?? DEFAULT_SHARE_BATCH_SIZE,
  );
}
