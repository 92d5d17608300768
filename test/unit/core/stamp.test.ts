import { describe, expect, it } from 'vitest';
import { formatStamp, parseStamp, type Stamp } from '../../../src/core/stamp/stamp.js';

const stamp: Stamp = {
  site: 'lab-paris',
  node: 'k8s-w-01',
  spec: '0123456789abcdef',
  rev: 'abcdef012345',
  gen: 3,
};

describe('stamp', () => {
  it('round-trips through a description', () => {
    expect(parseStamp(formatStamp(stamp))).toEqual(stamp);
    expect(parseStamp(`Kubernetes worker\n${formatStamp(stamp)}\n`)).toEqual(stamp);
  });

  it.each([
    ['no description', null],
    ['free text', 'Description for Composed System'],
    ['wrong version', 'phoenix:v2 site=a node=b spec=0123456789abcdef rev=abcdef012345 gen=1'],
    ['short spec', 'phoenix:v1 site=a node=b spec=0123 rev=abcdef012345 gen=1'],
    ['generation zero', 'phoenix:v1 site=a node=b spec=0123456789abcdef rev=abcdef012345 gen=0'],
    ['upper-case node', 'phoenix:v1 site=a node=B spec=0123456789abcdef rev=abcdef012345 gen=1'],
  ])('ignores %s', (_label, description) => {
    expect(parseStamp(description)).toBeNull();
  });
});
