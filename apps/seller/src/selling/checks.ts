// Which addresses the pages preview as images (the logo, screenshots): those the shared schema
// (@marketplace/validators) accepts as a logo, a web address or a file uploaded to the marketplace.
import { productFields } from '@marketplace/validators';

/** A web address, or a file uploaded to the marketplace (`/files/<id>`). */
export const isAddress = (text: string) =>
  text.trim() !== '' && productFields.logoUrl.safeParse(text.trim()).success;
