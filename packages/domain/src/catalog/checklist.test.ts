import { describe, expect, it } from 'vitest';
import { productChecklist } from './checklist.ts';

const complete = {
  kind: 'omi' as const,
  name: { en: 'Debian', fr: 'Debian' },
  shortDescription: { en: 'An OS', fr: 'Un OS' },
  description: { en: 'Long', fr: 'Long' },
  categories: ['os'],
  regions: ['cloudgouv-eu-west-1' as const, 'eu-west-2' as const],
  supportContact: 'support@nimbus.example',
  externalUrl: null,
  licence: 'https://nimbus.example/licence',
  offerCount: 1,
  versionSourcesByRegion: [['cloudgouv-eu-west-1' as const, 'eu-west-2' as const]],
};

describe('the publication checklist', () => {
  it('is empty for a complete OMI product with a published showcase', () => {
    expect(productChecklist(complete, true)).toEqual([]);
  });

  it('names what is missing, French included', () => {
    const missing = productChecklist(
      { ...complete, name: { en: 'Debian', fr: '' }, versionSourcesByRegion: [['cloudgouv-eu-west-1']] },
      false,
    );
    expect(missing.map((m) => m.key)).toEqual(['showcase', 'name', 'versions']);
    expect(missing[1]?.text.fr).toBe('Le nom, en anglais et en français.');
  });

  it('asks a managed product for its external link instead of versions', () => {
    const managed = { ...complete, kind: 'managed' as const, licence: null, versionSourcesByRegion: [] };
    expect(productChecklist(managed, true).map((m) => m.key)).toEqual(['externalUrl']);
  });
});
