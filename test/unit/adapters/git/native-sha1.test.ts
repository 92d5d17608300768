import { createHash, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useNativeSha1 } from '../../../../src/adapters/git/native-sha1.js';

const subtle = webcrypto.subtle;
const hex = (digest: ArrayBuffer): string => Buffer.from(digest).toString('hex');
const sha = (algorithm: string, data: Uint8Array): string => createHash(algorithm).update(data).digest('hex');

describe('native SHA-1 digests for isomorphic-git', () => {
  it('answers a SHA-1 digest with the same bytes, at once', async () => {
    expect(useNativeSha1()).toBe(true);
    expect(useNativeSha1()).toBe(true);
    expect((subtle.digest as { native?: true }).native).toBe(true);
    const object = Buffer.from('blob 15\0kind: NodePool\n');
    const answer = subtle.digest('SHA-1', object);
    expect(answer).toBeInstanceOf(Promise);
    expect(hex(await answer)).toBe(sha('sha1', object));
    // A view into a larger buffer is hashed over its own bytes only.
    const joined = Buffer.concat([Buffer.from('prefix'), object, Buffer.from('suffix')]);
    const view = new Uint8Array(joined.buffer, joined.byteOffset + 'prefix'.length, object.length);
    expect(hex(await subtle.digest('SHA-1', view))).toBe(sha('sha1', object));
    expect(hex(await subtle.digest('SHA-1', new Uint8Array(0)))).toBe(
      'da39a3ee5e6b4b0d3255bfef95601890afd80709',
    );
  });

  it('leaves other algorithms, large inputs and bad arguments to WebCrypto', async () => {
    useNativeSha1();
    const data = Buffer.from('kind: Site\n');
    expect(hex(await subtle.digest('SHA-256', data))).toBe(sha('sha256', data));
    expect(hex(await subtle.digest({ name: 'SHA-1' }, data))).toBe(sha('sha1', data));
    const large = Buffer.alloc(2 * 1024 * 1024, 7);
    expect(hex(await subtle.digest('SHA-1', large))).toBe(sha('sha1', large));
    await expect(subtle.digest('SHA-0', data)).rejects.toMatchObject({ name: 'NotSupportedError' });
  });
});
