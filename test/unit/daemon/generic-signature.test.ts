import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkGenericTimestamp,
  genericSignature,
  GENERIC_TIMESTAMP_WINDOW_MS,
  isSignatureShaped,
  isValidGenericSignature,
} from '../../../src/daemon/server/webhooks/generic-signature.js';

const body = Buffer.from('{"ref":"refs/heads/main"}');
const now = 1_790_000_000_000;

describe('the generic webhook signature', () => {
  it('is the HMAC-SHA256 of "<timestamp>.<body>"', () => {
    const mac = createHmac('sha256', 's3cret').update(`1790000000.${body.toString()}`).digest('hex');
    expect(genericSignature('s3cret', '1790000000', body)).toBe(`sha256=${mac}`);
    expect(isValidGenericSignature('s3cret', '1790000000', body, `sha256=${mac}`)).toBe(true);
    expect(isValidGenericSignature('s3cret', '1790000000', body, `sha256=${mac.toUpperCase()}`)).toBe(true);
  });

  it.each([
    ['another timestamp', '1790000001', body, 's3cret'],
    ['another body', '1790000000', Buffer.from('{"ref":"refs/heads/evil"}'), 's3cret'],
    ['another secret', '1790000000', body, 'other'],
  ])('does not hold for %s', (_label, timestamp, signedBody, secret) => {
    const header = genericSignature(secret, timestamp, signedBody);
    expect(isValidGenericSignature('s3cret', '1790000000', body, header)).toBe(false);
  });

  it('refuses malformed signature headers before any body is read', () => {
    for (const header of [undefined, '', 'sha256=', 'sha1=' + 'a'.repeat(40), `sha256=${'g'.repeat(64)}`])
      expect(isSignatureShaped(header)).toBe(false);
    expect(isSignatureShaped(`sha256=${'a'.repeat(64)}`)).toBe(true);
    expect(isValidGenericSignature('s3cret', '1790000000', body, 'sha256=zz')).toBe(false);
  });

  it('accepts timestamps within the window either way, and no others', () => {
    const seconds = (ms: number): string => String(Math.floor(ms / 1000));
    expect(checkGenericTimestamp(seconds(now), now)).toEqual({ seconds: seconds(now) });
    expect(checkGenericTimestamp(seconds(now - GENERIC_TIMESTAMP_WINDOW_MS), now)).not.toBe('expired');
    expect(checkGenericTimestamp(seconds(now + GENERIC_TIMESTAMP_WINDOW_MS), now)).not.toBe('expired');
    expect(checkGenericTimestamp(seconds(now - GENERIC_TIMESTAMP_WINDOW_MS - 2000), now)).toBe('expired');
    expect(checkGenericTimestamp(seconds(now + GENERIC_TIMESTAMP_WINDOW_MS + 2000), now)).toBe('expired');
    for (const header of [undefined, '', '-5', '1.5', '17900000000000', 'now'])
      expect(checkGenericTimestamp(header, now)).toBe('missing');
  });
});
