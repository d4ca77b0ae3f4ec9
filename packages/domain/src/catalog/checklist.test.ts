import { describe, expect, it } from 'vitest';
import { type ProductDraft, productChecklist, productSections, sectionsOf } from './checklist.ts';
import {
  FIXED_ONCE_PUBLISHED,
  fixedOncePublished,
  fixedOncePublishedRefusal,
} from './fixed-once-published.ts';

const complete: ProductDraft = {
  kind: 'omi',
  name: { en: 'Debian', fr: 'Debian' },
  shortDescription: { en: 'An OS', fr: 'Un OS' },
  description: { en: 'Long', fr: 'Long' },
  categories: ['os'],
  regions: ['cloudgouv-eu-west-1', 'eu-west-2'],
  supportContact: 'support@nimbus.example',
  externalUrl: null,
  licence: 'https://nimbus.example/licence',
  activationProcedure: null,
  deploymentTemplate: null,
  offerTypes: ['hourly'],
  versionSourcesByRegion: [['cloudgouv-eu-west-1', 'eu-west-2']],
};
const subscription: ProductDraft = {
  ...complete,
  offerTypes: ['subscription', 'subscription'],
  activationProcedure: { en: 'Paste the key in /etc/nimbus/key.', fr: 'Collez la clé dans /etc/nimbus/key.' },
};
const managed: ProductDraft = {
  ...complete,
  kind: 'managed',
  regions: [],
  licence: null,
  externalUrl: 'https://nimbus.example/subscribe',
  offerTypes: ['subscription'],
  versionSourcesByRegion: [],
};

const states = (draft: ProductDraft) =>
  Object.fromEntries(productSections(draft).map((section) => [section.key, section.state]));

describe('the product form’s sections', () => {
  it('follow SPEC §4’s order, versions and licence for OMI products, activation for subscription ones', () => {
    expect(sectionsOf(complete)).toEqual(['general', 'versions', 'offers', 'licence', 'deploymentTemplate']);
    expect(sectionsOf(subscription)).toEqual([
      'general',
      'versions',
      'offers',
      'licence',
      'activation',
      'deploymentTemplate',
    ]);
    // A managed product is subscribed on its seller's site: no key, so no activation procedure.
    expect(sectionsOf(managed)).toEqual(['general', 'offers', 'licence', 'deploymentTemplate']);
  });

  it('are complete for a complete product; the deployment template is optional until given', () => {
    expect(states(subscription)).toEqual({
      general: 'complete',
      versions: 'complete',
      offers: 'complete',
      licence: 'complete',
      activation: 'complete',
      deploymentTemplate: 'optional',
    });
    expect(states({ ...complete, deploymentTemplate: 'resource "outscale_vm" {}' }).deploymentTemplate).toBe(
      'complete',
    );
    expect(states({ ...complete, deploymentTemplate: '  \n' }).deploymentTemplate).toBe('optional');
  });

  it('say, each, what they lack', () => {
    const sections = productSections({
      ...subscription,
      name: { en: 'Debian', fr: '' },
      categories: [],
      licence: '  ',
      activationProcedure: { en: 'Paste the key.', fr: '' },
      versionSourcesByRegion: [['cloudgouv-eu-west-1']],
    });
    expect(sections.map((s) => [s.key, s.state, s.missing.map((m) => m.key)])).toEqual([
      ['general', 'to_complete', ['name', 'categories']],
      ['versions', 'to_complete', ['versions']],
      ['offers', 'complete', []],
      ['licence', 'to_complete', ['licence']],
      ['activation', 'to_complete', ['activationProcedure']],
      ['deploymentTemplate', 'optional', []],
    ]);
    expect(sections[4]?.missing[0]?.text.fr).toContain('procédure d’activation');
  });

  it('ask a managed product for its external link; its licence agreement is optional', () => {
    expect(states(managed)).toEqual({
      general: 'complete',
      offers: 'complete',
      licence: 'optional',
      deploymentTemplate: 'optional',
    });
    const [general] = productSections({ ...managed, externalUrl: null });
    expect(general?.missing.map((m) => m.key)).toEqual(['externalUrl']);
  });

  it('ask for an offer, and for cloudgouv-eu-west-1 among an OMI product’s regions', () => {
    const sections = productSections({ ...complete, offerTypes: [], regions: ['eu-west-2'] });
    expect(sections.find((s) => s.key === 'offers')?.missing.map((m) => m.key)).toEqual(['offers']);
    expect(sections.find((s) => s.key === 'general')?.missing.map((m) => m.key)).toEqual(['regions']);
  });
});

describe('the publication checklist', () => {
  it('is empty for a complete OMI product with a published showcase', () => {
    expect(productChecklist(complete, true)).toEqual([]);
    expect(productChecklist(subscription, true)).toEqual([]);
  });

  it('names what is missing, the showcase first, then each section’s items in order, French included', () => {
    const missing = productChecklist(
      { ...complete, name: { en: 'Debian', fr: '' }, versionSourcesByRegion: [['cloudgouv-eu-west-1']] },
      false,
    );
    expect(missing.map((m) => m.key)).toEqual(['showcase', 'name', 'versions']);
    expect(missing[1]?.text.fr).toBe('Le nom, en anglais et en français.');
  });

  it('asks a subscription product for its activation procedure in both languages', () => {
    const missing = productChecklist({ ...subscription, activationProcedure: null }, true);
    expect(missing.map((m) => m.key)).toEqual(['activationProcedure']);
    expect(productChecklist({ ...complete, activationProcedure: null }, true)).toEqual([]);
  });

  it('asks a managed product for its external link instead of versions', () => {
    expect(productChecklist({ ...managed, externalUrl: null }, true).map((m) => m.key)).toEqual([
      'externalUrl',
    ]);
  });
});

describe('what publication fixes', () => {
  it('is, for an OMI product, SPEC §4’s list; a managed product has no versions nor regions', () => {
    expect(fixedOncePublished('omi').map((f) => f.key)).toEqual([
      'pricingMode',
      'name',
      'versionOmis',
      'offerRates',
      'regions',
    ]);
    expect(fixedOncePublished('managed').map((f) => f.key)).toEqual(['pricingMode', 'name', 'offerRates']);
  });

  it('names, in a refusal, what cannot change with the confirmation’s own words', () => {
    const refusal = fixedOncePublishedRefusal(['regions', 'name']);
    expect(refusal.en).toBe(
      'Once published, these cannot change: the product’s name, the regions. Create a new product instead.',
    );
    expect(refusal.fr).toContain('le nom du produit, les régions');
    for (const item of FIXED_ONCE_PUBLISHED) {
      expect(fixedOncePublishedRefusal([item.key]).fr.toLowerCase()).toContain(item.text.fr.toLowerCase());
    }
  });
});
