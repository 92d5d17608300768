import { describe, expect, it } from 'vitest';
import { desiredNode, desiredState, poolNodes } from '../../../support/builders/desired.js';
import {
  demoInventory,
  hardwareUri,
  patchHardware,
  removeHardware,
  withNodeProfile,
  withProfile,
} from '../../../support/builders/inventory.js';
import { changeOf, plan } from '../../../support/builders/plan-input.js';

const node = desiredNode({ name: 'docker-01', pool: 'docker-hosts' });
const ready = withNodeProfile(demoInventory(), node, hardwareUri(1, 3));
const kinds = (id: string, p: ReturnType<typeof plan>) => changeOf(p, id).steps.map((s) => s.kind);

describe('buildPlan actions', () => {
  it.each([
    {
      label: 'create when the node has no profile',
      inventory: demoInventory(),
      action: 'create',
      steps: ['allocate', 'compose', 'boot', 'verify'],
    },
    { label: 'noop when the node matches and is On', inventory: ready, action: 'noop', steps: [] },
    {
      label: 'resume (compose in place, boot, verify) when composed but Off',
      inventory: patchHardware(ready, hardwareUri(1, 3), { powerState: 'Off' }),
      action: 'create',
      steps: ['compose', 'boot', 'verify'],
    },
    {
      label: 'replace when the spec hash changed',
      inventory: withNodeProfile(demoInventory(), node, hardwareUri(1, 3), {
        stamp: { spec: 'ffffffffffffffff' },
      }),
      action: 'replace',
      steps: ['recycle', 'allocate', 'compose', 'boot', 'verify'],
    },
    {
      label: 'heal when the hardware is Critical',
      inventory: patchHardware(ready, hardwareUri(1, 3), { status: 'Critical' }),
      action: 'heal',
      steps: ['allocate', 'recycle', 'compose', 'boot', 'verify'],
    },
    {
      label: 'heal when the hardware is gone',
      inventory: removeHardware(ready, hardwareUri(1, 3)),
      action: 'heal',
      steps: ['allocate', 'recycle', 'compose', 'boot', 'verify'],
    },
    {
      label: 'heal when the profile is in error',
      inventory: withNodeProfile(demoInventory(), node, hardwareUri(1, 3), {
        profile: { state: 'CreateFailed' },
      }),
      action: 'heal',
      steps: ['allocate', 'recycle', 'compose', 'boot', 'verify'],
    },
    {
      label: 'blocked while a task runs on the profile',
      inventory: withNodeProfile(demoInventory(), node, hardwareUri(1, 3), {
        profile: { inProgress: true, taskUri: '/rest/tasks/T1' },
      }),
      action: 'blocked',
      steps: [],
    },
  ])('$label', ({ inventory, action, steps }) => {
    const result = plan(desiredState([node]), inventory);
    expect(changeOf(result, 'docker-01').action).toBe(action);
    expect(kinds('docker-01', result)).toEqual(steps);
  });

  it('verifies a node that is On and matches when the ledger has not seen it pass verify', () => {
    const p = plan(desiredState([node]), ready, { ledger: { unverified: ['docker-01'] } });
    const change = changeOf(p, 'docker-01');
    expect(change.action).toBe('create');
    expect(kinds('docker-01', p)).toEqual(['compose', 'boot', 'verify']);
    // The compose keeps the instance: its own hardware and generation, so the executor finds it in place and
    // has what it needs to move the node to a spare should the verify fail.
    expect(change.steps[0]).toMatchObject({
      kind: 'compose',
      hardwareUri: hardwareUri(1, 3),
      stamp: { node: 'docker-01', spec: node.specHash.slice(0, 16), gen: 1 },
    });
    expect(change.reason).toMatch(/no verify has passed since it was composed or booted/);
    // Nothing is composed again: the instance stays as it is.
    expect(change.fieldChanges).toEqual([]);
    expect(
      changeOf(plan(desiredState([node]), ready, { ledger: { unverified: ['docker-02'] } }), 'docker-01')
        .action,
    ).toBe('noop');
  });

  it('classifies faults with typed fields', () => {
    const result = plan(
      desiredState([node]),
      patchHardware(ready, hardwareUri(1, 3), { status: 'Critical' }),
    );
    const change = changeOf(result, 'docker-01');
    expect(change).toMatchObject({ condition: 'faulted', fault: 'hardware-critical', cause: 'faulted' });
    const recycle = change.steps.find((s) => s.kind === 'recycle');
    expect(recycle).toMatchObject({
      quarantine: { hardwareUri: hardwareUri(1, 3), reason: 'hardware-critical' },
      powerOff: true,
    });
    expect(change.after?.hardware?.uri).not.toBe(hardwareUri(1, 3));
  });

  it('heals a profile in error on healthy hardware without quarantining that hardware', () => {
    const failed = withNodeProfile(demoInventory(), node, hardwareUri(1, 3), {
      profile: { state: 'CreateFailed', status: 'Critical' },
    });
    const change = changeOf(plan(desiredState([node]), failed), 'docker-01');
    expect(change).toMatchObject({ action: 'heal', fault: 'profile-error' });
    expect(change.steps.find((s) => s.kind === 'recycle')).toMatchObject({ quarantine: null, force: true });
    expect(change.reason).not.toMatch(/quarantine/);
  });

  it('heals a profile in error on its own hardware when no spare is left', () => {
    const bays = demoInventory({ frames: 1, bays: 1 });
    const failed = withNodeProfile(bays, node, hardwareUri(1, 1), { profile: { state: 'CreateFailed' } });
    const change = changeOf(plan(desiredState([node]), failed), 'docker-01');
    expect(change.action).toBe('heal');
    expect(change.steps.map((s) => s.kind)).toEqual(['recycle', 'allocate', 'compose', 'boot', 'verify']);
    expect(change.steps[1]).toMatchObject({ source: 'reuse', hardwareUri: hardwareUri(1, 1) });
    expect(change.steps[0]).toMatchObject({ quarantine: null });
  });

  it('does not heal when remediation is off', () => {
    const off = desiredNode({
      name: 'docker-01',
      pool: 'docker-hosts',
      remediation: { enabled: false, strategy: 'recycle' },
    });
    const result = plan(desiredState([off]), patchHardware(ready, hardwareUri(1, 3), { status: 'Critical' }));
    expect(changeOf(result, 'docker-01').blockedBy).toEqual({
      kind: 'remediation-disabled',
      fault: 'hardware-critical',
    });
  });

  it('abandons faulted hardware without powering it off when the strategy says so', () => {
    const abandon = desiredNode({
      name: 'docker-01',
      pool: 'docker-hosts',
      remediation: { enabled: true, strategy: 'abandon' },
    });
    const inventory = withNodeProfile(demoInventory(), abandon, hardwareUri(1, 3), {
      hardware: { status: 'Critical' },
    });
    const recycle = changeOf(plan(desiredState([abandon]), inventory), 'docker-01').steps.find(
      (s) => s.kind === 'recycle',
    );
    expect(recycle).toMatchObject({ powerOff: false, force: true });
  });

  it('never touches an unstamped profile named like a desired node', () => {
    const inventory = withProfile(demoInventory(), {
      name: 'docker-01',
      hardwareUri: hardwareUri(1, 3),
      stamp: null,
    });
    const result = plan(desiredState([node]), inventory);
    const change = changeOf(result, 'docker-01');
    expect(change.action).toBe('blocked');
    expect(change.blockedBy).toMatchObject({ kind: 'conflict', profileName: 'docker-01', ownerSite: null });
    expect(change.steps).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toContain('PLAN_PROFILE_CONFLICT');
  });

  it('treats a profile stamped by another site as a conflict, not as owned', () => {
    const inventory = withProfile(demoInventory(), {
      name: 'docker-01',
      hardwareUri: hardwareUri(1, 3),
      stamp: { site: 'dc2' },
    });
    expect(changeOf(plan(desiredState([node]), inventory), 'docker-01').blockedBy).toMatchObject({
      kind: 'conflict',
      ownerSite: 'dc2',
    });
  });

  it('ignores foreign profiles and their hardware', () => {
    const inventory = withProfile(demoInventory(), {
      name: 'legacy-db-01',
      hardwareUri: hardwareUri(1, 1),
      stamp: null,
    });
    const result = plan(desiredState([node]), inventory);
    expect(result.changes.map((c) => c.id)).toEqual(['docker-01']);
    expect(changeOf(result, 'docker-01').after?.hardware?.uri).toBe(hardwareUri(1, 2));
  });

  it('deletes an owned profile that is no longer declared, with --allow-deletions', () => {
    const inventory = withProfile(ready, { name: 'old-01', hardwareUri: hardwareUri(1, 4) });
    const result = plan(desiredState([node]), inventory, { options: { allowDeletions: true } });
    const change = changeOf(result, 'old-01');
    expect(change).toMatchObject({ action: 'delete', cause: 'undeclared', phase: 'cleanup' });
    expect(change.steps).toMatchObject([
      { kind: 'recycle', profileName: 'old-01', powerOff: true, force: false },
    ]);
  });

  it('recycles an extra instance of a node left by an interrupted run', () => {
    const inventory = withProfile(ready, {
      name: 'docker-01-old',
      hardwareUri: hardwareUri(1, 4),
      stamp: { node: 'docker-01', spec: node.specHash.slice(0, 16) },
    });
    const result = plan(desiredState([node]), inventory);
    expect(changeOf(result, 'docker-01').action).toBe('noop');
    expect(changeOf(result, 'docker-01@docker-01-old')).toMatchObject({
      action: 'delete',
      cause: 'duplicate',
    });
  });

  it('writes the stamp with the next generation from the ledger or the observed stamp', () => {
    const drifted = withNodeProfile(demoInventory(), node, hardwareUri(1, 3), {
      stamp: { spec: 'ffffffffffffffff', gen: 4 },
    });
    const fromStamp = changeOf(plan(desiredState([node]), drifted), 'docker-01').steps.find(
      (s) => s.kind === 'compose',
    );
    expect(fromStamp).toMatchObject({
      stamp: { gen: 5, rev: 'abcdef012345', site: 'dc1', node: 'docker-01' },
    });
    const fromLedger = changeOf(
      plan(desiredState([node]), drifted, { ledger: { generations: { 'docker-01': 9 } } }),
      'docker-01',
    );
    expect(fromLedger.steps.find((s) => s.kind === 'compose')).toMatchObject({
      description: `phoenix:v1 site=dc1 node=docker-01 spec=${node.specHash.slice(0, 16)} rev=abcdef012345 gen=10`,
    });
  });

  it('shows attribute-level field changes for a replacement', () => {
    const changed = desiredNode({
      name: 'docker-01',
      pool: 'docker-hosts',
      attributes: { ...node.attributes, VLAN_ID: '211' },
    });
    const result = plan(desiredState([changed]), ready);
    const change = changeOf(result, 'docker-01');
    expect(change.action).toBe('replace');
    expect(change.fieldChanges).toContainEqual({
      path: 'attributes.VLAN_ID',
      before: '210',
      after: '211',
      sensitive: false,
    });
    expect(change.disruption).toEqual({ from: 'docker-01/recycle', until: 'docker-01/verify' });
  });

  it('masks secrets in attributes, field changes and compose steps', () => {
    const secret = desiredNode({
      name: 'docker-01',
      pool: 'docker-hosts',
      attributes: { ...node.attributes, DATADOG_API_KEY: 's3cr3t-value' },
    });
    const base = demoInventory();
    const inventory = {
      ...base,
      deploymentPlans: base.deploymentPlans.map((p) =>
        p.name === 'DP-Docker-CentOS-7.4'
          ? {
              ...p,
              attributes: [
                ...p.attributes,
                { name: 'DATADOG_API_KEY', type: 'string' as const, editable: true, defaultValue: '' },
                { name: 'ROOT_PW', type: 'password' as const, editable: true, defaultValue: 'x' },
              ],
            }
          : p,
      ),
    };
    const result = plan(desiredState([secret]), inventory);
    expect(JSON.stringify(result)).not.toContain('s3cr3t-value');
    const compose = changeOf(result, 'docker-01').steps.find((s) => s.kind === 'compose');
    expect(compose).toMatchObject({
      customAttributes: expect.arrayContaining([
        { name: 'DATADOG_API_KEY', value: null, sensitive: true },
        { name: 'ROOT_PW', value: null, sensitive: true },
      ]),
    });
    expect(changeOf(result, 'docker-01').fieldChanges).toContainEqual({
      path: 'attributes.DATADOG_API_KEY',
      before: null,
      after: '(sensitive)',
      sensitive: true,
    });
  });

  it('makes waves from dependsOn and skips the edge when the dependency is already Ready', () => {
    const master = desiredNode({ name: 'k8s-master-01' });
    const workers = poolNodes('k8s-workers', 'k8s-w', 2, { dependsOn: ['k8s-master-01'] });
    const fresh = plan(desiredState([master, ...workers]), demoInventory());
    expect(changeOf(fresh, 'k8s-w-01')).toMatchObject({ dependsOn: ['k8s-master-01'], wave: 1 });
    expect(changeOf(fresh, 'k8s-master-01').wave).toBe(0);
    const masterReady = plan(
      desiredState([master, ...workers]),
      withNodeProfile(demoInventory(), master, hardwareUri(3, 1)),
    );
    expect(changeOf(masterReady, 'k8s-w-01')).toMatchObject({ dependsOn: [], wave: 0 });
  });

  it('blocks dependents of a node that cannot become Ready', () => {
    const master = desiredNode({ name: 'k8s-master-01', profileTemplate: 'spt-missing' });
    const worker = desiredNode({ name: 'k8s-w-01', pool: 'k8s-workers', dependsOn: ['k8s-master-01'] });
    const result = plan(desiredState([master, worker]), demoInventory());
    expect(changeOf(result, 'k8s-master-01').blockedBy).toEqual({
      kind: 'template-not-found',
      template: 'spt-missing',
    });
    expect(changeOf(result, 'k8s-w-01').blockedBy).toEqual({
      kind: 'dependency-blocked',
      node: 'k8s-master-01',
    });
  });

  it('uses the global concurrency cap, overridden by --parallelism', () => {
    expect(plan(desiredState([node]), ready).limits.maxConcurrentOperations).toBe(8);
    expect(
      plan(desiredState([node]), ready, { options: { parallelism: 3 } }).limits.maxConcurrentOperations,
    ).toBe(3);
  });

  it('rejects a revision that is not a commit SHA', () => {
    expect(() => plan(desiredState([node]), ready, { options: { revision: 'main' } })).toThrow(
      expect.objectContaining({ code: 'PLAN_INVALID' }),
    );
  });
});
