import { errors } from '../api-error.ts';
import { newId, type SimAccount, type SimImage } from '../state.ts';
import {
  type ActionContext,
  callerAccount,
  type Handlers,
  onlyFilters,
  pageByToken,
  wildcardMatch,
} from './context.ts';

const ACCOUNT_ID = /^\d{12}$/;

function ownImage(ctx: ActionContext, account: SimAccount, imageId: string): SimImage {
  const image = ctx.state.images.get(imageId);
  if (!image || !ctx.state.visibleTo(image, account)) throw errors.imageNotFound(imageId);
  if (image.AccountId !== account.info.AccountId) {
    throw errors.invalidValue('ImageId', `the image ${imageId} belongs to another account`);
  }
  return image;
}

function checkProductCodes(ctx: ActionContext, codes: string[] | undefined): void {
  for (const code of codes ?? []) {
    if (!ctx.state.productTypes.has(code)) throw errors.productTypeNotFound(code);
  }
}

function checkAccountIds(field: string, ids: string[] | undefined): void {
  for (const id of ids ?? [])
    if (!ACCOUNT_ID.test(id)) throw errors.invalidValue(field, `'${id}' is not an account ID`);
}

export const imageHandlers: Handlers = {
  ReadImages(ctx, body) {
    const account = callerAccount(ctx);
    const f = body.Filters ?? {};
    onlyFilters(f, [
      'ImageIds',
      'AccountIds',
      'States',
      'ProductCodes',
      'ImageNames',
      'PermissionsToLaunchAccountIds',
      'PermissionsToLaunchGlobalPermission',
    ]);
    const matches = [...ctx.state.images.values()].filter(
      (image) =>
        ctx.state.visibleTo(image, account) &&
        (!f.ImageIds || f.ImageIds.includes(image.ImageId)) &&
        (!f.AccountIds || f.AccountIds.includes(image.AccountId)) &&
        (!f.States || f.States.includes(ctx.state.imageState(image))) &&
        (!f.ProductCodes || f.ProductCodes.some((c) => image.ProductCodes.includes(c))) &&
        (!f.ImageNames || f.ImageNames.some((n) => wildcardMatch(n, image.ImageName))) &&
        (!f.PermissionsToLaunchAccountIds ||
          f.PermissionsToLaunchAccountIds.some((a) => image.launchAccountIds.has(a))) &&
        (f.PermissionsToLaunchGlobalPermission === undefined ||
          f.PermissionsToLaunchGlobalPermission === image.global),
    );
    const { page, NextPageToken } = pageByToken(matches, body);
    return {
      Images: page.map((image) => ctx.state.toWireImage(image)),
      ...(NextPageToken ? { NextPageToken } : {}),
    };
  },

  CreateImage(ctx, body) {
    const account = callerAccount(ctx);
    if (!body.SourceImageId) {
      throw errors.notSimulated('Creating an image from a VM, a snapshot or a manifest (only the copy mode)');
    }
    if (!body.SourceRegionName) throw errors.missingParameter('SourceRegionName');
    if (body.SourceRegionName !== account.Region) {
      throw errors.invalidValue(
        'SourceRegionName',
        `a copy must come from the account's region (${account.Region})`,
      );
    }
    const source = ctx.state.images.get(body.SourceImageId);
    if (!source || !ctx.state.visibleTo(source, account)) throw errors.imageNotFound(body.SourceImageId);
    if (ctx.state.imageState(source) !== 'available') {
      throw errors.invalidImageState(
        `The image ${source.ImageId} is ${ctx.state.imageState(source)}, not available.`,
      );
    }
    checkProductCodes(ctx, body.ProductCodes);
    const name = body.ImageName ?? source.ImageName;
    const owned = [...ctx.state.images.values()].filter((i) => i.AccountId === account.info.AccountId);
    if (owned.some((i) => i.ImageName === name)) {
      throw errors.conflict('9015', `An image named '${name}' already exists in this account.`);
    }
    if (owned.length >= ctx.limits.imagesPerAccount) {
      // The catalogue has no image quota; an OMI copy is its snapshots: 10026 too-many-snapshots.
      throw errors.quota('10026', `The account already has ${owned.length} images, the most it may have.`);
    }
    const image: SimImage = {
      ImageId: newId('ami-'),
      AccountId: account.info.AccountId,
      Region: account.Region,
      ImageName: name,
      Description: body.Description ?? source.Description,
      // A copy keeps the source's product codes: otherwise copying would strip a product's billing.
      ProductCodes: [...new Set([...source.ProductCodes, ...(body.ProductCodes ?? [])])],
      CreationDate: ctx.state.isoNow(),
      availableAt: ctx.state.now() + ctx.limits.imageCopyDelayMs,
      failed: ctx.failImage,
      launchAccountIds: new Set(),
      global: false,
      sourceImageId: source.ImageId,
    };
    ctx.state.images.set(image.ImageId, image);
    return { Image: ctx.state.toWireImage(image) };
  },

  UpdateImage(ctx, body) {
    const image = ownImage(ctx, callerAccount(ctx), body.ImageId);
    const { Additions, Removals } = body.PermissionsToLaunch ?? {};
    checkAccountIds('PermissionsToLaunch.Additions.AccountIds', Additions?.AccountIds);
    checkAccountIds('PermissionsToLaunch.Removals.AccountIds', Removals?.AccountIds);
    checkProductCodes(ctx, body.ProductCodes);
    for (const id of Additions?.AccountIds ?? []) image.launchAccountIds.add(id);
    for (const id of Removals?.AccountIds ?? []) image.launchAccountIds.delete(id);
    if (Additions?.GlobalPermission) image.global = true;
    if (Removals?.GlobalPermission) image.global = false;
    if (body.ProductCodes) image.ProductCodes = [...new Set(body.ProductCodes)];
    if (body.Description !== undefined) image.Description = body.Description;
    return { Image: ctx.state.toWireImage(image) };
  },

  DeleteImage(ctx, body) {
    const image = ownImage(ctx, callerAccount(ctx), body.ImageId);
    // VMs keep their own copy of the product codes, so they run on after their image is gone.
    ctx.state.images.delete(image.ImageId);
    return {};
  },
};
