import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { nativeStreamingInflate, type StreamingInflateClass } from './native-streaming-inflate.js';

type Inflate = (data: Uint8Array) => Uint8Array;

/**
 * Output is gathered in chunks of this size. Node's default (16 KiB) is a fresh allocation per call, dearer than
 * inflating a small object; 2 KiB chunks come from Buffer's shared pool and hold most declarations, commits and
 * deltas in one (a larger object takes more chunks).
 */
const OPTIONS = { chunkSize: 2048 } as const;

/**
 * isomorphic-git inflates every object it reads with pako, a zlib written in JavaScript, and offers no switch to
 * Node's own (its test for a native decompressor is never enabled). It calls pako's one-shot `inflate` through
 * pako's module object at each read, so pointing that function at node:zlib gives the same bytes about twice as
 * fast. Node ignores what follows the end of the stream, as pako does (a packed object is inflated from the rest
 * of its pack). On data zlib refuses, pako's own inflate runs, so a corrupt object fails as it always did.
 * Likewise pako's streaming `Inflate`, which isomorphic-git builds (through the same module object) for each
 * object of a pack it indexes after a fetch, is replaced by one backed by node:zlib (see nativeStreamingInflate).
 * Installed once, when the Git adapter loads; the pako resolved is the one isomorphic-git itself requires.
 */
export function useNativeInflate(): boolean {
  let pako: {
    inflate?: Inflate & { native?: true };
    Inflate?: StreamingInflateClass & { native?: true };
  };
  try {
    const fromGit = createRequire(createRequire(import.meta.url).resolve('isomorphic-git'));
    pako = fromGit('pako') as typeof pako;
  } catch {
    return false;
  }
  const original = pako.inflate;
  const Original = pako.Inflate;
  if (typeof original !== 'function' || typeof Original !== 'function') return false;
  if (original.native !== true) {
    const native: Inflate & { native?: true } = (data) => {
      try {
        return inflateSync(data, OPTIONS);
      } catch {
        return original(data);
      }
    };
    native.native = true;
    pako.inflate = native;
  }
  if (Original.native !== true) {
    const Native: StreamingInflateClass & { native?: true } = nativeStreamingInflate(Original);
    Native.native = true;
    pako.Inflate = Native;
  }
  return true;
}
