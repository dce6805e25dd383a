import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';

/**
 * The built page's Content-Security-Policy. Everything is served from the page's own origin:
 * no CDN, no network calls (connect-src 'self' only for the module workers' own files).
 * style-src needs 'unsafe-inline' because Monaco writes <style> elements at run time (themes,
 * decorations); scripts stay strict: no inline scripts, no eval.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the CSP meta tag to the built page only: the dev server needs inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'dop-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** Builds the playground in app/ into app/dist; the built files work offline. */
export default defineConfig({
  root: 'app',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  // .dockerignore matching (@balena/dockerignore, a port of Docker's Go code) calls Node's `path`;
  // in the page it gets the POSIX implementation, which is what Docker's Linux builders use.
  resolve: { alias: { path: 'path-browserify' } },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
