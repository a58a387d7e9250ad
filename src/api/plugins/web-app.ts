import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built web application from `webRoot`: its files as they are, and index.html for any
 * other page a browser navigates to (GET, accepting HTML, outside /api), so the single-page app's
 * own routes (/alerts/42) load on reload or from a bookmark. A missing script or image stays a 404.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  // wildcard: false serves the files found at startup, leaving other paths to the fallback below.
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: 'index.html',
    cacheControl: false,
    setHeaders: (reply, path) => {
      // index.html is small and names the hashed assets: always revalidated, so a new build shows at
      // once. Vite's assets/ files carry a content hash in their names, so they never change.
      const hashed = /[\\/]assets[\\/]/.test(path);
      void reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const navigating = (request.headers.accept ?? '').includes('text/html');
    if (request.url.startsWith('/api/') || !navigating) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
