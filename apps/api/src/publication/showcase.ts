import { type EntityManager, type Organization, Showcase } from '@marketplace/db';
import { badRequest, preconditionFailed, type Text } from '@marketplace/domain';
import { assertOwnFiles } from '../files/stored-files.ts';

export type ShowcaseInput = {
  companyName: string;
  shortDescription?: Text | undefined;
  description: Text;
  website?: string | undefined;
  logoUrl?: string | undefined;
  contactEmail: string;
  supportContact: string;
};

const bothLanguages = (text: Text) => text.en.trim() !== '' && text.fr.trim() !== '';

export function describeShowcase(showcase: Showcase | null) {
  if (!showcase) return null;
  return {
    id: showcase.id,
    companyName: showcase.companyName,
    shortDescription: showcase.shortDescription,
    description: showcase.description,
    website: showcase.website ?? null,
    logoUrl: showcase.logoUrl ?? null,
    contactEmail: showcase.contactEmail,
    supportContact: showcase.supportContact,
    published: Boolean(showcase.publishedAt),
    publishedAt: showcase.publishedAt?.toISOString() ?? null,
    updatedAt: showcase.updatedAt.toISOString(),
  };
}

export async function getShowcase(em: EntityManager, organization: Organization) {
  return describeShowcase(await em.findOne(Showcase, { organization }));
}

/** Creates or edits the organization's one showcase; a published showcase stays published. */
export async function saveShowcase(em: EntityManager, organization: Organization, input: ShowcaseInput) {
  await assertOwnFiles(em, organization, { logoUrl: input.logoUrl });
  const existing = await em.findOne(Showcase, { organization });
  // Optional addresses left out or empty are cleared: the form sends the whole showcase.
  const fields = {
    companyName: input.companyName.trim(),
    shortDescription: input.shortDescription ?? existing?.shortDescription ?? { en: '', fr: '' },
    description: input.description,
    website: input.website?.trim() || null,
    logoUrl: input.logoUrl?.trim() || null,
    contactEmail: input.contactEmail.trim().toLowerCase(),
    supportContact: input.supportContact.trim(),
  };
  if (existing?.publishedAt) assertPublishable(fields);
  const showcase = existing ? em.assign(existing, fields) : em.create(Showcase, { organization, ...fields });
  await em.flush();
  return describeShowcase(showcase);
}

export async function publishShowcase(em: EntityManager, organization: Organization, now: Date) {
  const showcase = await em.findOne(Showcase, { organization });
  if (!showcase) {
    throw preconditionFailed({ en: 'Save your showcase first.', fr: "Enregistrez d'abord votre vitrine." });
  }
  assertPublishable(showcase);
  showcase.publishedAt ??= now;
  await em.flush();
  return describeShowcase(showcase);
}

function assertPublishable(showcase: { description: Text; shortDescription: Text; companyName: string }) {
  const fields: Record<string, Text> = {};
  if (!bothLanguages(showcase.description)) {
    fields.description = {
      en: 'Needed in English and in French.',
      fr: 'Nécessaire en anglais et en français.',
    };
  }
  if (!bothLanguages(showcase.shortDescription)) {
    fields.shortDescription = {
      en: 'Needed in English and in French.',
      fr: 'Nécessaire en anglais et en français.',
    };
  }
  if (Object.keys(fields).length > 0) {
    throw badRequest(
      {
        en: 'A published showcase speaks both languages: complete the English and French texts.',
        fr: 'Une vitrine publiée parle les deux langues : complétez les textes en anglais et en français.',
      },
      fields,
    );
  }
}
