import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DesiredNode } from '../../../../src/core/desired/desired-state.js';
import type { InventorySnapshot } from '../../../../src/core/observed/inventory.js';
import { desiredNode, desiredState } from '../../../support/builders/desired.js';
import {
  demoInventory,
  hardwareUri,
  patchHardware,
  withNodeProfile,
  withProfile,
} from '../../../support/builders/inventory.js';
import { plan } from '../../../support/builders/plan-input.js';

/** A random world: declared nodes, owned profiles (some drifted, faulted or orphaned), guards and options. */
const world = fc
  .record({
    nodes: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 20 }),
    owned: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 20 }),
    drifted: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    critical: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    protectedNodes: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    surge: fc.boolean(),
    spread: fc.boolean(),
    allowDeletions: fc.boolean(),
    maxDeletionsPerRun: fc.integer({ min: 0, max: 10 }),
    maxDeletionsPercent: fc.integer({ min: 0, max: 100 }),
  })
  .map((w) => {
    const node = (i: number): DesiredNode =>
      desiredNode({
        name: `n-${String(i).padStart(2, '0')}`,
        pool: i % 2 === 0 ? 'even' : 'odd',
        index: i,
        protected: w.protectedNodes[i - 1]!,
        hardware: { spread: w.spread ? 'enclosure' : 'none' },
        rollout: { maxUnavailable: 1, maxSurge: w.surge ? 1 : 0, maxInFlight: 2 },
      });
    const desired = w.nodes.map(node);
    let inventory: InventorySnapshot = demoInventory();
    for (const i of w.owned) {
      const frame = ((i - 1) % 3) + 1;
      const bay = Math.ceil(i / 3);
      const uri = hardwareUri(frame, bay);
      inventory = withNodeProfile(
        inventory,
        node(i),
        uri,
        w.drifted[i - 1] ? { stamp: { spec: 'ffffffffffffffff' } } : {},
      );
      if (w.critical[i - 1]) inventory = patchHardware(inventory, uri, { status: 'Critical' });
    }
    inventory = withProfile(inventory, {
      name: 'legacy-db-01',
      hardwareUri: hardwareUri(3, 12),
      stamp: null,
    });
    const baseline = desiredState(w.owned.map(node));
    const guards = { maxDeletionsPerRun: w.maxDeletionsPerRun, maxDeletionsPercent: w.maxDeletionsPercent };
    return {
      w,
      desired: desiredState(desired, { guards }),
      inventory,
      options: { allowDeletions: w.allowDeletions, baseline },
      protectedNames: new Set(
        [...w.nodes, ...w.owned].filter((i) => w.protectedNodes[i - 1]).map((i) => node(i).name),
      ),
    };
  });

describe('planner properties', () => {
  it('is deterministic: identical inputs give byte-identical JSON, whatever the input order', () => {
    fc.assert(
      fc.property(world, ({ desired, inventory, options }) => {
        const a = JSON.stringify(plan(desired, inventory, { options }));
        const shuffled = {
          ...inventory,
          hardware: [...inventory.hardware].reverse(),
          profiles: [...inventory.profiles].reverse(),
        };
        const b = JSON.stringify(
          plan({ ...desired, nodes: [...desired.nodes].reverse() }, shuffled, { options }),
        );
        expect(b).toBe(a);
      }),
      { numRuns: 60 },
    );
  });

  it('never allocates a piece of hardware twice, nor one that is not free or being released', () => {
    fc.assert(
      fc.property(world, ({ desired, inventory, options }) => {
        const result = plan(desired, inventory, { options });
        const allocations = result.changes.flatMap((c) => c.steps.filter((s) => s.kind === 'allocate'));
        const uris = allocations.map((s) => s.hardwareUri);
        expect(new Set(uris).size).toBe(uris.length);
        for (const step of allocations) {
          const hw = inventory.hardware.find((h) => h.uri === step.hardwareUri)!;
          expect(hw.status).not.toBe('Critical');
          if (step.source === 'spare' || step.source === 'pinned') expect(hw.profileUri).toBeNull();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never recycles a protected node', () => {
    fc.assert(
      fc.property(world, ({ desired, inventory, options, protectedNames }) => {
        const result = plan(desired, inventory, { options });
        for (const change of result.changes) {
          if (protectedNames.has(change.node))
            expect(change.steps.some((s) => s.kind === 'recycle')).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never deletes more than the guards allow', () => {
    fc.assert(
      fc.property(world, ({ w, desired, inventory, options }) => {
        const result = plan(desired, inventory, { options });
        const deletes = result.changes.filter(
          (c) => c.action === 'delete' && c.cause === 'undeclared',
        ).length;
        if (!w.allowDeletions) expect(deletes).toBe(0);
        expect(deletes).toBeLessThanOrEqual(w.maxDeletionsPerRun);
        expect(deletes * 100).toBeLessThanOrEqual(w.maxDeletionsPercent * w.owned.length);
        expect(result.summary.total).toBe(result.changes.length);
      }),
      { numRuns: 60 },
    );
  });
});
