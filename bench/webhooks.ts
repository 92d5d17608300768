/**
 * Webhook flood benchmark: the daemon's webhook receivers (the real routes, on a loopback Fastify listener)
 * under concurrent deliveries that each announce and stream 25 MiB, once unsigned (refused from their headers)
 * and once with a signature-shaped header (refused at the body limit). Prints one JSON object: the growth of the
 * process's resident memory over each flood, the answers, and the targets beside them.
 *
 * Usage: npx tsx bench/webhooks.ts [--concurrency 16] [--mib 25]
 */
import { request } from 'node:http';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { registerWebhookRoutes } from '../src/daemon/server/webhooks/webhook-routes.js';
import { createSilentLogger } from '../src/logging/create-logger.js';

const { values: args } = parseArgs({
  options: { concurrency: { type: 'string', default: '16' }, mib: { type: 'string', default: '25' } },
});
const CONCURRENCY = Number(args.concurrency);
const BYTES = Number(args.mib) * 1024 * 1024;
/** What one flood may add to the process's resident memory. */
const TARGET_GROWTH_MB = 64;

const chunk = Buffer.alloc(64 * 1024, 0x61);

/** Streams `BYTES` of body after the headers; resolves with the status, or 0 when the server cut the upload. */
function deliver(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(BYTES) },
    });
    let status = 0;
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      res.on('end', () => resolve(status));
    });
    req.on('error', () => resolve(status));
    let sent = 0;
    const pump = (): void => {
      while (sent < BYTES) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

function rssMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round((process.memoryUsage().rss / 1024 / 1024) * 10) / 10;
}

async function flood(url: string, headers: Record<string, string>) {
  const before = rssMb();
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss / 1024 / 1024);
  }, 5);
  const answers = await Promise.all(Array.from({ length: CONCURRENCY }, () => deliver(url, headers)));
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss / 1024 / 1024);
  const counts: Record<string, number> = {};
  for (const status of answers) counts[String(status)] = (counts[String(status)] ?? 0) + 1;
  return { answers: counts, rssGrowthMb: Math.round((peak - before) * 10) / 10 };
}

const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
let triggers = 0;
await registerWebhookRoutes(app, {
  secrets: { hmacSecret: 'bench-secret', gitlabToken: 'bench-token' },
  branch: 'main',
  trigger: () => {
    triggers += 1;
    return true;
  },
  onDelivery: () => undefined,
  logger: createSilentLogger(),
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (address === null || typeof address !== 'object') throw new Error('no listener address');
const base = `http://127.0.0.1:${address.port}/webhooks`;

const unsigned = await flood(`${base}/github`, { 'x-github-event': 'push' });
const signatureShaped = await flood(`${base}/github`, {
  'x-github-event': 'push',
  'x-hub-signature-256': `sha256=${'0'.repeat(64)}`,
});
await app.close();

process.stdout.write(
  `${JSON.stringify(
    {
      benchmark: 'webhooks',
      concurrency: CONCURRENCY,
      announcedBodyMiB: BYTES / 1024 / 1024,
      unsigned: { ...unsigned, targetRssGrowthMb: TARGET_GROWTH_MB, expectedAnswer: 401 },
      signatureShaped: { ...signatureShaped, targetRssGrowthMb: TARGET_GROWTH_MB, expectedAnswer: 413 },
      passesTriggered: triggers,
    },
    null,
    2,
  )}\n`,
);
