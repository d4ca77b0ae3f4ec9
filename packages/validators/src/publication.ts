import './no-eval.ts';
// The seller's showcase, products, offers and versions.
import {
  MAX_CATEGORIES,
  OFFER_TARGETS,
  PERFORMANCE_LEVELS,
  PRODUCT_KINDS,
  REGIONS,
  storedFileId,
} from '@marketplace/domain';
import { z } from 'zod';
import { say } from './messages.ts';
import { pageFields, pageInput } from './paging.ts';
import {
  bilingualLine,
  bilingualParagraph,
  email,
  id,
  line,
  paragraph,
  trimmed,
  typedList,
  webAddress,
  wholeNumber,
} from './text.ts';

// Drafts may be incomplete: the checklist, not the schema, says what publication needs.
const text = bilingualParagraph(20_000);
const shortText = bilingualLine(300);
/** An amount in cents of euros. */
export const money = z.object({ amount: wholeNumber(0, 100_000_000), currency: z.literal('EUR') });
const url = webAddress();
/** A web address, or a file uploaded to the marketplace (`/files/<id>`, see apps/api/src/files/). */
const urlOrFile = z.union([url, line().refine((value) => storedFileId(value) !== null, say('webAddress'))]);
/** An optional address of a saved form: empty clears it (left out, it stays as it was). */
const clearable = <S extends z.ZodType<string>>(schema: S) => z.union([schema, z.literal('')]).optional();

/** A VM the offer runs on; its limits (OUTSCALE's) are the domain's, with messages in both languages. */
export const recommendedVm = z.object({
  cpuGeneration: line().trim().min(1).max(10),
  vCpus: wholeNumber(0, 10_000),
  memoryGiB: z
    .number()
    .min(0, say('numberRange', { min: 0, max: 100_000 }))
    .max(100_000, say('numberRange', { min: 0, max: 100_000 })),
  performance: z.enum(PERFORMANCE_LEVELS),
});
/** What every offer has besides its terms (API.md's OfferTerms); `id` names an offer already saved. */
const offerTexts = {
  id: id().optional(),
  title: shortText.optional(),
  description: bilingualParagraph(5_000).optional(),
  target: z.enum(OFFER_TARGETS).optional(),
  recommendedVms: z.array(recommendedVm).max(10).optional(),
};
export const hourlyPrice = z.object({
  vmType: line().trim().min(1, say('vmType')).max(50),
  onDemandPerHour: money,
  oneYearPerHour: money.optional(),
});

export const offerInput = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hourly'),
    ...offerTexts,
    prices: z.array(hourlyPrice).min(1, say('addPrice')).max(50),
  }),
  z.object({ type: z.literal('free'), ...offerTexts }),
  z.object({ type: z.literal('byol'), ...offerTexts, licenceUrl: url }),
  z.object({
    type: z.literal('subscription'),
    ...offerTexts,
    price: money,
    commitmentMonths: wholeNumber(1, 60),
    billingFrequency: z.enum(['monthly', 'yearly']),
  }),
]);

const licence = paragraph().max(100_000);
export const productFields = {
  name: shortText,
  shortDescription: shortText,
  description: text,
  /** Slugs of the marketplace's categories (packages/domain catalog/categories.ts), checked by the use case. */
  categories: z.array(line().trim().min(1).max(50)).max(MAX_CATEGORIES),
  regions: z.array(z.enum(REGIONS)).max(2).optional(),
  supportContact: line().trim().max(500),
  documentationUrl: clearable(url),
  externalUrl: clearable(url),
  licence: licence.optional(),
  /** Subscription offers: the steps the buyer follows with the licence key. */
  activationProcedure: text.optional(),
  deploymentTemplate: paragraph().max(200_000).optional(),
  operatingSystem: line().max(100).optional(),
  architecture: z.enum(['x86_64', 'arm64']).optional(),
  recommendedVmTypes: z.array(line().trim().min(1).max(50)).max(20).optional(),
  logoUrl: clearable(urlOrFile),
  screenshotUrls: z.array(urlOrFile).max(10).optional(),
  offers: z.array(offerInput).max(20),
};

export const versionSource = z.object({
  region: z.enum(REGIONS, say('chooseRegion')),
  imageId: z.string().regex(/^ami-[0-9a-f]{8,}$/, say('imageId')),
});
const versionName = line().trim().min(1, say('versionName')).max(100, say('versionName'));
const sources = z.array(versionSource).min(1, say('chooseRegions')).max(2);

// showcase.*
export const showcaseSaveInput = z.object({
  companyName: line().trim().min(1).max(200),
  shortDescription: shortText.optional(),
  description: text,
  website: clearable(url),
  logoUrl: clearable(urlOrFile),
  contactEmail: email(),
  supportContact: line().trim().min(1).max(500),
});

// products.*
export const productsListInput = pageInput;
export const productsGetInput = z.object({ id: id() });
export const productsCreateInput = z.object({ kind: z.enum(PRODUCT_KINDS), ...productFields });
export const productsUpdateInput = z
  .object({ id: id(), kind: z.enum(PRODUCT_KINDS).optional() })
  .extend(z.object(productFields).partial().shape);
export const productsDeleteDraftInput = z.object({ id: id() });
export const productsPublishInput = z.object({ id: id() });
export const productsUnpublishInput = z.object({ id: id() });
export const productsChangeLicenceInput = z.object({
  id: id(),
  licence,
  bindExistingSubscribers: z.boolean(say('licenceChoice')),
});
export const productsSubscribersInput = z.object({ id: id(), ...pageFields });
export const productsVersionsCreateInput = z.object({
  productId: id(),
  name: versionName,
  releaseNotes: text,
  sources,
});
export const productsVersionsUpdateInput = z.object({
  id: id(),
  name: versionName.optional(),
  releaseNotes: text.optional(),
  sources: sources.optional(),
});
export const productsVersionsPublishInput = z.object({ id: id() });
export const productsVersionsUnpublishInput = z.object({ id: id() });

// The pages' forms.

/** A new version of the licence agreement, as the seller types it: the text, and whether it binds. */
export const licenceChangeForm = z.object({
  licence: licence.trim().min(1, say('licenceRequired')),
  choice: z.string().refine((choice) => choice === 'bind' || choice === 'newOnly', say('licenceChoice')),
});
/** A new version: its name, its release notes, and one OMI per region of the product. */
export const newVersionForm = productsVersionsCreateInput.omit({ productId: true }).extend({
  sources: z
    .array(versionSource.extend({ imageId: trimmed(versionSource.shape.imageId) }))
    .min(1, say('chooseRegions'))
    .max(2),
});
/** A version's release notes, changed at any time. */
export const releaseNotesForm = productsVersionsCreateInput.pick({ releaseNotes: true });

/** The media of a product's general information: addresses typed (trimmed), screenshots one per line. */
const mediaForm = {
  logoUrl: trimmed(productFields.logoUrl.unwrap()),
  screenshotUrls: typedList(productFields.screenshotUrls.unwrap(), /\n/),
  documentationUrl: trimmed(productFields.documentationUrl.unwrap()),
};
/** A product's general information as the seller edits it. */
export const generalSectionForm = z.object({
  name: productFields.name,
  shortDescription: productFields.shortDescription,
  description: productFields.description,
  supportContact: productFields.supportContact,
  operatingSystem: productFields.operatingSystem.unwrap(),
  architecture: z.union([z.literal(''), productFields.architecture.unwrap()]),
  recommendedVmTypes: typedList(productFields.recommendedVmTypes.unwrap()),
  externalUrl: trimmed(productFields.externalUrl.unwrap()),
  ...mediaForm,
});
/** A draft's licence agreement: a text, a link or an uploaded file. */
export const draftLicenceForm = z.object({ licence: productFields.licence.unwrap().trim() });
export const activationSectionForm = z.object({
  activationProcedure: productFields.activationProcedure.unwrap(),
});
export const deploymentTemplateSectionForm = z.object({
  deploymentTemplate: productFields.deploymentTemplate.unwrap(),
});
/** The showcase as the seller edits it (addresses trimmed). */
export const showcaseForm = showcaseSaveInput.extend({
  shortDescription: productFields.shortDescription,
  website: trimmed(showcaseSaveInput.shape.website.unwrap()),
  logoUrl: trimmed(showcaseSaveInput.shape.logoUrl.unwrap()),
  contactEmail: trimmed(email()),
});
