import type { DesiredNode, DesiredState } from '../../core/desired/desired-state.js';
import type { QuarantineEntry } from '../../core/ledger/ledger-view.js';
import type { PlanChange, ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import { parseStamp } from '../../core/stamp/stamp.js';
import type { LedgerStatus } from '../../ports/ledger.js';
import {
  FLEET_STATES,
  type FleetNode,
  type FleetResponse,
  type FleetState,
  type RolloutChange,
} from './dashboard-types.js';

export interface FleetInput {
  /** The plan of the last pass that read the inventory (after its apply, when it applied). */
  readonly plan: ReconcilePlan | null;
  /** The pending plan, when changes are left: its blocked changes mark nodes blocked. */
  readonly pendingPlan: ReconcilePlan | null;
  readonly desired: DesiredState | null;
  readonly ledger: LedgerStatus;
  readonly observedAt: string | null;
  /** What the running pass does to a node. */
  readonly activity: (node: string) => RolloutChange | null;
}

/** Every node of the site for the fleet view: one row per change of the last plan, counted per state. */
export function fleetView(input: FleetInput): FleetResponse {
  const desiredByName = new Map<string, DesiredNode>(input.desired?.nodes.map((n) => [n.name, n]) ?? []);
  const pending = new Map<string, PlanChange>(input.pendingPlan?.changes.map((c) => [c.id, c]) ?? []);
  const quarantineByUri = new Map<string, QuarantineEntry>(
    input.ledger.quarantined.map((q) => [q.hardwareUri, q]),
  );
  const nodes = (input.plan?.changes ?? []).map((change) =>
    fleetNode(change, {
      desired: desiredByName.get(change.node) ?? null,
      pending: pending.get(change.id) ?? null,
      quarantine: quarantineByUri,
      ledger: input.ledger,
      revision: input.plan?.revision ?? null,
      activity: input.activity(change.node),
    }),
  );
  const counts = Object.fromEntries(FLEET_STATES.map((s) => [s, 0])) as Record<FleetState, number>;
  for (const node of nodes) counts[node.state] += 1;
  return {
    site: input.plan?.site ?? input.desired?.site.name ?? null,
    revision: input.plan?.revision ?? null,
    observedAt: input.observedAt,
    counts,
    nodes,
    quarantined: input.ledger.quarantined,
  };
}

function fleetNode(
  change: PlanChange,
  context: {
    readonly desired: DesiredNode | null;
    readonly pending: PlanChange | null;
    readonly quarantine: ReadonlyMap<string, QuarantineEntry>;
    readonly ledger: LedgerStatus;
    readonly revision: string | null;
    readonly activity: RolloutChange | null;
  },
): FleetNode {
  const instance = change.before ?? null;
  const stamp = parseStamp(instance?.stamp);
  const hardware = instance?.hardware ?? null;
  const quarantined = hardware === null ? undefined : context.quarantine.get(hardware.uri);
  // On and matching but not verified since its last compose or boot (ADR 0004): not ready yet.
  const condition =
    change.condition === 'ready' && change.action === 'create' ? 'unverified' : change.condition;
  const pendingAction = context.pending?.action ?? change.action;
  const activity = context.activity;
  const isRunning = activity?.state === 'running' || activity?.state === 'waiting';
  const state: FleetState = isRunning
    ? 'in-flight'
    : pendingAction === 'blocked'
      ? 'blocked'
      : quarantined !== undefined
        ? 'quarantined'
        : condition;
  const recorded = context.ledger.nodes[change.node];
  return {
    name: change.id,
    pool: change.pool,
    plan: context.desired?.plan ?? null,
    state,
    condition,
    pendingAction,
    desiredRevision: context.desired === null ? null : context.revision,
    appliedRevision: stamp?.rev ?? null,
    generation: stamp?.gen ?? null,
    hardware:
      hardware === null ? null : { name: hardware.name, enclosure: hardware.enclosure, bay: hardware.bay },
    checks: (context.desired?.verify.checks ?? []).map((c) => ({ name: c.name, type: c.type })),
    lastOutcome: recorded?.lastOutcome ?? null,
    lastOutcomeAt: recorded?.at ?? null,
    activity:
      activity === null
        ? null
        : { step: activity.step, phase: activity.state, waitingFor: activity.waitingFor },
    note:
      state === 'blocked'
        ? (context.pending?.reason ?? change.reason)
        : quarantined !== undefined
          ? quarantined.reason
          : null,
  };
}
