import type { OutscaleClient } from '../client.ts';
import type { ProductType } from '../generated/api.gen.ts';
import { items, tokenPages } from '../paginate.ts';
import { alreadyGone, tolerate } from './tolerate.ts';

export interface ProductCodeInput {
  /**
   * Deterministic and unique to the product (e.g. `OUTSCALE Marketplace product 42`): a re-run after a
   * crash finds the product type by it instead of creating a second one.
   */
  description: string;
  vendor?: string;
}

export async function findProductCode(
  client: OutscaleClient,
  input: ProductCodeInput,
): Promise<(ProductType & { ProductTypeId: string }) | undefined> {
  for await (const type of items(tokenPages(client, 'ReadProductTypes', {}), (p) => p.ProductTypes)) {
    if (
      type.ProductTypeId &&
      type.Description === input.description &&
      (!input.vendor || type.Vendor === input.vendor)
    ) {
      return { ...type, ProductTypeId: type.ProductTypeId };
    }
  }
  return undefined;
}

/** The product code (a product type ID, `pty-...`) for this description, created only if none exists. */
export async function ensureProductCode(client: OutscaleClient, input: ProductCodeInput): Promise<string> {
  const existing = await findProductCode(client, input);
  if (existing) return existing.ProductTypeId;
  const { ProductType } = await client.call('CreateProductType', {
    Description: input.description,
    ...(input.vendor ? { Vendor: input.vendor } : {}),
  });
  if (!ProductType?.ProductTypeId) throw new Error('CreateProductType answered without a ProductTypeId');
  return ProductType.ProductTypeId;
}

/** Deletes a product type; one already gone counts as done. */
export async function deleteProductCode(
  client: OutscaleClient,
  productTypeId: string,
  options: { force?: boolean } = {},
): Promise<void> {
  await tolerate(
    () =>
      client.call('DeleteProductType', {
        ProductTypeId: productTypeId,
        ...(options.force ? { Force: true } : {}),
      }),
    alreadyGone,
  );
}
