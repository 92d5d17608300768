import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a generic delivery's signed timestamp may be from the daemon's wall clock, either way. */
export const GENERIC_TIMESTAMP_WINDOW_MS = 5 * 60_000;

const SIGNATURE = /^sha256=([0-9a-f]{64})$/i;
const TIMESTAMP = /^[0-9]{1,12}$/;

/** Whether a signature header has the `sha256=<64 hex>` form (checked before the body is read). */
export function isSignatureShaped(header: string | undefined): boolean {
  return header !== undefined && SIGNATURE.test(header);
}

/**
 * The generic receiver's timestamp header (Unix seconds) if it is within the window of `nowMs`; 'missing' or
 * 'expired' otherwise. Checked before the body is read.
 */
export function checkGenericTimestamp(
  header: string | undefined,
  nowMs: number,
): { readonly seconds: string } | 'missing' | 'expired' {
  if (header === undefined || !TIMESTAMP.test(header)) return 'missing';
  const skew = Math.abs(Number(header) * 1000 - nowMs);
  return skew <= GENERIC_TIMESTAMP_WINDOW_MS ? { seconds: header } : 'expired';
}

/**
 * The generic form's signature: `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`. Signing the timestamp
 * with the body makes a captured delivery worthless once the window is past; within it, the daemon refuses a
 * signature it has already seen, whatever delivery id comes with it.
 */
export function genericSignature(secret: string, timestamp: string, body: Uint8Array): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
  return `sha256=${mac}`;
}

/** Whether `header` is the generic signature of the timestamp and body, compared in constant time. */
export function isValidGenericSignature(
  secret: string,
  timestamp: string,
  body: Uint8Array,
  header: string | undefined,
): boolean {
  const given = header === undefined ? null : SIGNATURE.exec(header);
  if (given === null) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(given[1]!, 'hex'));
}
