import type { DesiredNode, DesiredState } from '../desired/desired-state.js';
import { PhoenixError } from '../errors/phoenix-error.js';
import type { LedgerView } from '../ledger/ledger-view.js';
import type { InventorySnapshot } from '../observed/inventory.js';
import { assignWaves } from './assign-waves.js';
import { block, isMutating, type ChangeDraft } from './change-draft.js';
import { classifyObserved } from './classify-observed.js';
import { DiagnosticCollector } from './collect-diagnostics.js';
import { decideNode } from './decide-node.js';
import { finishChange } from './finish-change.js';
import { HardwareAllocator } from './hardware-allocator.js';
import { compareText, indexInventory, sortedTexts } from './inventory-index.js';
import { orderNodes } from './order-nodes.js';
import { poolOf, type PlanContext } from './plan-context.js';
import { planDeletions } from './plan-deletions.js';
import type { PlanOptions } from './plan-options.js';
import { planResumeTarget, planTarget } from './plan-target.js';
import { planTemplates } from './plan-templates.js';
import { isMutatingTemplate } from './template-change.js';
import { PLAN_FORMAT_VERSION, type ReconcilePlan } from './reconcile-plan.js';
import { createArtifactResolver } from './resolve-artifacts.js';
import { buildRolloutGroups, rolloutGroupId } from './rollout-groups.js';
import { summarizePlan } from './summarize-plan.js';

const REVISION = /^[0-9a-f]{12,64}$/;

function checkOptions(options: PlanOptions): void {
  if (!REVISION.test(options.revision)) {
    throw new PhoenixError('PLAN_INVALID', {
      field: 'revision',
      expected: '12 to 64 lower-case hex characters',
    });
  }
  if (options.baseRevision !== null && !REVISION.test(options.baseRevision)) {
    throw new PhoenixError('PLAN_INVALID', {
      field: 'baseRevision',
      expected: '12 to 64 lower-case hex characters',
    });
  }
  if (options.parallelism !== null && !(Number.isInteger(options.parallelism) && options.parallelism >= 1)) {
    throw new PhoenixError('PLAN_INVALID', { field: 'parallelism', expected: 'a positive integer' });
  }
}

/** Links a mutating draft to the changes of what it depends on, or blocks it when one of them cannot be Ready. */
function linkDependencies(
  draft: ChangeDraft,
  node: DesiredNode,
  drafts: ReadonlyMap<string, ChangeDraft>,
): void {
  for (const name of sortedTexts(node.dependsOn)) {
    const dep = drafts.get(name);
    if (dep === undefined) continue;
    if (isMutating(dep)) draft.dependsOn.add(dep.id);
    else if (dep.action === 'blocked' && dep.condition !== 'ready') {
      block(draft, { kind: 'dependency-blocked', node: name });
      draft.dependsOn.clear();
      return;
    }
  }
}

/**
 * The reconcile plan: for every desired node and every owned profile, one change with its
 * action, reason, before/after, field changes, steps, dependencies, wave and rollout group. Pure and
 * synchronous; identical inputs give byte-identical JSON.
 */
export function buildPlan(
  desired: DesiredState,
  observed: InventorySnapshot,
  ledger: LedgerView,
  options: PlanOptions,
): ReconcilePlan {
  checkOptions(options);
  const index = indexInventory(observed);
  const desiredByName = new Map(desired.nodes.map((n) => [n.name, n]));
  const diagnostics = new DiagnosticCollector();
  const pins = desired.nodes.flatMap((n) => (n.hardware.pin === null ? [] : [n.hardware.pin]));
  const quarantined = new Set(ledger.quarantined.map((q) => q.hardwareUri));
  // Templates first: the nodes compose from what they will be.
  const templates = planTemplates(desired, index, options, diagnostics);
  const ctx: PlanContext = {
    desired,
    desiredByName,
    ledger,
    unverified: new Set(ledger.unverified),
    options,
    index,
    classification: classifyObserved(desired.site.name, desiredByName, index),
    allocator: new HardwareAllocator(index, quarantined, pins),
    diagnostics,
    resolveArtifacts: createArtifactResolver(index, diagnostics, templates.planned),
  };

  // Hardware freed by deletes is known before anything is allocated, so creates can fall back on it.
  const deletions = planDeletions(ctx);
  for (const d of deletions) {
    const hardware = d.instance?.hardware;
    if (d.action === 'delete' && hardware && !d.quarantine) ctx.allocator.addReleased(hardware, d.id);
  }
  // Kept nodes count in their enclosure, so that spreading balances the whole pool.
  for (const node of desired.nodes) {
    const instance = ctx.classification.owned.get(node.name)?.[0];
    const pool = poolOf(node);
    if (pool !== null && instance?.hardware && instance.fault === null)
      ctx.allocator.countInPool(pool, instance.hardware);
  }

  const drafts = new Map<string, ChangeDraft>();
  for (const node of orderNodes(desired.nodes)) {
    const draft = decideNode(node, ctx);
    drafts.set(node.name, draft);
    if (!isMutating(draft)) continue;
    linkDependencies(draft, node, drafts);
    if (isMutating(draft) && draft.cause !== 'resume') planTarget(draft, node, ctx);
    else if (isMutating(draft)) planResumeTarget(draft, node, ctx);
    if (draft.target?.releasedBy) draft.dependsOn.add(draft.target.releasedBy);
  }

  const all = [...drafts.values(), ...deletions].sort((a, b) => compareText(a.id, b.id));
  const { wave, phase } = assignWaves(all);
  const rolloutGroups = buildRolloutGroups(all, ctx, diagnostics);
  const groupIds = new Set(rolloutGroups.map((g) => g.id));
  const enclosureOf = ctx.allocator.enclosureName.bind(ctx.allocator);
  const changes = all.map((d) =>
    finishChange(d, index, enclosureOf, {
      wave: wave.get(d.id) ?? null,
      phase: phase.get(d.id) ?? 'main',
      rolloutGroup: d.pool !== null && groupIds.has(rolloutGroupId(d.pool)) ? rolloutGroupId(d.pool) : null,
    }),
  );
  const guards = desired.site.guards;
  const summary = summarizePlan(changes);
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    site: desired.site.name,
    revision: options.revision,
    baseRevision: options.baseRevision,
    inventory: {
      appliance: observed.appliance,
      fingerprint: observed.fingerprint,
      takenAt: observed.takenAt,
    },
    options: {
      allowDeletions: options.allowDeletions,
      autoDelete: guards.autoDelete,
      allowEmptyPools: options.allowEmptyPools || guards.allowEmptyPools,
      maxDeletionsPerRun: guards.maxDeletionsPerRun,
      maxDeletionsPercent: guards.maxDeletionsPercent,
    },
    limits: { maxConcurrentOperations: options.parallelism ?? guards.maxConcurrentOperations },
    summary: templates.changes.some(isMutatingTemplate) ? { ...summary, hasChanges: true } : summary,
    templates: templates.changes,
    changes,
    rolloutGroups,
    diagnostics: diagnostics.list((node) => desiredByName.get(node)?.source ?? null),
  };
}
