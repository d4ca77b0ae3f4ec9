// The seller portal's messages in French: loaded alone, as its own chunk, when the page shows French.
import { commonFr } from '../common.fr.ts';
import { sellingFr } from '../selling.fr.ts';
import { usageFr } from '../usage.fr.ts';

export default { ...commonFr, ...sellingFr, ...usageFr };
