import { describe, expect, it } from 'vitest';
import { sourceField, validateVersion } from './version-form.ts';

describe('validateVersion', () => {
  it('asks for a name and an OMI ID in each region, by the API’s field names', () => {
    expect(validateVersion({ name: ' ', [sourceField(0)]: 'ami-1234', [sourceField(1)]: '' }, 2)).toEqual({
      name: 'seller.error.versionName',
      'sources.0.imageId': 'seller.error.imageId',
      'sources.1.imageId': 'seller.error.imageId',
    });
  });

  it('accepts a name and well-formed OMI IDs', () => {
    expect(validateVersion({ name: '1.0.0', 'sources.0.imageId': ' ami-a1011000 ' }, 1)).toEqual({});
  });
});
