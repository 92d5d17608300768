import { describe, expect, it } from 'vitest';
import type { InventorySnapshot } from '../../../../src/core/observed/inventory.js';
import { desiredNode, desiredState, poolNodes } from '../../../support/builders/desired.js';
import {
  demoInventory,
  hardwareUri,
  patchHardware,
  withNodeProfile,
  withProfile,
} from '../../../support/builders/inventory.js';
import { changeOf, plan } from '../../../support/builders/plan-input.js';

/** An inventory with `count` owned profiles old-01.. on frame 2. */
function withOrphans(count: number, base: InventorySnapshot = demoInventory()): InventorySnapshot {
  let inventory = base;
  for (let i = 1; i <= count; i++) {
    inventory = withProfile(inventory, {
      name: `old-${String(i).padStart(2, '0')}`,
      hardwareUri: hardwareUri(2, i),
    });
  }
  return inventory;
}

const kept = poolNodes('web', 'web', 4);
const keptInventory = kept.reduce(
  (inv, n, i) => withNodeProfile(inv, n, hardwareUri(1, i + 1)),
  demoInventory(),
);

describe('deletion guards', () => {
  it.each([
    {
      label: 'without --allow-deletions or autoDelete',
      orphans: 1,
      options: {},
      guards: {},
      blocked: { kind: 'deletions-not-allowed' },
    },
    {
      label: 'allowed by --allow-deletions',
      orphans: 1,
      options: { allowDeletions: true },
      guards: {},
      blocked: null,
    },
    {
      label: 'allowed by guards.autoDelete',
      orphans: 1,
      options: {},
      guards: { autoDelete: true },
      blocked: null,
    },
    {
      label: 'over maxDeletionsPerRun',
      orphans: 3,
      options: { allowDeletions: true },
      guards: { maxDeletionsPerRun: 2, maxDeletionsPercent: 100 },
      blocked: { kind: 'max-deletions-per-run', limit: 2, requested: 3 },
    },
    {
      label: 'over maxDeletionsPercent of owned nodes',
      orphans: 3,
      options: { allowDeletions: true },
      guards: { maxDeletionsPercent: 40 },
      blocked: { kind: 'max-deletions-percent', limit: 40, requested: 3, owned: 7 },
    },
    {
      label: 'just under maxDeletionsPercent',
      orphans: 2,
      options: { allowDeletions: true },
      guards: { maxDeletionsPercent: 34 },
      blocked: null,
    },
  ])('$label', ({ orphans, options, guards, blocked }) => {
    const result = plan(desiredState(kept, { guards }), withOrphans(orphans, keptInventory), { options });
    for (let i = 1; i <= orphans; i++) {
      const change = changeOf(result, `old-0${i}`);
      expect(change.blockedBy).toEqual(blocked);
      expect(change.action).toBe(blocked === null ? 'delete' : 'blocked');
    }
  });

  it('never empties a pool unless allowed', () => {
    const former = poolNodes('cache', 'cache', 2);
    const inventory = former.reduce(
      (inv, n, i) => withNodeProfile(inv, n, hardwareUri(3, i + 1)),
      keptInventory,
    );
    const baseline = desiredState([...kept, ...former]);
    const guards = { maxDeletionsPercent: 100 };
    const blocked = plan(desiredState(kept, { guards }), inventory, {
      options: { allowDeletions: true, baseline },
    });
    expect(changeOf(blocked, 'cache-01').blockedBy).toEqual({ kind: 'pool-emptied', pool: 'cache' });
    const allowed = plan(desiredState(kept, { guards }), inventory, {
      options: { allowDeletions: true, allowEmptyPools: true, baseline },
    });
    expect(changeOf(allowed, 'cache-01').action).toBe('delete');
    expect(changeOf(allowed, 'cache-01').pool).toBe('cache');
    // Shrinking a pool that keeps nodes is not emptying it.
    const shrunk = plan(desiredState([...kept, former[0]!], { guards }), inventory, {
      options: { allowDeletions: true, baseline },
    });
    expect(changeOf(shrunk, 'cache-02').action).toBe('delete');
  });

  it('never recycles a protected node: replace, heal or delete', () => {
    const pet = desiredNode({ name: 'db-01', protected: true });
    const drifted = withNodeProfile(demoInventory(), pet, hardwareUri(1, 1), {
      stamp: { spec: 'ffffffffffffffff' },
    });
    expect(changeOf(plan(desiredState([pet]), drifted), 'db-01').blockedBy).toEqual({ kind: 'protected' });
    const faulted = patchHardware(
      withNodeProfile(demoInventory(), pet, hardwareUri(1, 1)),
      hardwareUri(1, 1),
      { status: 'Critical' },
    );
    expect(changeOf(plan(desiredState([pet]), faulted), 'db-01').blockedBy).toEqual({ kind: 'protected' });
    const removed = plan(desiredState([]), withNodeProfile(demoInventory(), pet, hardwareUri(1, 1)), {
      options: { allowDeletions: true, baseline: desiredState([pet]) },
    });
    expect(changeOf(removed, 'db-01').blockedBy).toEqual({ kind: 'protected' });
  });

  it('records the options that shaped the plan', () => {
    const result = plan(desiredState(kept, { guards: { maxDeletionsPerRun: 3 } }), keptInventory, {
      options: { allowDeletions: true },
    });
    expect(result.options).toEqual({
      allowDeletions: true,
      autoDelete: false,
      allowEmptyPools: false,
      maxDeletionsPerRun: 3,
      maxDeletionsPercent: 50,
    });
  });
});

describe('ordering of deletes', () => {
  it('runs deletes after creates unless a create needs the hardware they free', () => {
    // One Gen9 bay per frame, all taken by orphans; a new Gen9 node needs one of them.
    const small = demoInventory({ frames: 1, bays: 9 });
    const inventory = withProfile(small, { name: 'old-01', hardwareUri: hardwareUri(1, 9) });
    const gen9 = desiredNode({
      name: 'os-compute-01',
      pool: 'openstack-compute',
      hardware: { serverHardwareType: 'SY 480 Gen9 1' },
      profileTemplate: 'spt-openstack-compute',
      deploymentPlan: { name: 'DP-OpenStack-Compute-CentOS-7.4', id: null },
      attributes: {
        SERVER_FQDN: 'a',
        CONSUL_FQDN: 'b',
        DATADOG_TAG: 'c',
        VLAN_ID: '1',
        SERVER_IP: '10.0.0.1',
        SERVER_MASK: 'm',
        SERVER_GW: 'g',
        DNS_IP: 'd',
      },
    });
    const result = plan(desiredState([gen9], { guards: { maxDeletionsPercent: 100 } }), inventory, {
      options: { allowDeletions: true },
    });
    expect(changeOf(result, 'old-01')).toMatchObject({ action: 'delete', phase: 'main', wave: 0 });
    expect(changeOf(result, 'os-compute-01')).toMatchObject({
      action: 'create',
      dependsOn: ['old-01'],
      wave: 1,
    });
    expect(changeOf(result, 'os-compute-01').steps[0]).toMatchObject({
      kind: 'allocate',
      source: 'released',
      releasedBy: 'old-01',
      hardwareUri: hardwareUri(1, 9),
    });
    // Without the delete, there is no hardware for it.
    const blocked = plan(desiredState([gen9]), inventory);
    expect(changeOf(blocked, 'os-compute-01').blockedBy).toEqual({
      kind: 'no-spare-hardware',
      hardwareType: 'SY 480 Gen9 1',
      enclosureGroup: 'EG-I3S',
    });
    expect(blocked.diagnostics.map((d) => d.code)).toContain('PLAN_NO_SPARE_HARDWARE');
  });

  it('puts cleanup deletes one wave after the last create', () => {
    const master = desiredNode({ name: 'k8s-master-01' });
    const worker = desiredNode({ name: 'k8s-w-01', dependsOn: ['k8s-master-01'] });
    const inventory = withProfile(demoInventory(), { name: 'old-01', hardwareUri: hardwareUri(2, 1) });
    const result = plan(desiredState([master, worker], { guards: { maxDeletionsPercent: 100 } }), inventory, {
      options: { allowDeletions: true },
    });
    expect(changeOf(result, 'old-01')).toMatchObject({ phase: 'cleanup', wave: 2 });
  });
});
