import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** The largest part of a medium the simulated installer reads (an install ISO is only checked to be there). */
export const MAX_MEDIA_BYTES = 64 * 1024 * 1024;

export interface FetchedMedia {
  readonly bytes: Buffer;
  /** The medium is larger than what was read. */
  readonly truncated: boolean;
}

/**
 * Reads a virtual media image the way an iLO does: a GET of its HTTP(S) URL (certificates checked against the
 * system's CAs plus `ca`). Fails on an unreachable URL, a status other than 2xx, or a URL that is not HTTP(S).
 */
export function fetchMedia(
  url: string,
  options: { ca?: string; timeoutMs?: number } = {},
): Promise<FetchedMedia> {
  return new Promise((resolve, reject) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      reject(new Error(`not a URL: ${url}`));
      return;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      reject(new Error(`unsupported scheme ${parsed.protocol}`));
      return;
    }
    const send = parsed.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      parsed,
      { method: 'GET', timeout: options.timeoutMs ?? 30_000, ...(options.ca ? { ca: options.ca } : {}) },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 299) {
          res.resume();
          reject(new Error(`HTTP ${status}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        res.on('data', (chunk: Buffer) => {
          if (size >= MAX_MEDIA_BYTES) {
            truncated = true;
            res.destroy();
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        const done = (): void =>
          resolve({ bytes: Buffer.concat(chunks).subarray(0, MAX_MEDIA_BYTES), truncated });
        res.on('end', done);
        res.on('close', () => (truncated ? done() : undefined));
        res.on('error', (e) => (truncated ? done() : reject(e)));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end();
  });
}
