// The buyer portal's messages in French: loaded alone, as its own chunk, when the page shows French.

import { buyingFr } from '../buying.fr.ts';
import { commonFr } from '../common.fr.ts';
import { usageFr } from '../usage.fr.ts';

export default { ...commonFr, ...buyingFr, ...usageFr };
