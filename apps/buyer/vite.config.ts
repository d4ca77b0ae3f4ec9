import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on its own (`pnpm --filter @marketplace/api dev`, port 3000) and this
// server proxies to it, so the page and /trpc share an origin just as in production.
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist' },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/trpc': api, '/_dev': api, '/files': api },
  },
});
