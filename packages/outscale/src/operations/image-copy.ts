import type { OutscaleClient } from '../client.ts';
import { OutscaleOperationError } from '../errors.ts';
import type { Image } from '../generated/api.gen.ts';
import { realSleep } from '../retry.ts';
import { readAccount } from './account.ts';
import { alreadyExists, alreadyGone, tolerate } from './tolerate.ts';

export interface CopyProgress {
  imageId: string;
  state: string;
  elapsedMs: number;
}

export interface WaitOptions {
  onProgress?: (progress: CopyProgress) => void;
  /** Default 5 s. */
  pollIntervalMs?: number;
  /** Default 1 h: big images take long to copy. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface CopyImageInput {
  sourceImageId: string;
  /**
   * Stable across re-runs (e.g. the marketplace's copy ID). It names the copy, so a run that crashed
   * after CreateImage finds its copy instead of making a second one. (The subset has no tagging call.)
   */
  idempotencyKey: string;
  productCodes?: string[];
  description?: string;
  /** The caller's account ID, if known, saves a ReadAccounts. */
  accountId?: string;
}

/** The deterministic image name of a copy: letters, digits and `-._()/` only, as ImageName allows. */
export function copyImageName(idempotencyKey: string): string {
  const safe = idempotencyKey.replace(/[^A-Za-z0-9._()/-]/g, '-');
  if (!safe) throw new OutscaleOperationError('InvalidName', 'An idempotency key is needed to name the copy');
  return `marketplace-copy-${safe}`.slice(0, 128);
}

async function readImage(client: OutscaleClient, imageId: string): Promise<Image | undefined> {
  const { Images } = await client.call('ReadImages', { Filters: { ImageIds: [imageId] } });
  return Images?.[0];
}

async function findCopy(client: OutscaleClient, accountId: string, name: string): Promise<Image | undefined> {
  const { Images } = await client.call('ReadImages', {
    Filters: { AccountIds: [accountId], ImageNames: [name] },
  });
  return Images?.find((image) => image.ImageName === name);
}

/** Polls an image until it is available; throws when it fails or the wait times out. */
export async function waitForImage(
  client: OutscaleClient,
  imageId: string,
  options: WaitOptions = {},
): Promise<Image> {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const started = now();
  for (;;) {
    const image = await readImage(client, imageId);
    if (!image)
      throw new OutscaleOperationError('ImageNotFound', `The image ${imageId} disappeared while copying`);
    const state = image.State ?? 'pending';
    options.onProgress?.({ imageId, state, elapsedMs: now() - started });
    if (state === 'available') return image;
    if (state === 'failed') {
      throw new OutscaleOperationError(
        'ImageCopyFailed',
        `The copy ${imageId} failed: ${image.StateComment?.StateMessage ?? 'no reason given'}`,
      );
    }
    if (now() - started >= (options.timeoutMs ?? 3_600_000)) {
      throw new OutscaleOperationError('ImageWaitTimeout', `The image ${imageId} is still ${state}`);
    }
    await sleep(options.pollIntervalMs ?? 5000);
  }
}

/**
 * Starts a copy of an image (own, shared with the caller, or public) into the caller's account, or
 * finds the one an earlier run started (by its deterministic name), without waiting: the image comes
 * back in whatever state it is, `pending` while OUTSCALE copies. A failed copy is deleted and started
 * again, unless `keepFailed` (then it is returned as is, for the caller to count the failure).
 */
export async function startImageCopy(
  client: OutscaleClient,
  input: CopyImageInput,
  options: { keepFailed?: boolean } = {},
): Promise<Image> {
  const accountId = input.accountId ?? (await readAccount(client)).accountId;
  const name = copyImageName(input.idempotencyKey);
  let copy = await findCopy(client, accountId, name);
  if (copy?.State === 'failed' && copy.ImageId) {
    if (options.keepFailed) return copy;
    const failedId = copy.ImageId;
    await tolerate(() => client.call('DeleteImage', { ImageId: failedId }), alreadyGone);
    copy = undefined;
  }
  if (!copy) {
    const created = await tolerate(
      () =>
        client.call('CreateImage', {
          SourceImageId: input.sourceImageId,
          SourceRegionName: client.region,
          ImageName: name,
          ...(input.description ? { Description: input.description } : {}),
          ...(input.productCodes?.length ? { ProductCodes: input.productCodes } : {}),
        }),
      alreadyExists,
    );
    // A conflict means a concurrent or earlier run created it after our lookup.
    copy = created?.Image ?? (await findCopy(client, accountId, name));
  }
  if (!copy?.ImageId) throw new OutscaleOperationError('ImageNotFound', `The copy ${name} cannot be found`);
  return copy;
}

/** Adds the product codes an available copy lacks (a copy keeps the source's; ours must be there too). */
export async function stampProductCodes(
  client: OutscaleClient,
  image: Image,
  productCodes: string[] = [],
): Promise<Image> {
  const missing = productCodes.filter((code) => !image.ProductCodes?.includes(code));
  if (!missing.length || !image.ImageId) return image;
  const { Image: stamped } = await client.call('UpdateImage', {
    ImageId: image.ImageId,
    ProductCodes: [...(image.ProductCodes ?? []), ...missing],
  });
  return stamped ?? image;
}

/**
 * Copies an image, stamps it with product codes and waits until it is available. Safe to re-run: it
 * resumes from whatever state the copy reached. (A job that must not wait long uses `startImageCopy`
 * and polls instead.)
 */
export async function copyImage(
  client: OutscaleClient,
  input: CopyImageInput,
  options: WaitOptions = {},
): Promise<Image> {
  const copy = await startImageCopy(client, input);
  const ready = await waitForImage(client, copy.ImageId ?? '', options);
  return stampProductCodes(client, ready, input.productCodes);
}
