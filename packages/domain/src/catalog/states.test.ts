import { describe, expect, it } from 'vitest';
import { ORGANIZATION_STATE_NAMES, transitionOrganization } from '../organization.ts';
import { SUBSCRIPTION_STATE_NAMES, SUBSCRIPTION_STATES } from '../subscriptions/lifecycle.ts';
import { imageVisibility, sharesPricingMode } from './offers.ts';
import {
  PRODUCT_STATE_NAMES,
  transitionProduct,
  transitionVersion,
  VERSION_STATE_NAMES,
  VERSION_STATES,
  versionStateFromCopies,
} from './states.ts';

describe('product and version life', () => {
  it('publishes a draft, unpublishes and republishes a product, never back to draft', () => {
    expect(transitionProduct('draft', 'published')).toBe('published');
    expect(transitionProduct('published', 'unpublished')).toBe('unpublished');
    expect(transitionProduct('unpublished', 'published')).toBe('published');
    expect(() => transitionProduct('published', 'draft')).toThrow(/cannot become a draft/);
  });

  it('lets a failed publication be retried, and never revives an unpublished version', () => {
    expect(transitionVersion('failed', 'publishing')).toBe('publishing');
    expect(() => transitionVersion('unpublished', 'publishing')).toThrow();
  });

  it('derives a version state from its copies', () => {
    expect(versionStateFromCopies(['available', 'available'])).toBe('available');
    expect(versionStateFromCopies(['available', 'copying'])).toBeNull();
    expect(versionStateFromCopies(['available', 'failed'])).toBe('failed');
    expect(versionStateFromCopies(['deleted', 'deleted'])).toBe('unpublished');
  });
});

describe('offers', () => {
  it('make copies public for free and BYOL, private for hourly and subscription', () => {
    expect(imageVisibility(['free'])).toBe('public');
    expect(imageVisibility(['byol'])).toBe('public');
    expect(imageVisibility(['hourly'])).toBe('private');
    expect(imageVisibility(['subscription', 'subscription'])).toBe('private');
  });

  it('share one pricing mode per product', () => {
    expect(sharesPricingMode(['subscription', 'subscription'])).toBe(true);
    expect(sharesPricingMode(['hourly', 'free'])).toBe(false);
  });
});

describe('state names in messages', () => {
  const frenchOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as { text: { fr: string } }).text.fr;
    }
    throw new Error('did not refuse');
  };

  it('names the states in French in the French refusal, never by their code', () => {
    expect(frenchOf(() => transitionProduct('published', 'draft'))).toBe(
      "Un produit à l'état « publié » ne peut pas passer à l'état « brouillon ».",
    );
    expect(frenchOf(() => transitionVersion('unpublished', 'publishing'))).toBe(
      "Une version à l'état « dépubliée » ne peut pas passer à l'état « en cours de publication ».",
    );
    expect(frenchOf(() => transitionOrganization('validated', 'rejected'))).toBe(
      'Une organisation validée ne peut pas devenir refusée.',
    );
  });

  it('has a name in each language for every state', () => {
    for (const names of [
      PRODUCT_STATE_NAMES,
      VERSION_STATE_NAMES,
      ORGANIZATION_STATE_NAMES,
      SUBSCRIPTION_STATE_NAMES,
    ]) {
      for (const [state, name] of Object.entries(names)) {
        expect(name.en, state).not.toBe('');
        expect(name.fr, state).not.toBe('');
        expect(name.fr, state).not.toBe(state);
      }
    }
    expect(Object.keys(SUBSCRIPTION_STATE_NAMES)).toEqual([...SUBSCRIPTION_STATES]);
    expect(Object.keys(VERSION_STATE_NAMES)).toEqual([...VERSION_STATES]);
  });
});
