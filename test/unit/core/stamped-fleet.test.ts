import { describe, expect, it } from 'vitest';
import type { Stamp } from '../../../src/core/stamp/stamp.js';
import { stampedFleet } from '../../../src/core/stamp/stamped-fleet.js';

const A = 'aaaaaaaaaaaa';
const B = 'bbbbbbbbbbbb';
const C = 'cccccccccccc';

const stamp = (node: string, rev: string, gen = 1, site = 'dc1'): Stamp => ({
  site,
  node,
  spec: '0'.repeat(16),
  rev,
  gen,
});

describe('stampedFleet: the revision the stamps vote for', () => {
  it.each([
    { name: 'no stamps', stamps: [], revision: null },
    { name: 'only another site', stamps: [stamp('n1', A, 1, 'other')], revision: null },
    { name: 'unstamped profiles', stamps: [null, stamp('n1', B)], revision: B },
    { name: 'the majority', stamps: [stamp('n1', A), stamp('n2', B), stamp('n3', B)], revision: B },
    { name: 'a tie goes to the smaller prefix', stamps: [stamp('n1', B), stamp('n2', A)], revision: A },
    {
      name: 'a tie goes to the revision that built the higher generation first',
      stamps: [stamp('n1', A), stamp('n2', B, 2)],
      revision: B,
    },
    {
      name: 'one vote per node: its newest generation speaks for it',
      stamps: [stamp('n1', A, 1), stamp('n1', C, 2), stamp('n2', A), stamp('n3', C), stamp('n1', A, 1)],
      revision: C,
    },
    {
      name: 'a node with two profiles does not count twice',
      stamps: [stamp('n1', A), stamp('n1', A), stamp('n2', B), stamp('n3', B)],
      revision: B,
    },
  ])('$name', ({ stamps, revision }) => {
    expect(stampedFleet('dc1', stamps).revision).toBe(revision);
    expect(stampedFleet('dc1', [...stamps].reverse()).revision).toBe(revision);
  });

  it('records per node its newest generation and the revision that built it, sorted by name', () => {
    const fleet = stampedFleet('dc1', [
      stamp('n2', A),
      stamp('n1', A, 1),
      stamp('n1', B, 2),
      stamp('n3', C, 4, 'x'),
    ]);
    expect([...fleet.nodes]).toEqual([
      ['n1', { rev: B, gen: 2 }],
      ['n2', { rev: A, gen: 1 }],
    ]);
  });

  it('breaks a tie between two profiles of one generation by the smaller prefix, whatever the order', () => {
    expect(stampedFleet('dc1', [stamp('n1', B), stamp('n1', A)]).nodes.get('n1')).toEqual({ rev: A, gen: 1 });
    expect(stampedFleet('dc1', [stamp('n1', A), stamp('n1', B)]).nodes.get('n1')).toEqual({ rev: A, gen: 1 });
  });
});
