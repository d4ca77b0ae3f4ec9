import type { Language, SourceImageRefusal, Text } from '@marketplace/domain';
import { icu, nameIn } from './format.ts';
import type { MailTemplate } from './render.ts';

export type FindingLine = {
  organizationName: string;
  product: Text;
  versionName: string;
  region: string;
  imageId: string;
  reason: SourceImageRefusal;
  ownerId: string | null;
};

const REASONS: Record<Language, Record<SourceImageRefusal, (owner: string | null) => string>> = {
  en: {
    not_found: () => 'none of its accounts sees this image',
    other_owner: (owner) => `owned by another account (${owner})`,
    marketplace_owner: (owner) => `owned by the marketplace's distribution account (${owner})`,
    keys_refused: () => "OUTSCALE refused the organization's keys: ownership not proved",
    not_shared: () => 'not shared with the marketplace',
    not_available: () => 'not available',
  },
  fr: {
    not_found: () => 'aucun de ses comptes ne voit cette image',
    other_owner: (owner) => `propriété d'un autre compte (${owner})`,
    marketplace_owner: (owner) => `propriété du compte de distribution de la Marketplace (${owner})`,
    keys_refused: () => "OUTSCALE a refusé les clés de l'organisation : propriété non prouvée",
    not_shared: () => 'non partagée avec la Marketplace',
    not_available: () => 'indisponible',
  },
};

const line = (language: Language) => (f: FindingLine) =>
  `- ${f.organizationName}, ${nameIn(f.product, language)} ${f.versionName}, ${f.region}: ${f.imageId} — ${REASONS[language][f.reason](f.ownerId)}`;

const FINDINGS: Text = {
  en: "{count, plural, one {# version source OMI not proved its seller's own} other {# version source OMIs not proved their seller's own}}",
  fr: "{count, plural, one {# OMI source de version dont le vendeur n'est pas prouvé propriétaire} other {# OMI sources de version dont le vendeur n'est pas prouvé propriétaire}}",
};

/** To the platform operators: versions whose source OMI is not proved the seller's own. */
export const imageOwnershipFindingsMail: MailTemplate<{ findings: FindingLine[]; url: string }> = {
  subject: {
    en: (p) => icu(FINDINGS.en, { count: p.findings.length }, 'en'),
    fr: (p) => icu(FINDINGS.fr, { count: p.findings.length }, 'fr'),
  },
  paragraphs: {
    en: (p) => [
      "The check of existing versions found source OMIs that are not owned by one of the seller organization's OUTSCALE accounts:",
      p.findings.map(line('en')).join('\n'),
      'Nothing was unpublished: look into each one and decide (a seller may also have deleted its own source after publication).',
    ],
    fr: (p) => [
      "La vérification des versions existantes a trouvé des OMI sources qui n'appartiennent à aucun des comptes OUTSCALE de l'organisation vendeuse :",
      p.findings.map(line('fr')).join('\n'),
      "Rien n'a été dépublié : examinez chaque cas et décidez (un vendeur peut aussi avoir supprimé sa propre OMI source après publication).",
    ],
  },
  action: { label: { en: 'See the findings', fr: 'Voir les constats' }, url: (p) => p.url },
};
