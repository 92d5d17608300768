import { createRequire } from 'node:module';
import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  nativeStreamingInflate,
  type StreamingInflate,
  type StreamingInflateClass,
} from '../../../../src/adapters/git/native-streaming-inflate.js';

// pako's own class, from its module rather than from the module object the Git adapter changes.
const requireFromGit = createRequire(createRequire(import.meta.url).resolve('isomorphic-git'));
const Pako = (requireFromGit('pako/lib/inflate.js') as { Inflate: StreamingInflateClass }).Inflate;
const Native = nativeStreamingInflate(Pako);

interface Outcome {
  readonly returned: boolean[];
  readonly result: Buffer | undefined;
  readonly err: number;
  readonly msg: string;
  readonly availIn: number;
}

/** Pushes the chunks as isomorphic-git does (until a result or an error) and reports what the inflater said. */
function feed(Inflater: StreamingInflateClass, chunks: readonly Uint8Array[]): Outcome {
  const inflater: StreamingInflate = new Inflater();
  const returned: boolean[] = [];
  for (const chunk of chunks) {
    returned.push(inflater.push(chunk, false));
    if (inflater.result !== undefined || inflater.err !== 0) break;
  }
  const { result, err, msg } = inflater;
  return {
    returned,
    result: result === undefined ? undefined : Buffer.from(result),
    err,
    msg,
    availIn: inflater.strm.avail_in,
  };
}

const text = Buffer.from('kind: NodePool\nspec:\n  replicas: 3\n'.repeat(200));
const object = deflateSync(text);
const next = deflateSync(Buffer.from('the next object of the pack'));

describe('streaming inflate backed by node:zlib', () => {
  it('gives the bytes and the unread input pako gives, for an object followed by the rest of a pack', () => {
    const outcome = feed(Native, [Buffer.concat([object, next])]);
    expect(outcome).toEqual(feed(Pako, [Buffer.concat([object, next])]));
    expect(outcome.result).toEqual(text);
    expect(outcome.availIn).toBe(next.length);
  });

  it('waits for the next chunk when an object runs past the one it was given', () => {
    const whole = Buffer.concat([object, next]);
    const chunks = [
      whole.subarray(0, 10),
      whole.subarray(10, object.length - 5),
      whole.subarray(object.length - 5),
    ];
    const outcome = feed(Native, chunks);
    expect(outcome).toEqual(feed(Pako, chunks));
    expect(outcome.returned).toEqual([true, true, true]);
    expect(outcome.result).toEqual(text);
    expect(outcome.availIn).toBe(next.length);
  });

  it('ends without a result or an error, as pako does, when the input stops inside an object', () => {
    const outcome = feed(Native, [object.subarray(0, object.length - 8)]);
    expect(outcome).toEqual(feed(Pako, [object.subarray(0, object.length - 8)]));
    expect(outcome.result).toBeUndefined();
    expect(outcome.err).toBe(0);
  });

  it("fails on corrupt data with pako's own error", () => {
    const corrupt = Buffer.from(object);
    const middle = Math.floor(corrupt.length / 2);
    corrupt[middle] = (corrupt[middle] as number) ^ 0xff;
    const chunks = [corrupt.subarray(0, 20), corrupt.subarray(20)];
    const outcome = feed(Native, chunks);
    expect(outcome).toEqual(feed(Pako, chunks));
    expect(outcome.err).not.toBe(0);
    expect(outcome.msg).not.toBe('');
    expect(outcome.result).toBeUndefined();
  });

  it('hands what zlib does not take (a gzip stream, which pako also reads) to pako', () => {
    const gzip = gzipSync(text);
    const outcome = feed(Native, [gzip]);
    expect(outcome).toEqual(feed(Pako, [gzip]));
    expect(outcome.result).toEqual(text);
  });

  it('refuses input after the end of its stream, as pako does', () => {
    const inflater = new Native();
    expect(inflater.push(Buffer.concat([object, next]), false)).toBe(true);
    expect(inflater.push(next, false)).toBe(false);
  });
});
