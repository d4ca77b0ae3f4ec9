// Which addresses the pages preview as images (the logo, screenshots). Whether an address is accepted is
// the shared schemas' rule (@marketplace/validators), checked by the forms' resolver and the server.
import { storedFileId } from '@marketplace/domain';
import { isWebAddress } from '../offers/offer-draft.ts';

/** A web address, or a file uploaded to the marketplace (`/files/<id>`). */
export const isAddress = (text: string) => isWebAddress(text) || storedFileId(text) !== null;
