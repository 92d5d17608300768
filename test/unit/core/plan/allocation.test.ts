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

const one = desiredNode({ name: 'docker-01', pool: 'docker-hosts' });
const allocated = (inventory: InventorySnapshot, node = one, ledger = {}) =>
  changeOf(plan(desiredState([node]), inventory, { ledger }), node.name).steps.find(
    (s) => s.kind === 'allocate',
  );

describe('hardware allocation', () => {
  it.each([
    {
      label: 'takes the first free bay in (enclosure, bay) order',
      inventory: demoInventory(),
      expected: hardwareUri(1, 1),
    },
    {
      label: 'skips hardware that carries a profile',
      inventory: withProfile(demoInventory(), {
        name: 'legacy',
        hardwareUri: hardwareUri(1, 1),
        stamp: null,
      }),
      expected: hardwareUri(1, 2),
    },
    {
      label: 'skips Critical hardware',
      inventory: patchHardware(demoInventory(), hardwareUri(1, 1), { status: 'Critical' }),
      expected: hardwareUri(1, 2),
    },
    {
      label: 'accepts Warning hardware',
      inventory: patchHardware(demoInventory(), hardwareUri(1, 1), { status: 'Warning' }),
      expected: hardwareUri(1, 1),
    },
    {
      label: 'skips hardware that is not NoProfileApplied',
      inventory: patchHardware(demoInventory(), hardwareUri(1, 1), { state: 'Unmanaged' }),
      expected: hardwareUri(1, 2),
    },
  ])('$label', ({ inventory, expected }) => {
    expect(allocated(inventory)).toMatchObject({ hardwareUri: expected, source: 'spare' });
  });

  it('skips quarantined hardware', () => {
    const ledger = {
      quarantined: [
        {
          hardwareUri: hardwareUri(1, 1),
          node: 'x',
          reason: 'hardware-critical',
          since: '2026-01-01T00:00:00Z',
        },
      ],
    };
    expect(allocated(demoInventory(), one, ledger)).toMatchObject({ hardwareUri: hardwareUri(1, 2) });
  });

  it('matches the hardware type by name', () => {
    const gen9 = desiredNode({
      name: 'x-01',
      hardware: { serverHardwareType: 'SY 480 Gen9 1' },
      profileTemplate: 'spt-openstack-compute',
      deploymentPlan: null,
      attributes: {},
    });
    expect(allocated(demoInventory(), gen9)).toMatchObject({ hardwareUri: hardwareUri(1, 9) });
  });

  it('keeps to the allowed enclosures', () => {
    const only3 = desiredNode({ name: 'docker-01', hardware: { enclosures: ['SYN-FRAME-03'] } });
    expect(allocated(demoInventory(), only3)).toMatchObject({
      hardwareUri: hardwareUri(3, 1),
      enclosure: 'SYN-FRAME-03',
    });
  });

  it('blocks when the template is for another enclosure group', () => {
    const other = desiredNode({ name: 'docker-01', hardware: { enclosureGroup: 'EG-OTHER' } });
    const result = plan(desiredState([other]), demoInventory());
    expect(changeOf(result, 'docker-01').blockedBy).toEqual({
      kind: 'template-hardware-mismatch',
      template: 'spt-docker-centos74',
      field: 'enclosureGroup',
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['PLAN_TEMPLATE_HARDWARE_MISMATCH']);
  });

  it('blocks when no hardware is left in the allowed enclosures', () => {
    const only = desiredNode({ name: 'docker-01', hardware: { enclosures: ['SYN-FRAME-09'] } });
    expect(changeOf(plan(desiredState([only]), demoInventory()), 'docker-01').blockedBy).toEqual({
      kind: 'no-spare-hardware',
      hardwareType: 'SY 480 Gen10 1',
      enclosureGroup: 'EG-I3S',
    });
  });

  it('spreads a pool across enclosures, counting the nodes it already has', () => {
    const nodes = poolNodes('k8s-workers', 'k8s-w', 4, { hardware: { spread: 'enclosure' } });
    const inventory = withNodeProfile(demoInventory(), nodes[0]!, hardwareUri(1, 5));
    const result = plan(desiredState(nodes), inventory);
    const enclosures = ['k8s-w-02', 'k8s-w-03', 'k8s-w-04'].map(
      (id) => changeOf(result, id).after?.hardware?.enclosure,
    );
    expect(enclosures).toEqual(['SYN-FRAME-02', 'SYN-FRAME-03', 'SYN-FRAME-01']);
  });

  it('packs a pool without spread', () => {
    const result = plan(desiredState(poolNodes('docker-hosts', 'docker', 3)), demoInventory());
    expect(result.changes.map((c) => c.after?.hardware?.uri)).toEqual([
      hardwareUri(1, 1),
      hardwareUri(1, 2),
      hardwareUri(1, 3),
    ]);
  });

  it('resolves pins by enclosure and bay or by serial number, and keeps pinned bays from pool nodes', () => {
    const byBay = desiredNode({
      name: 'k8s-master-01',
      hardware: { pin: { enclosure: 'SYN-FRAME-01', bay: 1 } },
    });
    const bySerial = desiredNode({ name: 'db-01', hardware: { pin: { serialNumber: 'SN0102' } } });
    const result = plan(
      desiredState([byBay, bySerial, ...poolNodes('docker-hosts', 'docker', 1)]),
      demoInventory(),
    );
    expect(changeOf(result, 'k8s-master-01').steps[0]).toMatchObject({
      hardwareUri: hardwareUri(1, 1),
      source: 'pinned',
    });
    expect(changeOf(result, 'db-01').steps[0]).toMatchObject({
      hardwareUri: hardwareUri(1, 2),
      source: 'pinned',
    });
    expect(changeOf(result, 'docker-01').steps[0]).toMatchObject({ hardwareUri: hardwareUri(1, 3) });
  });

  it.each([
    {
      label: 'pinned hardware busy',
      inventory: withProfile(demoInventory(), {
        name: 'legacy',
        hardwareUri: hardwareUri(1, 1),
        stamp: null,
      }),
      blocked: {
        kind: 'pinned-hardware-busy',
        hardwareUri: hardwareUri(1, 1),
        profileUri: '/rest/server-profiles/legacy',
      },
    },
    {
      label: 'pinned hardware Critical',
      inventory: patchHardware(demoInventory(), hardwareUri(1, 1), { status: 'Critical' }),
      blocked: { kind: 'pinned-hardware-unusable', hardwareUri: hardwareUri(1, 1), problem: 'critical' },
    },
    {
      label: 'pinned hardware missing',
      inventory: demoInventory({ frames: 0 }),
      blocked: { kind: 'pinned-hardware-not-found', pin: 'SYN-FRAME-01, bay 1' },
    },
  ])('blocks on $label', ({ inventory, blocked }) => {
    const pet = desiredNode({
      name: 'k8s-master-01',
      hardware: { pin: { enclosure: 'SYN-FRAME-01', bay: 1 } },
    });
    expect(changeOf(plan(desiredState([pet]), inventory), 'k8s-master-01').blockedBy).toEqual(blocked);
  });

  it('replaces on the same hardware without surge', () => {
    const changed = desiredNode({
      name: 'docker-01',
      pool: 'docker-hosts',
      attributes: { ...one.attributes, VLAN_ID: '299' },
    });
    const steps = changeOf(
      plan(desiredState([changed]), withNodeProfile(demoInventory(), one, hardwareUri(2, 2))),
      'docker-01',
    ).steps;
    expect(steps.map((s) => s.kind)).toEqual(['recycle', 'allocate', 'compose', 'boot', 'verify']);
    expect(steps[1]).toMatchObject({ source: 'reuse', hardwareUri: hardwareUri(2, 2) });
  });

  it('with maxSurge allocates a spare before recycling, and composes after the recycle', () => {
    const changed = desiredNode({
      name: 'docker-01',
      pool: 'docker-hosts',
      attributes: { ...one.attributes, VLAN_ID: '299' },
      rollout: { maxUnavailable: 1, maxSurge: 1, maxInFlight: 1 },
    });
    const change = changeOf(
      plan(desiredState([changed]), withNodeProfile(demoInventory(), one, hardwareUri(2, 2))),
      'docker-01',
    );
    expect(change.surge).toBe(true);
    expect(change.steps.map((s) => s.kind)).toEqual(['allocate', 'recycle', 'compose', 'boot', 'verify']);
    expect(change.steps[0]).toMatchObject({ source: 'spare', hardwareUri: hardwareUri(1, 1) });
  });

  it('moves a replacement to a spare when its hardware no longer matches', () => {
    const moved = desiredNode({
      name: 'docker-01',
      pool: 'docker-hosts',
      hardware: { enclosures: ['SYN-FRAME-03'] },
      attributes: { ...one.attributes, VLAN_ID: '1' },
    });
    const change = changeOf(
      plan(desiredState([moved]), withNodeProfile(demoInventory(), one, hardwareUri(2, 2))),
      'docker-01',
    );
    expect(change.steps.map((s) => s.kind)).toEqual(['allocate', 'recycle', 'compose', 'boot', 'verify']);
    expect(change.steps[0]).toMatchObject({ hardwareUri: hardwareUri(3, 1) });
  });

  it('never allocates the same hardware twice', () => {
    const result = plan(desiredState(poolNodes('docker-hosts', 'docker', 30)), demoInventory());
    const uris = result.changes.flatMap((c) =>
      c.steps.filter((s) => s.kind === 'allocate').map((s) => s.hardwareUri),
    );
    expect(new Set(uris).size).toBe(uris.length);
    expect(uris).toHaveLength(24);
    expect(result.summary).toMatchObject({ create: 24, blocked: 6 });
  });
});
