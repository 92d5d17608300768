import { hash } from 'node:crypto';

/** Inputs up to this size are hashed at once; larger ones go to the thread pool as before. */
const LARGEST_INLINE = 1024 * 1024;

type Digest = ((algorithm: unknown, data: unknown) => Promise<ArrayBuffer>) & { native?: true };

/**
 * isomorphic-git computes every object id (each object of a pack it indexes after a fetch, each loose object it
 * reads) with WebCrypto's `crypto.subtle.digest('SHA-1', …)` when the platform has it, and has no option to take
 * another hash. In Node that digest is a job on the libuv thread pool: for an object of a few hundred bytes the
 * round trip costs some 30 µs against 2 µs for the hash itself, and a clone of 10,000 objects waits about 0.4 s
 * for it. This answers a SHA-1 digest of a byte buffer up to 1 MiB with node:crypto's hash, computed at the call,
 * in a promise as WebCrypto does: the same 20 bytes, without the round trip. Any other algorithm or input, and
 * anything that fails here, goes to WebCrypto's own digest, with its own result or error. `crypto.subtle` is one
 * object per process, so every caller in the process gets this answer; it is installed once, when the Git adapter
 * loads (ADR 0023).
 */
export function useNativeSha1(): boolean {
  const subtle = (globalThis as { crypto?: { subtle?: { digest?: Digest } } }).crypto?.subtle;
  const original = subtle?.digest;
  if (subtle === undefined || typeof original !== 'function') return false;
  if (original.native === true) return true;
  const digest: Digest = function (this: unknown, algorithm, data) {
    if (algorithm === 'SHA-1' && data instanceof Uint8Array && data.byteLength <= LARGEST_INLINE) {
      try {
        const sum = hash('sha1', data, 'buffer');
        return Promise.resolve(sum.buffer.slice(sum.byteOffset, sum.byteOffset + sum.byteLength));
      } catch {
        // WebCrypto's own digest answers, with its own error if it has one.
      }
    }
    return original.call(this, algorithm, data);
  };
  digest.native = true;
  Object.defineProperty(subtle, 'digest', { value: digest, configurable: true, writable: true });
  return true;
}
