import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build` puts the web UI: dist/ui of the package, from src/ (tests) or dist/ (installed) alike. */
export const UI_DIRECTORY = fileURLToPath(new URL('../../../dist/ui/', import.meta.url));

/**
 * What the UI may load: its own files and its own API, nothing else (no inline script or style, no other
 * origin, no framing). The page works with no network beyond the daemon.
 */
export const UI_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function securityHeaders(reply: FastifyReply, path: string): void {
  void reply
    .header('content-security-policy', UI_CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
    .header('cross-origin-opener-policy', 'same-origin')
    .header('cross-origin-resource-policy', 'same-origin')
    .header('permissions-policy', 'camera=(), microphone=(), geolocation=()')
    // Built assets carry a content hash in their name; the page itself is always checked again.
    .header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * Serves the built web UI under /ui/ (and sends / there). The files are static and public: they hold no data
 * and no secret; everything the page shows comes from /api/v1 under the API's read rules.
 * Returns false when the UI was not built, in which case /ui/ says how to build it.
 */
export async function registerUi(app: FastifyInstance, root = UI_DIRECTORY): Promise<boolean> {
  app.get('/', (_request, reply) => reply.redirect('/ui/'));
  if (!existsSync(join(root, 'index.html'))) {
    app.get('/ui/*', (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web UI is not built: run `npm run build` in the Phoenix package.\n'),
    );
    return false;
  }
  await app.register(async (scope) => {
    scope.addHook('onSend', async (request, reply, payload) => {
      securityHeaders(reply, request.url);
      return payload;
    });
    await scope.register(fastifyStatic, {
      root,
      prefix: '/ui/',
      redirect: true,
      index: 'index.html',
      cacheControl: false,
      dotfiles: 'deny',
    });
  });
  return true;
}
