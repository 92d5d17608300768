import { describe, expect, it } from 'vitest';
import type { ObservedProfile } from '../../../src/core/observed/inventory.js';
import { parseStamp } from '../../../src/core/stamp/stamp.js';
import { synthesizeBaseInventory } from '../../../src/engine/reconcile/pull-request/base-inventory.js';
import { mostStampedRevision } from '../../../src/engine/reconcile/revision/most-stamped-revision.js';
import { planAgainstBase } from '../../../src/engine/reconcile/pull-request/plan-against-base.js';
import { desiredNode, desiredState, poolNodes } from '../../support/builders/desired.js';

const BASE = '1111111111111111111111111111111111111111';
const HEAD = '2222222222222222222222222222222222222222';

function actions(plan: ReturnType<typeof planAgainstBase>): [string, string][] {
  return plan.changes.filter((c) => c.action !== 'noop').map((c) => [c.id, c.action]);
}

describe('planAgainstBase: the planner run against the declarations of the base commit', () => {
  const web = poolNodes('web', 'web', 3);
  const db = desiredNode({ name: 'db-01', hardware: { pin: { enclosure: 'SYN-FRAME-01', bay: 4 } } });
  const base = desiredState([...web, db]);

  it('changes nothing when head and base declare the same', () => {
    const plan = planAgainstBase({ base, baseRevision: BASE, head: base, revision: BASE });
    expect(plan.summary.hasChanges).toBe(false);
    expect(plan.changes.map((c) => c.action)).toEqual(['noop', 'noop', 'noop', 'noop']);
    expect(plan.diagnostics).toEqual([]);
  });

  it('shows a grown pool as creates and a changed attribute as a replace with the attribute diff', () => {
    const head = desiredState([
      ...poolNodes('web', 'web', 4).map((n) =>
        n.name === 'web-02'
          ? desiredNode({
              ...n,
              name: n.name,
              pool: 'web',
              index: 2,
              attributes: { ...n.attributes, VLAN_ID: '211' },
            })
          : n,
      ),
      db,
    ]);
    const plan = planAgainstBase({ base, baseRevision: BASE, head, revision: HEAD });
    expect(actions(plan)).toEqual([
      ['web-02', 'replace'],
      ['web-04', 'create'],
    ]);
    const replace = plan.changes.find((c) => c.id === 'web-02')!;
    expect(replace.fieldChanges).toEqual([
      { path: 'spec', before: web[1]!.specHash.slice(0, 16), after: expect.any(String), sensitive: false },
      { path: 'attributes.VLAN_ID', before: '210', after: '211', sensitive: false },
    ]);
    expect(plan.baseRevision).toBe(BASE);
    expect(plan.inventory.appliance).toBe(`declarations@${BASE.slice(0, 12)}`);
  });

  it('shows a removed pet as a delete, blocked unless deletions are allowed, and keeps pinned hardware', () => {
    const head = desiredState(web);
    expect(actions(planAgainstBase({ base, baseRevision: BASE, head, revision: HEAD }))).toEqual([
      ['db-01', 'blocked'],
    ]);
    const allowed = planAgainstBase({
      base,
      baseRevision: BASE,
      head,
      revision: HEAD,
      options: { allowDeletions: true },
    });
    expect(actions(allowed)).toEqual([['db-01', 'delete']]);
    expect(allowed.changes.find((c) => c.id === 'db-01')?.before?.hardware).toMatchObject({
      enclosure: 'SYN-FRAME-01',
      bay: 4,
    });
  });

  it('masks attributes that look like secrets on both sides', () => {
    const withToken = (value: string) =>
      desiredState([desiredNode({ name: 'web-01', pool: 'web', attributes: { JOIN_TOKEN: value } })]);
    const plan = planAgainstBase({
      base: withToken('old-secret'),
      baseRevision: BASE,
      head: withToken('new-secret'),
      revision: HEAD,
    });
    // A changed secret is a replacement; its values never appear, masked on both sides.
    expect(actions(plan)).toEqual([['web-01', 'replace']]);
    expect(JSON.stringify(plan)).not.toMatch(/old-secret|new-secret/);
  });

  it('stamps every base profile with its node, spec hash and the base revision prefix', () => {
    const snapshot = synthesizeBaseInventory(base, base, BASE);
    expect(snapshot.profiles.map((p) => parseStamp(p.description))).toEqual(
      base.nodes.map((n) => ({
        site: 'dc1',
        node: n.name,
        spec: n.specHash.slice(0, 16),
        rev: BASE.slice(0, 12),
        gen: 1,
      })),
    );
    expect(synthesizeBaseInventory(base, base, BASE)).toEqual(snapshot);
  });

  it('lists profiles and hardware in the text order of their URIs, one each', () => {
    const many = desiredState(poolNodes('web', 'web', 123));
    const snapshot = synthesizeBaseInventory(many, many, BASE);
    for (const items of [snapshot.profiles, snapshot.hardware]) {
      const uris = items.map((item) => item.uri);
      expect(uris).toEqual([...uris].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(uris).size).toBe(items.length);
    }
    expect(snapshot.profiles).toHaveLength(123);
    expect(snapshot.hardware).toHaveLength(246);
    expect(snapshot.profiles.map((p) => p.name).sort()).toEqual(many.nodes.map((n) => n.name));
  });
});

describe('mostStampedRevision', () => {
  let nodes = 0;
  const profile = (site: string, rev: string, gen = 1): ObservedProfile =>
    ({
      stamp: { site, node: `n${(nodes += 1)}`, spec: '0'.repeat(16), rev, gen },
    }) as unknown as ObservedProfile;

  it.each([
    { profiles: [], expected: null },
    { profiles: [profile('other', 'aaaaaaaaaaaa')], expected: null },
    {
      profiles: [
        profile('dc1', 'aaaaaaaaaaaa'),
        profile('dc1', 'bbbbbbbbbbbb'),
        profile('dc1', 'bbbbbbbbbbbb'),
      ],
      expected: 'bbbbbbbbbbbb',
    },
    {
      profiles: [profile('dc1', 'bbbbbbbbbbbb'), profile('dc1', 'aaaaaaaaaaaa', 2)],
      expected: 'aaaaaaaaaaaa',
    },
    { profiles: [profile('dc1', 'bbbbbbbbbbbb'), profile('dc1', 'aaaaaaaaaaaa')], expected: 'aaaaaaaaaaaa' },
  ])('$expected', ({ profiles, expected }) => {
    expect(mostStampedRevision('dc1', profiles)).toBe(expected);
  });
});
