import './no-eval.ts';
// The seller's showcase, products, offers and versions.
import {
  MAX_CATEGORIES,
  OFFER_TARGETS,
  type OfferedVmTypes,
  type OfferTerms,
  offerStorageProblems,
  PERFORMANCE_LEVELS,
  PRODUCT_KINDS,
  type ProductKind,
  REGIONS,
  type RecommendedVm,
  recommendedVmProblems,
  storedFileId,
  type Text,
  VM_TYPE_PROBLEMS,
  vmTypeProblem,
} from '@marketplace/domain';
import { z } from 'zod';
import { typedCount } from './catalog.ts';
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

/** The most recommended VMs of an offer, VM types priced by an hourly offer, offers of a product. */
const MAX_RECOMMENDED_VMS = 10;
const MAX_PRICES = 50;
const MAX_OFFERS = 20;
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
  recommendedVms: z.array(recommendedVm).max(MAX_RECOMMENDED_VMS).optional(),
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
    prices: z.array(hourlyPrice).min(1, say('addPrice')).max(MAX_PRICES),
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
  offers: z.array(offerInput).max(MAX_OFFERS),
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

// The offers editor: an offer as the seller types it (amounts in euros, counts in text fields), checked
// by the server's own offer schema (`offerInput`, its options extended field by field) and by the
// domain's rules on how VM types and recommended VMs are written (`vmTypeProblem`,
// `recommendedVmProblems`) and on what a product's offers may be (`offerStorageProblems`: Nuage
// public, a VM type priced twice). Errors land on the server's own field paths (`offers.0.price`).

type Issues = {
  addIssue(issue: { code: 'custom'; path?: PropertyKey[]; params?: object; message?: string }): void;
};
/** A domain rule's refusal, in both languages: the error map picks the page's. */
const refuse = (context: Issues, text: Text, path?: PropertyKey[]) =>
  context.addIssue({ code: 'custom', params: { text }, ...(path ? { path } : {}) });

const EUROS = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;
/** The cents of an amount typed in euros ("12.5", "1 234,50"), or null; read as text, never a float. */
export function centsOfEuros(text: string): number | null {
  const match = EUROS.exec(text.trim().replace(/[\s\u00a0\u202f]/g, ''));
  if (!match) return null;
  const [, units = '0', decimals = ''] = match;
  return Number(units) * 100 + Number(decimals.padEnd(2, '0'));
}
/** An amount typed in euros, as the API's `money` (cents, within its bounds). */
export const typedEuros = () =>
  z.string().transform((text, context) => {
    const amount = centsOfEuros(text);
    if (amount === null || !money.shape.amount.safeParse(amount).success) {
      context.addIssue({ code: 'custom', message: say('euros') });
      return z.NEVER;
    }
    return { amount, currency: 'EUR' as const };
  });
/** An optional amount: left empty, there is none. */
const optionalEuros = z.string().transform((text, context) => {
  if (text.trim() === '') return undefined;
  const parsed = typedEuros().safeParse(text);
  if (parsed.success) return parsed.data;
  context.addIssue({ code: 'custom', message: say('euros') });
  return z.NEVER;
});

/** A recommended VM as typed: the counts are text fields, the domain says how each is written. */
export const recommendedVmForm = recommendedVm
  .extend({
    vCpus: typedCount(recommendedVm.shape.vCpus),
    memoryGiB: typedCount(recommendedVm.shape.memoryGiB),
  })
  .superRefine((vm, context) => {
    if (vm.vCpus === undefined || vm.memoryGiB === undefined) return;
    for (const [field, text] of Object.entries(recommendedVmProblems(vm as RecommendedVm))) {
      refuse(context, text, [field]);
    }
  });
/** One VM type's rates, typed in euros; the VM type written as OUTSCALE writes them. */
export const hourlyPriceForm = hourlyPrice.extend({
  vmType: hourlyPrice.shape.vmType.superRefine((vmType, context) => {
    const problem = vmType === '' ? null : vmTypeProblem(vmType);
    if (problem) refuse(context, VM_TYPE_PROBLEMS[problem]);
  }),
  onDemandPerHour: typedEuros(),
  oneYearPerHour: optionalEuros,
});
const [hourlyOffer, freeOffer, byolOffer, subscriptionOffer] = offerInput.options;
const offerTextsForm = {
  recommendedVms: z.array(recommendedVmForm).max(MAX_RECOMMENDED_VMS),
};
/** One offer as the seller types it; its output is the API's offer (`offerInput`). */
export const offerForm = z.discriminatedUnion('type', [
  hourlyOffer.extend({
    ...offerTextsForm,
    prices: z.array(hourlyPriceForm).min(1, say('addPrice')).max(MAX_PRICES),
  }),
  freeOffer.extend(offerTextsForm),
  byolOffer.extend({ ...offerTextsForm, licenceUrl: trimmed(byolOffer.shape.licenceUrl) }),
  subscriptionOffer.extend({
    ...offerTextsForm,
    price: typedEuros(),
    commitmentMonths: typedCount(subscriptionOffer.shape.commitmentMonths),
  }),
]);
type OfferOut = z.output<typeof offerForm>;

/** Everything written that is right: any VM type is offered here (OUTSCALE's list is the server's). */
const ANY_VM_TYPE: OfferedVmTypes = { problem: () => null, recommendedProblems: () => ({}) };
/** The domain's rules on a product's offers, each refusal on the offer's field. */
function checkOffers(offers: readonly OfferOut[], kind: ProductKind, context: Issues) {
  offers.forEach((offer, index) => {
    const { id: _id, title: _title, description: _description, target, recommendedVms, ...terms } = offer;
    const problems = offerStorageProblems(
      { terms: terms as OfferTerms, target: target ?? 'all', recommendedVms: recommendedVms ?? [] },
      kind,
      ANY_VM_TYPE,
    );
    for (const [field, text] of Object.entries(problems)) {
      refuse(context, text, [
        'offers',
        index,
        ...field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      ]);
    }
  });
}

/** The offers tab of a product: its kind (not edited here) and its offers, sharing one pricing mode. */
export const productOffersForm = z
  .object({ kind: z.enum(PRODUCT_KINDS), offers: z.array(offerForm).max(MAX_OFFERS) })
  .superRefine((form, context) => checkOffers(form.offers, form.kind, context));

/** The one rule of the new product page the server does not need: a name to find the draft by. */
export const GIVE_A_NAME: Text = {
  en: 'Give the product a name, in at least one language.',
  fr: 'Donnez un nom au produit, dans au moins une langue.',
};
/**
 * A new product: its kind, its name (in one language at least, to find the draft again), its regions
 * (`eu2`: in eu-west-2 too) and its first offer.
 */
export const newProductForm = z
  .object({
    kind: productsCreateInput.shape.kind,
    name: productFields.name.superRefine((name, context) => {
      if (name.en.trim() === '' && name.fr.trim() === '') refuse(context, GIVE_A_NAME);
    }),
    eu2: z.boolean(),
    offers: z.array(offerForm).length(1),
  })
  .superRefine((form, context) => {
    checkOffers(form.offers, form.kind, context);
  });
