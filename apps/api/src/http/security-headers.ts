import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * What the built portals need, and nothing more (checked in a browser by tooling/e2e/src/headers.e2e.test.ts):
 * - scripts: only the bundles Vite emits to /assets (no inline script, no inline handler, no eval);
 * - styles: only the stylesheets in /assets. React's `style={…}` props are set through the CSSOM
 *   (element.style.width), which a CSP does not govern, so no 'unsafe-inline' is needed. One inline
 *   <style> is allowed by its hash: the rule React Aria adds once to the page for its pressable
 *   elements (react-aria `usePress`, `touch-action: pan-x pan-y pinch-zoom`); a new react-aria version
 *   that changes it shows up as a refusal in the headers browser test;
 * - images: our own (/files uploads), data: URLs (the favicon and the TOTP QR code, an SVG shown as
 *   an <img>), and the logos and screenshots a seller gives as any web address (http or https);
 * - requests: /trpc and /files on this origin only; no plugin, no <base>, no framing by any site.
 */
/** SHA-256 of the <style> text React Aria's `usePress` inserts (react-aria 3.53). */
const REACT_ARIA_PRESSABLE_STYLE = 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o=';

const PORTAL_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", `'${REACT_ARIA_PRESSABLE_STYLE}'`],
  'img-src': ["'self'", 'data:', 'https:', 'http:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const ONE_YEAR = 365 * 24 * 3600;

/**
 * Security headers on every answer: pages, /trpc, /files, refusals and 404s (helmet's hook runs on
 * each request, before any other hook of ours). A route may give its own policy with the `helmet`
 * route option (the dev inbox does). `tls`: the marketplace is reached over https (PUBLIC_URL), so
 * browsers may be told to use nothing else (HSTS) and to upgrade any http:// image address.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  { tls }: { tls: boolean },
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...PORTAL_DIRECTIVES, ...(tls ? { 'upgrade-insecure-requests': [] } : {}) },
    },
    // Reset and set-password links carry their token in the address: no page sends it anywhere.
    referrerPolicy: { policy: 'no-referrer' },
    // Over plain HTTP, HSTS would be ignored by browsers, and wrong once behind TLS on another name.
    strictTransportSecurity: tls ? { maxAge: ONE_YEAR, includeSubDomains: true } : false,
    // Older browsers that do not read frame-ancestors.
    xFrameOptions: { action: 'deny' },
  });
}
