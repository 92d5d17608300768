import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

type Inflate = (data: Uint8Array) => Uint8Array;

/**
 * Output is gathered in chunks of this size. Node's default (16 KiB) is a fresh allocation per call, dearer than
 * inflating a small object; 2 KiB chunks come from Buffer's shared pool and hold most declarations, commits and
 * deltas in one (a larger object takes more chunks).
 */
export const OUTPUT_CHUNK = 2048;
const OPTIONS = { chunkSize: OUTPUT_CHUNK } as const;

/**
 * isomorphic-git inflates every object it reads with pako, a zlib written in JavaScript, and offers no switch to
 * Node's own (its test for a native decompressor is never enabled). It calls pako's one-shot `inflate` through
 * pako's module object at each read, so pointing that function at node:zlib gives the same bytes about twice as
 * fast. Node ignores what follows the end of the stream, as pako does (a packed object is inflated from the rest
 * of its pack). On data zlib refuses, pako's own inflate runs, so a corrupt object fails as it always did.
 * Installed once, when the Git adapter loads; the pako resolved is the one isomorphic-git itself requires.
 */
export function useNativeInflate(): boolean {
  let pako: { inflate?: Inflate & { native?: true } };
  try {
    const fromGit = createRequire(createRequire(import.meta.url).resolve('isomorphic-git'));
    pako = fromGit('pako') as typeof pako;
  } catch {
    return false;
  }
  const original = pako.inflate;
  if (typeof original !== 'function') return false;
  if (original.native === true) return true;
  const native: Inflate & { native?: true } = (data) => {
    try {
      return inflateSync(data, OPTIONS);
    } catch {
      return original(data);
    }
  };
  native.native = true;
  pako.inflate = native;
  return true;
}
