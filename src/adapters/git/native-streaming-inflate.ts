import { inflateSync } from 'node:zlib';

/** The part of pako's streaming `Inflate` that isomorphic-git uses when it indexes a fetched pack. */
export interface StreamingInflate {
  result: Uint8Array | undefined;
  err: number;
  msg: string;
  readonly strm: { avail_in: number };
  push(data: Uint8Array, mode?: boolean | number): boolean;
}

interface InflateInfo {
  readonly buffer: Buffer;
  /** Input bytes the engine consumed: up to the end of the stream, nothing after it. */
  readonly engine: { readonly bytesWritten: number };
}

export type StreamingInflateClass = new (options?: object) => StreamingInflate;

/** As in native-inflate.ts: pooled output chunks, right for the small objects a pack mostly holds. */
const OPTIONS = { chunkSize: 2048, info: true } as const;

/**
 * A stand-in for pako's streaming `Inflate`, backed by node:zlib, for the way isomorphic-git indexes a pack: a
 * fresh inflater per object, fed the rest of the pack (`push(chunk, false)`, chunk after chunk until `result` is
 * set), after which `strm.avail_in` says how much of the last chunk follows the object. zlib stops at the end of
 * the stream and reports how much input it consumed, which gives the same `avail_in`. Input that ends before the
 * stream does waits for the next chunk, as pako does. On input zlib refuses, a pako `Inflate` takes over from the
 * first byte, so a corrupt pack fails with pako's own error; options other than none, and modes other than
 * `false`, go to pako from the start.
 */
export function nativeStreamingInflate(Pako: StreamingInflateClass): StreamingInflateClass {
  return class NativeStreamingInflate implements StreamingInflate {
    result: Uint8Array | undefined = undefined;
    err = 0;
    msg = '';
    readonly strm = { avail_in: 0 };
    #input: Uint8Array[] = [];
    #pako: StreamingInflate | null;
    #ended = false;

    constructor(options?: object) {
      this.#pako = options === undefined ? null : new Pako(options);
    }

    push(data: Uint8Array, mode?: boolean | number): boolean {
      if (this.#pako !== null) return this.#fromPako(this.#pako.push(data, mode));
      // pako too refuses input once its stream has ended.
      if (this.#ended) return false;
      if (mode !== false || !(data instanceof Uint8Array)) {
        this.#handOver();
        return this.#fromPako((this.#pako as unknown as StreamingInflate).push(data, mode));
      }
      this.#input.push(data);
      const input = this.#input.length === 1 ? data : Buffer.concat(this.#input);
      try {
        // With `info`, Node returns the engine beside the output (its types do not say so).
        const { buffer, engine } = inflateSync(input, OPTIONS) as unknown as InflateInfo;
        this.result = buffer;
        this.strm.avail_in = input.byteLength - engine.bytesWritten;
        this.#input = [];
        this.#ended = true;
        return true;
      } catch (error) {
        if ((error as { code?: unknown }).code === 'Z_BUF_ERROR') {
          // The stream goes on past this chunk: all of it is taken, and the next one is wanted.
          this.strm.avail_in = 0;
          return true;
        }
        this.#input.pop();
        this.#handOver();
        return this.#fromPako((this.#pako as unknown as StreamingInflate).push(data, mode));
      }
    }

    /** pako takes over, fed what this inflater was given before. */
    #handOver(): void {
      const pako = new Pako();
      for (const chunk of this.#input) pako.push(chunk, false);
      this.#input = [];
      this.#pako = pako;
    }

    #fromPako(outcome: boolean): boolean {
      const pako = this.#pako as StreamingInflate;
      this.result = pako.result;
      this.err = pako.err;
      this.msg = pako.msg;
      this.strm.avail_in = pako.strm.avail_in;
      return outcome;
    }
  };
}
