// Every e-mail, rendered with sample data in each language: the French half is all French (glossary,
// no English word of the same e-mail, French product and offer names, dates as people write them).
import { glossaryViolations, money } from '@marketplace/domain';
import { describe, expect, it } from 'vitest';
import { englishLeftIn } from '../testing/text-pairs.ts';
import * as cancellation from './cancellation-mails.ts';
import * as identity from './identity-mails.ts';
import * as operator from './operator-mails.ts';
import * as publication from './publication-mails.ts';
import type { MailTemplate } from './render.ts';
import { renderMail } from './render.ts';
import * as sales from './sales-mails.ts';
import * as subscription from './subscription-mails.ts';

const product = { en: 'Hardened Debian', fr: 'Debian durcie' };
const offer = { en: 'Standard support', fr: 'Assistance standard' };
const cancelled = {
  product,
  offer,
  region: 'eu-west-2',
  accounts: '300000000001, 300000000002',
  endsAt: '2026-11-25T00:00:00.000Z',
};
const url = 'https://marketplace.example/subscriptions';

/** One sample per template, each showing what may change from one e-mail to another. */
const SAMPLES: Record<string, unknown[]> = {
  newOrganizationMail: [{ url, organizationName: 'Acme Industries' }],
  newAccountMail: [{ url, organizationName: 'Acme Industries', invitedBy: 'Alice Martin' }],
  passwordResetMail: [{ url }],
  organizationValidatedMail: [{ organizationName: 'Acme Industries', url }],
  organizationRejectedMail: [{ organizationName: 'Acme Industries', reason: 'SIRET introuvable.' }],
  accountChangedMail: [
    { organizationName: 'Acme Industries', roles: ['admin', 'user'], changedBy: 'Alice Martin' },
  ],
  accountDeletedMail: [{ organizationName: 'Acme Industries', deletedBy: 'Alice Martin' }],
  operatorInvitationMail: [{ url }],
  imageOwnershipFindingsMail: [1, 3].map((count) => ({
    url,
    findings: Array.from({ length: count }, (_, i) => ({
      organizationName: 'Nimbus',
      product,
      versionName: `1.${i}.0`,
      region: 'eu-west-2',
      imageId: `ami-0000000${i}`,
      reason: (['other_owner', 'not_found', 'keys_refused'] as const)[i],
      ownerId: '999999999999',
    })),
  })),
  versionUnpublishedMail: [{ product, versionName: '1.0.0', regions: 'eu-west-2' }],
  productUnpublishedMail: [{ product }],
  versionPublishedMail: [
    { product, versionName: '2.0.0', regions: 'eu-west-2', images: 'eu-west-2: ami-12345678' },
    { product, versionName: '2.0.0', regions: 'eu-west-2', images: '' },
  ],
  licenceChangedMail: [
    { product, version: '2', licenceUrl: 'https://nimbus.example/licence', inMySubscriptions: false },
    { product, version: '', licenceUrl: url, inMySubscriptions: true },
  ],
  licenceKeyToAllocateMail: [
    {
      product,
      offer,
      buyerName: 'Acme Industries',
      region: 'eu-west-2',
      startsOn: '2026-11-25T00:00:00.000Z',
      url,
    },
  ],
  licenceKeyAllocatedMail: [
    { product, region: 'eu-west-2', replaced: false, usableFrom: '2026-11-25T00:00:00.000Z', url },
    { product, region: 'eu-west-2', replaced: true, usableFrom: null, url },
  ],
  subscriptionConfirmedMail: [1, 3].map((vmCount) => ({
    product,
    offer,
    region: 'eu-west-2',
    images: '- 1.0.0 (eu-west-2): ami-12345678',
    startsOn: '2026-11-25T00:00:00.000Z',
    estimate: { vmCount, vmType: 'tinav6.c4r8p2', perMonth: money(123450) },
  })),
  subscriptionActivatedMail: [{ product, region: 'eu-west-2' }],
  buyerCancellationMail: [true, false].map((atOnce) => ({
    ...cancelled,
    atOnce,
    cancelledBy: 'Alice Martin',
    url,
  })),
  sellerCancellationMail: [true, false].map((atOnce) => ({ ...cancelled, atOnce, buyer: 'Acme' })),
};

const isTemplate = (value: unknown): value is MailTemplate<unknown> =>
  typeof value === 'object' && value !== null && 'subject' in value && 'paragraphs' in value;

const TEMPLATES = Object.entries({
  ...cancellation,
  ...identity,
  ...operator,
  ...publication,
  ...sales,
  ...subscription,
}).filter((entry): entry is [string, MailTemplate<unknown>] => isTemplate(entry[1]));

const BELOW_EN = '\n\n— English version below —\n\n';
const BELOW_FR = '\n\n— Version française ci-dessous —\n\n';

/**
 * What may stay as it is in the French half: people's and organizations' names, the operator's own
 * words, and the word both names of the product share.
 */
const NAMES = ['Acme Industries', 'Alice Martin', 'Nimbus', 'SIRET introuvable.', 'Debian'];

describe('e-mails', () => {
  it('has a sample for every template', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(19);
    expect(TEMPLATES.map(([name]) => name).filter((name) => !SAMPLES[name])).toEqual([]);
  });

  describe.each(TEMPLATES)('%s', (name, template) => {
    const samples = SAMPLES[name] ?? [];

    it.each(samples.map((params, index) => [index, params]))(
      'in French (sample %i): all French, by the glossary, with French names and dates',
      (_index, params) => {
        const mail = renderMail(template, params, 'fr');
        const [french = '', english = ''] = mail.text.split(BELOW_EN);
        expect(english).not.toBe('');
        const frenchText = `${mail.subject}\n${french}`;
        expect(glossaryViolations(frenchText)).toEqual([]);
        const englishText = `${template.subject.en(params)}\n${english}`;
        expect(englishLeftIn(englishText, frenchText, NAMES)).toEqual([]);
        // "la Marketplace", a proper name; addresses aside.
        expect(frenchText.replace(/https?:\/\/\S+/g, '')).not.toMatch(/(^|[^\p{L}])marketplace/u);
        // Dates as people write them, never ISO.
        expect(mail.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        if (JSON.stringify(params).includes('Hardened Debian')) {
          expect(french).toContain('Debian durcie');
          expect(french).not.toContain('Hardened Debian');
          expect(english).toContain('Hardened Debian');
        }
        // (A cancellation that ends at once says so, without its day.)
        if (JSON.stringify(params).includes('2026-11-25') && !(params as { atOnce?: boolean }).atOnce) {
          expect(french).toContain('25 novembre 2026');
          expect(english).toContain('25 November 2026');
        }
        expect(mail.html).toContain('<div lang="fr">');
        expect(mail.html.indexOf('lang="fr"')).toBeLessThan(mail.html.indexOf('lang="en"'));
      },
    );

    it.each(samples.map((params, index) => [index, params]))(
      'in English (sample %i): English first, French below',
      (_index, params) => {
        const mail = renderMail(template, params, 'en');
        const [english = '', french = ''] = mail.text.split(BELOW_FR);
        expect(french).not.toBe('');
        expect(mail.subject).toBe(template.subject.en(params));
        expect(english).not.toContain('Debian durcie');
        expect(glossaryViolations(french)).toEqual([]);
      },
    );
  });

  it('counts with ICU plurals and writes amounts in the reader’s currency format', () => {
    const [one, three] = SAMPLES.subscriptionConfirmedMail as [unknown, unknown];
    const { subscriptionConfirmedMail } = subscription;
    const fr = (p: unknown) => renderMail(subscriptionConfirmedMail as MailTemplate<unknown>, p, 'fr').text;
    const en = (p: unknown) => renderMail(subscriptionConfirmedMail as MailTemplate<unknown>, p, 'en').text;
    expect(en(one)).toContain('€1,234.50 per month for 1 tinav6.c4r8p2 VM (');
    expect(en(three)).toContain('€1,234.50 per month for 3 tinav6.c4r8p2 VMs (');
    // French: a narrow no-break space groups thousands, a no-break space before the euro sign.
    expect(fr(three)).toMatch(/1\u202f234,50\u00a0€ par mois pour 3 VM tinav6\.c4r8p2 \(/);
    const findings = operator.imageOwnershipFindingsMail;
    const [single, several] = SAMPLES.imageOwnershipFindingsMail as [never, never];
    expect(findings.subject.en(single)).toBe("1 version source OMI not proved its seller's own");
    expect(findings.subject.en(several)).toBe("3 version source OMIs not proved their seller's own");
    expect(findings.subject.fr(several)).toBe(
      "3 OMI sources de version dont le vendeur n'est pas prouvé propriétaire",
    );
  });

  it('names roles in the reader’s language', () => {
    const [params] = SAMPLES.accountChangedMail as [never];
    const mail = renderMail(identity.accountChangedMail, params, 'fr');
    expect(mail.text).toContain('Vos rôles sont désormais : administrateur et utilisateur.');
    expect(mail.text).toContain('Your roles are now: administrator and user.');
  });

  it('names an offer by its French title, or by its type in French', () => {
    expect(cancellation.offerName({ en: 'Gold', fr: 'Or' }, 'hourly')).toEqual({ en: 'Gold', fr: 'Or' });
    expect(cancellation.offerName({ en: '', fr: '' }, 'subscription')).toEqual({
      en: 'subscription offer',
      fr: 'offre abonnement',
    });
  });
});
