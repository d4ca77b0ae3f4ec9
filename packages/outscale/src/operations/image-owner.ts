import type { OutscaleClient } from '../client.ts';
import { OutscaleError } from '../errors.ts';

export interface ImageOwner {
  /** The account that owns the image (`AccountId` of OUTSCALE's Image). */
  ownerId: string;
  state: string;
}

/**
 * Who owns an image, as the caller's account sees it (its own, shared with it, or public), or
 * undefined when the caller cannot see it. The owner, not visibility, says whose image it is.
 */
export async function readImageOwner(
  client: OutscaleClient,
  imageId: string,
): Promise<ImageOwner | undefined> {
  try {
    const { Images = [] } = await client.call('ReadImages', { Filters: { ImageIds: [imageId] } });
    const image = Images.find((i) => i.ImageId === imageId);
    if (!image?.AccountId) return undefined;
    return { ownerId: image.AccountId, state: image.State ?? '' };
  } catch (error) {
    // A malformed or unknown ID is "not seen", as an empty answer is.
    if (error instanceof OutscaleError && (error.isNotFound() || error.isInvalidParameter()))
      return undefined;
    throw error;
  }
}
