import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { precompiledMessages } from '../../packages/ui/src/i18n/precompile.ts';

// In development the API runs on its own (`pnpm --filter @marketplace/api dev`, port 3000) and this
// server proxies to it, so the page and /trpc share an origin just as in production.
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';
// The API takes a state-changing request only from its own origin (PUBLIC_URL, or its loopback
// address): this server stands in for it, so its own pages' requests go on with the API's origin.
// Vite itself refuses foreign Host headers (server.allowedHosts), so the Host here is trustworthy.
const toApi: ProxyOptions = {
  target: api,
  configure: (proxy) =>
    proxy.on('proxyReq', (request, incoming) => {
      if (incoming.headers.origin === `http://${incoming.headers.host}`) {
        request.setHeader('origin', new URL(api).origin);
      }
    }),
};

const FRAMEWORK =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|@tanstack|@trpc|@formatjs|react-intl|intl-messageformat)[\\/]/;

export default defineConfig({
  base: '/seller/',
  // In production, the messages arrive already parsed and FormatJS's parser stays out of the bundle.
  plugins: [react(), precompiledMessages()],
  build: {
    outDir: 'dist',
    // The libraries every page runs before its first paint, in one file: one request and one gzip
    // stream instead of a dozen small ones (about 5 KB less, gzipped). React Aria, React Hook Form,
    // the whole of zod and the charts stay in the chunks of the pages that use them.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'framework', test: FRAMEWORK }] } } },
  },
  server: {
    port: 5174,
    strictPort: true,
    proxy: { '/trpc': toApi, '/_dev': toApi, '/files': toApi },
  },
});
