import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web UI, built into dist/ui and served by the daemon under /ui/. Everything is bundled: no CDN, no
 * inline script or style (the daemon's Content Security Policy allows neither), no data: URL for assets.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/ui/',
  publicDir: 'public',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/ui', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
});
