// The portals run under a Content-Security-Policy without 'unsafe-eval' (apps/api/src/http/security-headers.ts).
// zod 4 compiles object parsers with `new Function`, and probes for it: the browser reports even the
// caught probe as a violation. Jitless parsing does neither; the server uses the same setting, so both
// sides parse the same way. Imported first by every module that builds schemas.
import { config } from 'zod/mini';

config({ jitless: true });
