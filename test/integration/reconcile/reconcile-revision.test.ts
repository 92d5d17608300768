import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openFileLedger } from '../../../src/adapters/ledger-file/index.js';
import { scaledClock } from '../../../src/cli/runtime/clocks/scaled-clock.js';
import { readRepo } from '../../../src/cli/runtime/revisions/read-working-tree.js';
import { openSiteAppliance } from '../../../src/cli/runtime/wiring/site-runtime.js';
import { buildVerify } from '../../../src/cli/runtime/wiring/verify-runtime.js';
import type { DesiredState } from '../../../src/core/desired/desired-state.js';
import { hasErrorCode, PhoenixError } from '../../../src/core/errors/phoenix-error.js';
import { narrowPlan } from '../../../src/core/plan/unresolved-references.js';
import type { ReconcilePlan } from '../../../src/core/plan/reconcile-plan.js';
import {
  AUTO_APPROVE,
  PLAN_ONLY,
  type ReconcilePolicy,
} from '../../../src/engine/reconcile/reconcile-policy.js';
import { reconcileRevision, type ReconcileResult } from '../../../src/engine/reconcile/reconcile-revision.js';
import { fixedBaseline } from '../../../src/engine/reconcile/revision/revision-baselines.js';
import { createSilentLogger } from '../../../src/logging/create-logger.js';
import type { Appliance } from '../../../src/ports/appliance.js';
import type { Ledger } from '../../../src/ports/ledger.js';
import { EXAMPLE_REPO } from '../../support/e2e/built-cli.js';
import { E2eSimulator } from '../../support/e2e/e2e-simulator.js';

const logger = createSilentLogger();
const clock = scaledClock(0.01);
const WORKER = [{ kind: 'node', name: 'k8s-w-01' }] as const;

describe('reconcileRevision, the one reconcile use case, against the simulator', () => {
  let sim: E2eSimulator;
  let desired: DesiredState;
  let revision: string;
  let stateDir: string;
  let ledger: Ledger;
  let appliance: Appliance;

  beforeAll(async () => {
    sim = await E2eSimulator.start();
    ({ desired, revision } = await readRepo({ repo: EXAMPLE_REPO }));
  }, 120_000);

  afterAll(async () => {
    await sim?.close();
  });

  beforeEach(async () => {
    await sim.reset();
    stateDir = await mkdtemp(join(tmpdir(), 'phoenix-reconcile-'));
    ledger = await openFileLedger(stateDir, { logger });
    const env = sim.env(stateDir);
    appliance = await openSiteAppliance(desired.site, env, logger, clock);
  });

  afterEach(async () => {
    await appliance?.close();
    await ledger?.close();
    await rm(stateDir, { recursive: true, force: true });
  });

  function reconcile(policy: Partial<ReconcilePolicy>): Promise<ReconcileResult> {
    return reconcileRevision(
      {
        revision: { desired, revision, provenance: null, baseline: fixedBaseline(null, null) },
        policy: {
          approval: AUTO_APPROVE,
          allowDeletions: false,
          parallelism: null,
          targets: WORKER,
          drift: 'refuse',
          ...policy,
        },
        command: 'apply',
      },
      {
        inventory: appliance,
        ledger,
        clock,
        logger,
        apply: {
          appliance,
          ledger,
          verify: buildVerify(desired.site, sim.env(stateDir), appliance, clock, logger),
        },
      },
    );
  }

  /** Puts a foreign profile on the hardware the plan allocated to the node: the plan is then stale. */
  async function takeAllocatedBay(plan: ReconcilePlan): Promise<void> {
    const allocate = plan.changes.flatMap((c) => c.steps).find((s) => s.kind === 'allocate');
    if (allocate?.kind !== 'allocate') throw new Error('the plan allocates nothing');
    const hardware = (await sim.state()).hardware.find((h) => h.uri === allocate.hardwareUri)!;
    await sim.createForeignProfile('squatter', hardware.name);
  }

  it('plan only: plans, changes nothing and records nothing', async () => {
    const since = await sim.lastSeq();
    const result = await reconcile({ approval: PLAN_ONLY, targets: [] });
    expect(result.outcome).toBe('planned');
    expect(result.report).toBeNull();
    expect(result.plan.summary.create).toBeGreaterThan(0);
    expect(await sim.mutations(since)).toEqual([]);
    expect(ledger.history()).toEqual([]);
  }, 60_000);

  it('asks with the plan, and a refusal changes nothing', async () => {
    const since = await sim.lastSeq();
    let asked: ReconcilePlan | null = null;
    const refused = reconcile({
      approval: {
        mode: 'ask',
        ask: (plan) => {
          asked = plan;
          return Promise.reject(new PhoenixError('APPLY_NOT_APPROVED', { reason: 'not confirmed' }));
        },
      },
    });
    await expect(refused).rejects.toSatisfy((e: unknown) => hasErrorCode(e, 'APPLY_NOT_APPROVED'));
    expect(asked!.changes.map((c) => c.node)).toEqual(['k8s-w-01']);
    expect(await sim.mutations(since)).toEqual([]);
    expect(ledger.history()).toEqual([]);
  }, 60_000);

  it('holds what the policy holds, and applies nothing when everything is held', async () => {
    const since = await sim.lastSeq();
    const result = await reconcile({
      hold: (plan) => ({ plan: narrowPlan(plan, []), held: plan.changes.map((c) => c.id) }),
    });
    expect(result).toMatchObject({ outcome: 'held', held: ['k8s-w-01'], report: null });
    expect(await sim.mutations(since)).toEqual([]);
  }, 60_000);

  it('drift: refuse gives PLAN_STALE when the appliance moved after the plan, and nothing is applied', async () => {
    const refused = reconcile({ approval: { mode: 'ask', ask: takeAllocatedBay } });
    await expect(refused).rejects.toSatisfy((e: unknown) => hasErrorCode(e, 'PLAN_STALE'));
    expect(ledger.history()).toEqual([]);
    const names = (await sim.state()).profiles.map((p) => p.name);
    expect(names).toContain('squatter');
    expect(names).not.toContain('k8s-w-01');
  }, 60_000);

  it('drift: replan plans again on other hardware and applies, recording the targeted run', async () => {
    const result = await reconcile({ approval: { mode: 'ask', ask: takeAllocatedBay }, drift: 'replan' });
    expect(result.outcome, JSON.stringify(result.report?.changes)).toBe('applied');
    expect(result.targets).toEqual(['node/k8s-w-01']);
    const first = result.plan.changes[0]!.steps.find((s) => s.kind === 'allocate');
    const applied = result.applied!.changes[0]!.steps.find((s) => s.kind === 'allocate');
    expect(applied).not.toEqual(first);
    expect(ledger.history()[0]).toMatchObject({ outcome: 'applied', targets: ['node/k8s-w-01'] });
    expect(ledger.readView().lastAppliedRevision).toBeNull();
  }, 120_000);
});
