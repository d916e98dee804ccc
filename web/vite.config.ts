// Vite build of the dashboard: web/ → web/dist, everything bundled locally (no CDN), served by `eventline serve`.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    // no inline <script>; assets under /assets/ with content hashes
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
