import {
  productsChangeLicenceInput,
  productsCreateInput,
  productsDeleteDraftInput,
  productsGetInput,
  productsListInput,
  productsPublishInput,
  productsSubscribersInput,
  productsUnpublishInput,
  productsUpdateInput,
  productsVersionsCreateInput,
  productsVersionsPublishInput,
  productsVersionsUnpublishInput,
  productsVersionsUpdateInput,
  showcaseSaveInput,
} from '@marketplace/validators';
import { type Context, router, sellerProcedure } from '../trpc.ts';
import { changeLicence } from './licence-versions.ts';
import {
  createProduct,
  deleteDraft,
  describeProduct,
  findOwnProduct,
  listProducts,
  publishProduct,
  unpublishProduct,
  updateProduct,
} from './products.ts';
import { getShowcase, publishShowcase, saveShowcase } from './showcase.ts';
import { listSubscribers } from './subscribers.ts';
import {
  createVersion,
  type PublicationDeps,
  publishVersion,
  unpublishVersion,
  updateVersion,
} from './versions.ts';

const publicationDeps = (ctx: Context): PublicationDeps => ({
  cloud: ctx.services.cloud,
  jobs: ctx.services.jobs,
  copyJob: ctx.services.publicationJobs.copy,
  deleteJob: ctx.services.publicationJobs.delete,
  noticeJob: ctx.services.publicationJobs.notice,
  now: ctx.services.now(),
});

const em = (ctx: Context) => ctx.services.orm.em.fork();

export const showcaseRouter = router({
  get: sellerProcedure.query(({ ctx }) => getShowcase(em(ctx), ctx.member.organization)),
  save: sellerProcedure
    .input(showcaseSaveInput)
    .mutation(({ ctx, input }) => saveShowcase(em(ctx), ctx.member.organization, input)),
  publish: sellerProcedure.mutation(({ ctx }) =>
    publishShowcase(em(ctx), ctx.member.organization, ctx.services.now()),
  ),
});

export const productsRouter = router({
  /** A page of the organization's products, newest first. */
  list: sellerProcedure
    .input(productsListInput)
    .query(({ ctx, input }) => listProducts(em(ctx), ctx.member.organization, input ?? {})),
  get: sellerProcedure.input(productsGetInput).query(async ({ ctx, input }) => {
    const entityManager = em(ctx);
    const product = await findOwnProduct(entityManager, ctx.member.organization, input.id);
    return describeProduct(entityManager, product, ctx.services.cloud);
  }),
  create: sellerProcedure
    .input(productsCreateInput)
    .mutation(({ ctx, input }) => createProduct(em(ctx), ctx.member.organization, input)),
  update: sellerProcedure.input(productsUpdateInput).mutation(({ ctx, input }) => {
    const { id: productId, ...fields } = input;
    return updateProduct(em(ctx), ctx.member.organization, productId, fields);
  }),
  deleteDraft: sellerProcedure.input(productsDeleteDraftInput).mutation(async ({ ctx, input }) => {
    await deleteDraft(em(ctx), ctx.member.organization, input.id);
    return { ok: true as const };
  }),
  publish: sellerProcedure.input(productsPublishInput).mutation(async ({ ctx, input }) => {
    await publishProduct(
      em(ctx),
      publicationDeps(ctx),
      ctx.member.organization,
      input.id,
      ctx.member.account,
    );
    return { ok: true as const };
  }),
  /** A new version of a published product's licence agreement; bound or not, the seller chooses. */
  changeLicence: sellerProcedure
    .input(productsChangeLicenceInput)
    .mutation(({ ctx, input }) => changeLicence(em(ctx), publicationDeps(ctx), ctx.member, input)),
  /** A page of the product's subscribers, newest first. */
  subscribers: sellerProcedure
    .input(productsSubscribersInput)
    .query(({ ctx, input }) => listSubscribers(em(ctx), ctx.member.organization, input.id, input)),
  unpublish: sellerProcedure.input(productsUnpublishInput).mutation(async ({ ctx, input }) => {
    await unpublishProduct(em(ctx), publicationDeps(ctx), ctx.member.organization, input.id);
    return { ok: true as const };
  }),
  versions: router({
    create: sellerProcedure.input(productsVersionsCreateInput).mutation(({ ctx, input }) => {
      const { productId, ...fields } = input;
      const { cloud, secretKey } = ctx.services;
      return createVersion(em(ctx), { cloud, secretKey }, ctx.member.organization, productId, fields);
    }),
    update: sellerProcedure.input(productsVersionsUpdateInput).mutation(({ ctx, input }) => {
      const { id: versionId, ...fields } = input;
      const { cloud, secretKey } = ctx.services;
      return updateVersion(em(ctx), { cloud, secretKey }, ctx.member.organization, versionId, fields);
    }),
    publish: sellerProcedure.input(productsVersionsPublishInput).mutation(async ({ ctx, input }) => {
      await publishVersion(em(ctx), publicationDeps(ctx), ctx.member.organization, input.id);
      return { ok: true as const };
    }),
    unpublish: sellerProcedure.input(productsVersionsUnpublishInput).mutation(async ({ ctx, input }) => {
      await unpublishVersion(em(ctx), publicationDeps(ctx), ctx.member.organization, input.id);
      return { ok: true as const };
    }),
  }),
});
