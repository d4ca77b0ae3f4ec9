import {
  MAX_CATEGORIES,
  OFFER_TARGETS,
  PERFORMANCE_LEVELS,
  PRODUCT_KINDS,
  REGIONS,
  storedFileId,
} from '@marketplace/domain';
import { z } from 'zod';
import { bilingualLine, bilingualParagraph, email, line, paragraph, webAddress } from '../input.ts';
import { pageFields, pageInput } from '../paging.ts';
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

// Drafts may be incomplete: the checklist, not the schema, says what publication needs.
const text = bilingualParagraph(20_000);
const shortText = bilingualLine(300);
const money = z.object({ amount: z.number().int().min(0).max(100_000_000), currency: z.literal('EUR') });
const url = webAddress();
const id = z.uuid();
/** A web address, or a file uploaded to the marketplace (`/files/<id>`, see ../files/). */
const urlOrFile = z.union([url, line().refine((text) => storedFileId(text) !== null)]);
/** An optional address of a saved form: empty clears it (left out, it stays as it was). */
const clearable = <S extends z.ZodType<string>>(schema: S) => z.union([schema, z.literal('')]).optional();

/** A VM the offer runs on; its limits (OUTSCALE's) are the domain's, with messages in both languages. */
const recommendedVm = z.object({
  cpuGeneration: line().trim().min(1).max(10),
  vCpus: z.number().int().min(0).max(10_000),
  memoryGiB: z.number().min(0).max(100_000),
  performance: z.enum(PERFORMANCE_LEVELS),
});
/** What every offer has besides its terms (API.md's OfferTerms); `id` names an offer already saved. */
const offerTexts = {
  id: id.optional(),
  title: shortText.optional(),
  description: bilingualParagraph(5_000).optional(),
  target: z.enum(OFFER_TARGETS).optional(),
  recommendedVms: z.array(recommendedVm).max(10).optional(),
};

const offer = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hourly'),
    ...offerTexts,
    prices: z
      .array(
        z.object({
          vmType: line().trim().min(1).max(50),
          onDemandPerHour: money,
          oneYearPerHour: money.optional(),
        }),
      )
      .min(1)
      .max(50),
  }),
  z.object({ type: z.literal('free'), ...offerTexts }),
  z.object({ type: z.literal('byol'), ...offerTexts, licenceUrl: url }),
  z.object({
    type: z.literal('subscription'),
    ...offerTexts,
    price: money,
    commitmentMonths: z.number().int().min(1).max(60),
    billingFrequency: z.enum(['monthly', 'yearly']),
  }),
]);

const productFields = {
  name: shortText,
  shortDescription: shortText,
  description: text,
  /** Slugs of the marketplace's categories (packages/domain catalog/categories.ts), checked by the use case. */
  categories: z.array(line().trim().min(1).max(50)).max(MAX_CATEGORIES),
  regions: z.array(z.enum(REGIONS)).max(2).optional(),
  supportContact: line().trim().max(500),
  documentationUrl: clearable(url),
  externalUrl: clearable(url),
  licence: paragraph().max(100_000).optional(),
  /** Subscription offers: the steps the buyer follows with the licence key. */
  activationProcedure: text.optional(),
  deploymentTemplate: paragraph().max(200_000).optional(),
  operatingSystem: line().max(100).optional(),
  architecture: z.enum(['x86_64', 'arm64']).optional(),
  recommendedVmTypes: z.array(line().trim().min(1).max(50)).max(20).optional(),
  logoUrl: clearable(urlOrFile),
  screenshotUrls: z.array(urlOrFile).max(10).optional(),
  offers: z.array(offer).max(20),
};

const source = z.object({ region: z.enum(REGIONS), imageId: z.string().regex(/^ami-[0-9a-f]{8,}$/) });

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
    .input(
      z.object({
        companyName: line().trim().min(1).max(200),
        shortDescription: shortText.optional(),
        description: text,
        website: clearable(url),
        logoUrl: clearable(urlOrFile),
        contactEmail: email(),
        supportContact: line().trim().min(1).max(500),
      }),
    )
    .mutation(({ ctx, input }) => saveShowcase(em(ctx), ctx.member.organization, input)),
  publish: sellerProcedure.mutation(({ ctx }) =>
    publishShowcase(em(ctx), ctx.member.organization, ctx.services.now()),
  ),
});

export const productsRouter = router({
  /** A page of the organization's products, newest first. */
  list: sellerProcedure
    .input(pageInput)
    .query(({ ctx, input }) => listProducts(em(ctx), ctx.member.organization, input ?? {})),
  get: sellerProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const entityManager = em(ctx);
    const product = await findOwnProduct(entityManager, ctx.member.organization, input.id);
    return describeProduct(entityManager, product, ctx.services.cloud);
  }),
  create: sellerProcedure
    .input(z.object({ kind: z.enum(PRODUCT_KINDS), ...productFields }))
    .mutation(({ ctx, input }) => createProduct(em(ctx), ctx.member.organization, input)),
  update: sellerProcedure
    .input(
      z
        .object({ id, kind: z.enum(PRODUCT_KINDS).optional() })
        .extend(z.object(productFields).partial().shape),
    )
    .mutation(({ ctx, input }) => {
      const { id: productId, ...fields } = input;
      return updateProduct(em(ctx), ctx.member.organization, productId, fields);
    }),
  deleteDraft: sellerProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    await deleteDraft(em(ctx), ctx.member.organization, input.id);
    return { ok: true as const };
  }),
  publish: sellerProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
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
    .input(z.object({ id, licence: productFields.licence.unwrap(), bindExistingSubscribers: z.boolean() }))
    .mutation(({ ctx, input }) => changeLicence(em(ctx), publicationDeps(ctx), ctx.member, input)),
  /** A page of the product's subscribers, newest first. */
  subscribers: sellerProcedure
    .input(z.object({ id, ...pageFields }))
    .query(({ ctx, input }) => listSubscribers(em(ctx), ctx.member.organization, input.id, input)),
  unpublish: sellerProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    await unpublishProduct(em(ctx), publicationDeps(ctx), ctx.member.organization, input.id);
    return { ok: true as const };
  }),
  versions: router({
    create: sellerProcedure
      .input(
        z.object({
          productId: id,
          name: line().trim().min(1).max(100),
          releaseNotes: text,
          sources: z.array(source).min(1).max(2),
        }),
      )
      .mutation(({ ctx, input }) => {
        const { productId, ...fields } = input;
        const { cloud, secretKey } = ctx.services;
        return createVersion(em(ctx), { cloud, secretKey }, ctx.member.organization, productId, fields);
      }),
    update: sellerProcedure
      .input(
        z.object({
          id,
          name: line().trim().min(1).max(100).optional(),
          releaseNotes: text.optional(),
          sources: z.array(source).min(1).max(2).optional(),
        }),
      )
      .mutation(({ ctx, input }) => {
        const { id: versionId, ...fields } = input;
        const { cloud, secretKey } = ctx.services;
        return updateVersion(em(ctx), { cloud, secretKey }, ctx.member.organization, versionId, fields);
      }),
    publish: sellerProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
      await publishVersion(em(ctx), publicationDeps(ctx), ctx.member.organization, input.id);
      return { ok: true as const };
    }),
    unpublish: sellerProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
      await unpublishVersion(em(ctx), publicationDeps(ctx), ctx.member.organization, input.id);
      return { ok: true as const };
    }),
  }),
});
