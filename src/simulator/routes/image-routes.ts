import type { FastifyInstance } from 'fastify';
import type { InstallImage } from '../state/install-images.js';

/**
 * The site's image host: GET and HEAD of each install image by its path, with single byte ranges as an iLO reads
 * virtual media. Anything else is 404.
 */
export function registerImageRoutes(app: FastifyInstance, images: readonly InstallImage[]): void {
  const byPath = new Map(images.map((image) => [image.path, image]));
  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    handler: (req, reply) => {
      const image = byPath.get(req.url.split('?')[0]!);
      if (image === undefined) return reply.code(404).type('text/plain').send('Not Found');
      const size = image.bytes.length;
      const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
      const start = range === null ? 0 : Number(range[1]);
      const end = range === null || range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
      if (start > end) return reply.code(416).header('content-range', `bytes */${size}`).send();
      reply
        .code(range === null ? 200 : 206)
        .header('accept-ranges', 'bytes')
        .header('etag', `"${image.sha256.slice(0, 16)}"`)
        .type('application/octet-stream');
      if (range !== null) reply.header('content-range', `bytes ${start}-${end}/${size}`);
      return reply.send(image.bytes.subarray(start, end + 1));
    },
  });
}
