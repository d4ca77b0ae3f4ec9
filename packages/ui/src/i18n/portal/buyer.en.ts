// The buyer portal's messages in English: loaded alone, as its own chunk, when the page shows English.

import { buyingEn } from '../buying.en.ts';
import { commonEn } from '../common.en.ts';
import { usageEn } from '../usage.en.ts';

export default { ...commonEn, ...buyingEn, ...usageEn };
