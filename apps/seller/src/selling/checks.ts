// Instant checks of the selling forms; the server applies the same rules (and says more).
import { storedFileId } from '@marketplace/domain';
import type { PlainMessageKey } from '@marketplace/ui';
import { isWebAddress } from '../offers/offer-draft.ts';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An optional web address: empty, or http(s). */
export const optionalUrlError = (text: string): PlainMessageKey | undefined =>
  text.trim() === '' || isWebAddress(text) ? undefined : 'seller.error.url';

/** A web address, or a file uploaded to the marketplace (`/files/<id>`). */
export const isAddress = (text: string) => isWebAddress(text) || storedFileId(text) !== null;

/** An optional image or document: empty, a web address, or an uploaded file. */
export const optionalAddressError = (text: string): PlainMessageKey | undefined =>
  text.trim() === '' || isAddress(text) ? undefined : 'seller.error.url';

export const emailError = (text: string): PlainMessageKey | undefined =>
  EMAIL_SHAPE.test(text.trim()) ? undefined : 'seller.error.email';

/** A list typed with commas ("Security, Networking") or one per line, without empty items. */
export const listFrom = (text: string, separator: RegExp = /[,\n]/) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** Errors without the fields that have none. */
export function present<F extends string>(errors: Record<F, PlainMessageKey | undefined>) {
  return Object.fromEntries(Object.entries(errors).filter(([, error]) => error)) as Partial<
    Record<F, PlainMessageKey>
  >;
}
