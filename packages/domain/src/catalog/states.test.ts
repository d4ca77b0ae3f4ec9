import { describe, expect, it } from 'vitest';
import { imageVisibility, sharesPricingMode } from './offers.ts';
import { transitionProduct, transitionVersion, versionStateFromCopies } from './states.ts';

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
