import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { hasErrorCode, PhoenixError } from '../../core/errors/phoenix-error.js';

/** The image's URL without any user and password it embeds, for errors and logs. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

/**
 * Reads the install image at its URL, as an iLO would (HTTP or HTTPS, certificates checked against the system's
 * CAs and NODE_EXTRA_CA_CERTS), and returns the sha256 of its content, streamed: an ISO of several gigabytes is
 * never held in memory. Fails with APPLY_IMAGE_UNREACHABLE on a network error, a status other than 200, or
 * a URL that is not HTTP(S).
 */
export function hashInstallImage(url: string, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const unreachable = (reason: string, cause?: unknown): PhoenixError =>
      new PhoenixError(
        'APPLY_IMAGE_UNREACHABLE',
        { url: displayUrl(url), reason, message: `${displayUrl(url)}: ${reason}.` },
        cause === undefined ? {} : { cause },
      );
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch (error) {
      reject(unreachable('not a URL', error));
      return;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      reject(unreachable(`unsupported scheme ${parsed.protocol}`));
      return;
    }
    const send = parsed.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(parsed, { method: 'GET', ...(signal === undefined ? {} : { signal }) }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(unreachable(`HTTP ${res.statusCode ?? 0}`));
        return;
      }
      const hash = createHash('sha256');
      res.on('data', (chunk: Buffer) => hash.update(chunk));
      res.on('end', () => (res.complete ? resolve(hash.digest('hex')) : reject(unreachable('truncated'))));
      res.on('error', (error) => reject(unreachable(error.message, error)));
    });
    req.on('error', (error) =>
      reject(
        signal?.aborted === true
          ? error
          : unreachable((error as { code?: string }).code ?? error.message, error),
      ),
    );
    req.end();
  });
}

/**
 * Checks install images against the sha256 their Plan declares, once per image and checksum for the life of the
 * checker (one apply): every node booted from that image waits for the same read. A mismatch throws
 * APPLY_IMAGE_CHECKSUM_MISMATCH (terminal: the image is not inserted anywhere); a failed read is not remembered,
 * so a retry reads again.
 */
export function installImageChecker(): (url: string, sha256: string, signal?: AbortSignal) => Promise<void> {
  const checks = new Map<string, Promise<void>>();
  return (url, sha256, signal) => {
    const key = `${sha256} ${url}`;
    let check = checks.get(key);
    if (check === undefined) {
      check = hashInstallImage(url, signal).then((actual) => {
        if (actual !== sha256)
          throw new PhoenixError('APPLY_IMAGE_CHECKSUM_MISMATCH', {
            url: displayUrl(url),
            expected: sha256,
            actual,
            message: `${displayUrl(url)} has sha256 ${actual}; the Plan declares ${sha256}.`,
          });
      });
      checks.set(key, check);
      check.catch((error: unknown) => {
        if (!hasErrorCode(error, 'APPLY_IMAGE_CHECKSUM_MISMATCH')) checks.delete(key);
      });
    }
    return check;
  };
}
