import { describe, expect, it } from 'vitest';
import type { ReconcilePlan } from '../../../src/core/plan/reconcile-plan.js';
import { runsBetween } from '../../../src/daemon/dashboard/compare-revisions.js';
import { fleetView } from '../../../src/daemon/dashboard/fleet-view.js';
import { nodeTimeline } from '../../../src/daemon/dashboard/node-timeline.js';
import { RolloutTracker } from '../../../src/daemon/dashboard/rollout-tracker.js';
import type { LedgerStatus, RunFinishedRecord } from '../../../src/ports/ledger.js';
import { desiredState, poolNodes } from '../../support/builders/desired.js';
import { demoInventory, hardwareUri, withNodeProfile } from '../../support/builders/inventory.js';
import { plan } from '../../support/builders/plan-input.js';

const iso = (at?: number): string => new Date(at ?? 0).toISOString();

/** docker-01 and docker-02 running an older spec (replace), docker-03 to create; maxUnavailable 1. */
function replacePlan(): ReconcilePlan {
  const nodes = poolNodes('docker-hosts', 'docker', 3, {
    rollout: { maxUnavailable: 1, maxSurge: 0, maxInFlight: 2 },
  });
  let inventory = demoInventory();
  inventory = withNodeProfile(inventory, nodes[0]!, hardwareUri(1, 1), { stamp: { spec: '1'.repeat(16) } });
  inventory = withNodeProfile(inventory, nodes[1]!, hardwareUri(1, 2), { stamp: { spec: '1'.repeat(16) } });
  return plan(desiredState(nodes), inventory);
}

const EMPTY_LEDGER: LedgerStatus = {
  site: 'dc1',
  lastAppliedRevision: null,
  lastAppliedAt: null,
  lastRun: null,
  nodes: {},
  quarantined: [],
};

describe('RolloutTracker', () => {
  it('follows each change through its steps and counts the pool’s budget used', () => {
    const p = replacePlan();
    const tracker = new RolloutTracker();
    tracker.planned(p);
    const replaced = p.changes.find((c) => c.action === 'replace')!;
    expect(replaced.disruption).not.toBeNull();
    const start = { changeId: replaced.id, node: replaced.node, attempt: 1, at: 1_000 };
    tracker.apply({ type: 'run-started', runId: 'r1', changes: [] }, iso);
    tracker.apply({ type: 'step-started', ...start, step: replaced.disruption!.from as 'recycle' }, iso);
    tracker.apply({ type: 'change-waiting', changeId: 'docker-02', node: 'docker-02', for: 'rollout' }, iso);

    const running = tracker.view();
    expect(running.active).toBe(true);
    expect(running.budgets).toEqual([
      expect.objectContaining({ pool: 'docker-hosts', maxUnavailable: 1, inFlight: 1, unavailable: 1 }),
    ]);
    const byNode = new Map(running.changes.map((c) => [c.node, c]));
    expect(byNode.get(replaced.node)).toMatchObject({ state: 'running', step: replaced.disruption!.from });
    expect(byNode.get('docker-02')).toMatchObject({ state: 'waiting', waitingFor: 'rollout' });
    expect(tracker.activity('docker-02')?.waitingFor).toBe('rollout');

    tracker.apply(
      {
        type: 'step-finished',
        ...start,
        step: replaced.disruption!.until as 'verify',
        ok: true,
        errorCode: null,
      },
      iso,
    );
    expect(tracker.view().budgets[0]?.unavailable).toBe(0);
    tracker.settle(iso(5_000));
    const settled = tracker.view();
    expect(settled.active).toBe(false);
    expect(settled.changes.every((c) => c.state !== 'running' && c.state !== 'waiting')).toBe(true);
    expect(settled.seq).toBeGreaterThan(running.seq);
    expect(settled.waves.flatMap((w) => w.changes).sort()).toEqual(settled.changes.map((c) => c.id).sort());
  });
});

describe('fleetView', () => {
  it('counts nodes per state and overlays what the running pass does', () => {
    const p = replacePlan();
    const desired = desiredState(poolNodes('docker-hosts', 'docker', 3));
    const fleet = fleetView({
      plan: p,
      pendingPlan: p,
      desired,
      ledger: {
        ...EMPTY_LEDGER,
        quarantined: [
          { hardwareUri: hardwareUri(1, 2), node: 'docker-02', reason: 'verify timed out', since: iso() },
        ],
      },
      observedAt: iso(),
      activity: (node) =>
        node === 'docker-01'
          ? {
              id: node,
              node,
              pool: 'docker-hosts',
              action: 'replace',
              wave: 0,
              phase: 'main',
              state: 'running',
              step: 'recycle',
              steps: [],
              waitingFor: null,
              dependsOn: [],
              outcome: null,
              errorCode: null,
              message: null,
              surge: false,
            }
          : null,
    });
    const byName = new Map(fleet.nodes.map((n) => [n.name, n]));
    expect(byName.get('docker-01')).toMatchObject({
      state: 'in-flight',
      activity: { step: 'recycle', phase: 'running' },
      plan: 'docker-centos74',
      appliedRevision: p.changes[0]!.before?.stamp?.split('rev=')[1]?.slice(0, 12),
      hardware: { enclosure: 'SYN-FRAME-01', bay: 1 },
      checks: [{ name: 'consul', type: 'consul' }],
    });
    expect(byName.get('docker-02')).toMatchObject({ state: 'quarantined', note: 'verify timed out' });
    expect(byName.get('docker-03')).toMatchObject({
      state: 'absent',
      pendingAction: 'create',
      hardware: null,
    });
    expect(fleet.counts).toMatchObject({ 'in-flight': 1, quarantined: 1, absent: 1, ready: 0 });
  });
});

describe('runsBetween and nodeTimeline', () => {
  const run = (
    runId: string,
    revision: string,
    nodes: RunFinishedRecord['nodes'],
  ): RunFinishedRecord & { readonly seq: number } => ({
    type: 'run-finished',
    seq: 1,
    at: iso(),
    runId,
    revision,
    outcome: 'applied',
    nodes,
  });
  const runs = [
    run('r1', 'a', { n1: 'created' }),
    run('r2', 'b', { n1: 'unchanged', n2: 'created' }),
    run('r3', 'c', { n1: 'replaced' }),
  ];

  it('lists the runs after base up to head, in either order, without unchanged nodes', () => {
    expect(runsBetween(runs, 'a', 'c').map((r) => [r.runId, r.nodes])).toEqual([
      ['r2', { n2: 'created' }],
      ['r3', { n1: 'replaced' }],
    ]);
    expect(runsBetween(runs, 'c', 'a').map((r) => r.runId)).toEqual(['r2', 'r3']);
    expect(runsBetween(runs, 'a', 'zzz')).toEqual([]);
  });

  it('gives a node’s timeline newest first with revisions and hardware names', () => {
    const entries = nodeTimeline(
      'n1',
      [
        {
          type: 'step-started',
          seq: 1,
          at: iso(1),
          runId: 'r1',
          changeId: 'n1',
          node: 'n1',
          step: 'compose',
          attempt: 1,
          hardwareUri: '/hw/1',
          profileName: 'n1',
        },
        runs[0]!,
      ],
      { revisionOf: () => 'a'.repeat(40), hardwareName: (uri) => (uri === '/hw/1' ? 'FRAME, bay 1' : uri) },
    );
    expect(entries.map((e) => [e.kind, e.text, e.hardware])).toEqual([
      ['run-finished', 'run applied at a: node created', null],
      ['step-started', `compose started (revision ${'a'.repeat(12)})`, 'FRAME, bay 1'],
    ]);
  });
});
