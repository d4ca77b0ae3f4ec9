// The seller portal's messages in English: loaded alone, as its own chunk, when the page shows English.
import { commonEn } from '../common.en.ts';
import { sellingEn } from '../selling.en.ts';
import { usageEn } from '../usage.en.ts';

export default { ...commonEn, ...sellingEn, ...usageEn };
