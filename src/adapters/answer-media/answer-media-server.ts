import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AnswerFileKind } from '../../core/desired/desired-state.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type { AnswerMedia, SecretResolver } from '../../ports/answer-media.js';
import type { Clock } from '../../ports/clock.js';
import { buildAnswerVolume } from './build-volume.js';
import { displayUrl, installImageChecker } from './check-install-image.js';

export interface AnswerMediaOptions {
  /** Address to listen on; port 0 takes a free port. */
  readonly host: string;
  readonly port: number;
  /** Base URL the iLOs reach this server at; null: http://host:port. */
  readonly publicUrl: string | null;
  /** How long a published volume stays readable. */
  readonly ttlMs: number;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Reads the answer files' secrets. */
  readonly secrets: SecretResolver;
  /** The ISO tool (genisoimage or mkisofs). */
  readonly tool?: string;
  /** Whether install images are read and checked against their sha256 (PHOENIX_IMAGE_CHECK=off turns it off). */
  readonly checkImages?: boolean;
}

interface Published {
  readonly node: string;
  readonly token: Buffer;
  readonly bytes: Buffer;
  readonly expiresAt: number;
}

const PATH = /^\/media\/([A-Za-z0-9_-]{43})\/answer\.iso$/;

/**
 * Serves each node's answer volume at /media/<token>/answer.iso: 32 random bytes per publication, compared in
 * constant time, gone once the node is withdrawn or the time to live runs out. Range requests are answered, as
 * an iLO reads virtual media in blocks. The token is never logged.
 */
export async function openAnswerMediaServer(options: AnswerMediaOptions): Promise<AnswerMedia> {
  const byNode = new Map<string, Published>();
  const find = (token: string): Published | null => {
    const wanted = Buffer.from(token, 'base64url');
    for (const entry of byNode.values()) {
      if (entry.token.length === wanted.length && timingSafeEqual(entry.token, wanted)) return entry;
    }
    return null;
  };
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const match = PATH.exec((req.url ?? '').split('?')[0]!);
    const entry = match === null ? null : find(match[1]!);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (entry === null || entry.expiresAt <= options.clock.now()) {
      res.writeHead(404).end();
      return;
    }
    options.logger.debug({ node: entry.node, range: req.headers.range ?? null }, 'answer media read');
    const size = entry.bytes.length;
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    let start = 0;
    let end = size - 1;
    if (range !== null && (range[1] !== '' || range[2] !== '')) {
      start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
      end = range[1] === '' || range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
      if (start > end || start >= size) {
        res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
        return;
      }
    }
    const partial = range !== null && (start !== 0 || end !== size - 1);
    res.writeHead(partial ? 206 : 200, {
      'content-type': 'application/octet-stream',
      'content-length': String(end - start + 1),
      'accept-ranges': 'bytes',
      'cache-control': 'no-store',
      ...(partial ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : entry.bytes.subarray(start, end + 1));
  };
  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(
        new PhoenixError(
          'APPLY_ANSWER_MEDIA_FAILED',
          { node: null, reason: (error as { code?: unknown }).code ?? 'listen failed' },
          { cause: error },
        ),
      ),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const base = (options.publicUrl ?? `http://${host}:${address.port}`).replace(/\/+$/, '');
  options.logger.info({ url: base }, 'answer media server listening');
  const checker = installImageChecker();
  const unchecked = new Set<string>();
  return {
    secrets: options.secrets,
    async checkImage(url: string, sha256: string, signal?: AbortSignal): Promise<void> {
      if (options.checkImages === false) {
        if (!unchecked.has(url))
          options.logger.warn({ url: displayUrl(url) }, 'install image not checked against its sha256');
        unchecked.add(url);
        return;
      }
      await checker(url, sha256, signal);
      if (!unchecked.has(url))
        options.logger.info({ url: displayUrl(url), sha256 }, 'install image matches its sha256');
      unchecked.add(url);
    },
    async publish(node: string, kind: AnswerFileKind, text: string, signal?: AbortSignal): Promise<string> {
      const bytes = await buildAnswerVolume(node, kind, text, {
        ...(options.tool === undefined ? {} : { tool: options.tool }),
        ...(signal === undefined ? {} : { signal }),
      });
      const token = randomBytes(32);
      byNode.set(node, { node, token, bytes, expiresAt: options.clock.now() + options.ttlMs });
      return `${base}/media/${token.toString('base64url')}/answer.iso`;
    },
    withdraw(node: string): void {
      byNode.delete(node);
    },
    async close(): Promise<void> {
      byNode.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
