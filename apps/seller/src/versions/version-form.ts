// The new-version form's fields, named as the API names them, so its field errors land on the right input.
import type { FieldErrors } from '@marketplace/ui';

export type VersionValues = Record<string, string>;

/** The source OMI of the product's n-th region: `sources.N.imageId`, as in the server's field errors. */
export const sourceField = (index: number) => `sources.${index}.imageId`;

const OMI_ID = /^ami-[0-9a-f]{8,}$/;

export function validateVersion(values: VersionValues, regionCount: number): FieldErrors<string> {
  const errors: FieldErrors<string> = {};
  if ((values.name ?? '').trim() === '') errors.name = 'seller.error.versionName';
  for (let index = 0; index < regionCount; index++) {
    if (!OMI_ID.test((values[sourceField(index)] ?? '').trim()))
      errors[sourceField(index)] = 'seller.error.imageId';
  }
  return errors;
}
