import { describe, expect, it } from 'vitest';
import type { PlanChange, RolloutGroup } from '../../../../src/core/plan/reconcile-plan.js';
import { RolloutGate } from '../../../../src/engine/apply/rollout-gate.js';

const group = (limits: Partial<RolloutGroup> = {}): RolloutGroup => ({
  id: 'pool:workers',
  pool: 'workers',
  maxUnavailable: 1,
  maxSurge: 1,
  maxInFlight: 2,
  changes: [],
  unavailable: [],
  ...limits,
});

const change = (node: string, surge = false): PlanChange =>
  ({ id: node, node, rolloutGroup: 'pool:workers', surge }) as unknown as PlanChange;

describe('RolloutGate', () => {
  it('caps changes in flight and changes holding a spare', () => {
    const gate = new RolloutGate([group({ maxInFlight: 2, maxSurge: 1 })]);
    const [a, b, c] = [change('w-1', true), change('w-2', true), change('w-3')];
    expect(gate.canStart(a)).toBe(true);
    gate.start(a);
    expect(gate.canStart(b)).toBe(false); // surge slot taken
    expect(gate.canStart(c)).toBe(true);
    gate.start(c);
    expect(gate.canStart(change('w-4'))).toBe(false); // in-flight slots taken
    gate.finish(a, true);
    expect(gate.canStart(b)).toBe(true);
  });

  it('lets a node go down only within maxUnavailable, and wakes a waiter when a node comes back', async () => {
    const gate = new RolloutGate([group({ maxUnavailable: 1, maxInFlight: 4 })]);
    const [a, b] = [change('w-1'), change('w-2')];
    gate.start(a);
    gate.start(b);
    expect(await gate.acquireDisruption(a)).toBe(true);
    let granted: boolean | null = null;
    const waiting = gate.acquireDisruption(b).then((g) => (granted = g));
    await Promise.resolve();
    expect(granted).toBeNull();
    expect(gate.waiting).toBe(1);
    gate.finish(a, true);
    await waiting;
    expect(granted).toBe(true);
  });

  it('counts nodes that were down before the run, and a node that did not come back stays down', async () => {
    const gate = new RolloutGate([group({ maxUnavailable: 2, maxInFlight: 4, unavailable: ['w-9'] })]);
    const [a, b] = [change('w-1'), change('w-2')];
    gate.start(a);
    gate.start(b);
    expect(await gate.acquireDisruption(a)).toBe(true);
    gate.finish(a, false);
    const pending = gate.acquireDisruption(b);
    gate.halt();
    expect(await pending).toBe(false);
  });

  it('never blocks a change outside any pool', async () => {
    const gate = new RolloutGate([]);
    const pet = { id: 'db', node: 'db', rolloutGroup: null, surge: false } as unknown as PlanChange;
    expect(gate.canStart(pet)).toBe(true);
    expect(await gate.acquireDisruption(pet)).toBe(true);
  });
});
