import { errors } from '../api-error.ts';
import { newId } from '../state.ts';
import { callerAccount, type Handlers, pageByToken } from './context.ts';

export const productTypeHandlers: Handlers = {
  ReadProductTypes(ctx, body) {
    const ids = body.Filters?.ProductTypeIds;
    const all = [...ctx.state.productTypes.values()]
      .filter((p) => !ids || ids.includes(p.ProductTypeId))
      .map(({ ProductTypeId, Description, Vendor }) => ({ ProductTypeId, Description, Vendor }));
    const { page, NextPageToken } = pageByToken(all, body);
    return { ProductTypes: page, ...(NextPageToken ? { NextPageToken } : {}) };
  },

  CreateProductType(ctx, body) {
    const account = callerAccount(ctx);
    const productType = {
      ProductTypeId: newId('pty-'),
      Description: body.Description,
      Vendor: body.Vendor ?? account.info.CompanyName ?? '',
      AccountId: account.info.AccountId,
    };
    ctx.state.productTypes.set(productType.ProductTypeId, productType);
    const { AccountId: _owner, ...wire } = productType;
    return { ProductType: wire };
  },

  DeleteProductType(ctx, body) {
    const account = callerAccount(ctx);
    const productType = ctx.state.productTypes.get(body.ProductTypeId);
    if (!productType) throw errors.productTypeNotFound(body.ProductTypeId);
    if (productType.AccountId !== account.info.AccountId) {
      // Another account's product type is not the caller's to delete: answered as not found.
      throw errors.productTypeNotFound(body.ProductTypeId);
    }
    const inUse = [...ctx.state.images.values()].some((i) => i.ProductCodes.includes(body.ProductTypeId));
    if (inUse && !body.Force) {
      throw errors.invalidState(
        `The product type ${body.ProductTypeId} is still used by images (use Force).`,
      );
    }
    ctx.state.productTypes.delete(body.ProductTypeId);
    return {};
  },
};
