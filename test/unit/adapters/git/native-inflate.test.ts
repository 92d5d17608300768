import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useNativeInflate } from '../../../../src/adapters/git/native-inflate.js';

const pako = createRequire(createRequire(import.meta.url).resolve('isomorphic-git'))('pako') as {
  inflate: ((data: Uint8Array) => Uint8Array) & { native?: true };
};

describe('native inflate for isomorphic-git', () => {
  it('replaces the inflate isomorphic-git calls with one giving the same bytes, trailing data ignored', () => {
    expect(useNativeInflate()).toBe(true);
    expect(pako.inflate.native).toBe(true);
    const text = Buffer.from('kind: NodePool\n'.repeat(500));
    const packed = Buffer.concat([deflateSync(text), deflateSync(Buffer.from('the next object'))]);
    expect(Buffer.from(pako.inflate(packed))).toEqual(text);
  });

  it('fails on corrupt data as pako does', () => {
    useNativeInflate();
    let thrown: unknown = null;
    try {
      pako.inflate(Buffer.from('not deflate data'));
    } catch (error) {
      thrown = error;
    }
    // pako throws its message as a string; isomorphic-git turns that into its DecompressionError.
    expect(typeof thrown).toBe('string');
  });
});
