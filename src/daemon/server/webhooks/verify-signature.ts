import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Whether `header` is `sha256=<hex>` of the HMAC-SHA256 of `body` under `secret`, compared in constant time
 * (the form GitHub sends in X-Hub-Signature-256).
 */
export function isValidHmacSignature(secret: string, body: Uint8Array, header: string | undefined): boolean {
  if (header === undefined || !header.startsWith('sha256=')) return false;
  const given = header.slice('sha256='.length);
  if (!/^[0-9a-f]{64}$/i.test(given)) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(given, 'hex'));
}

/** Compares two secrets in time that depends on neither's content nor length. */
export function secretsEqual(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}
