import type { DesiredNode } from '../desired/desired-state.js';
import type { Stamp } from '../stamp/stamp.js';
import { block, type ChangeDraft } from './change-draft.js';
import { chooseHardware } from './choose-hardware.js';
import type { PlanContext } from './plan-context.js';

/** Generation of the next instance: one past the highest the ledger or any stamp of the node knows. */
export function nextGeneration(node: string, ctx: PlanContext): number {
  let gen = ctx.ledger.generations[node] ?? 0;
  for (const instance of ctx.classification.owned.get(node) ?? [])
    gen = Math.max(gen, instance.profile.stamp?.gen ?? 0);
  return gen + 1;
}

/**
 * Resolves what a create (not a resumed one), replace or heal will build: artifacts, attributes, stamp and
 * hardware. Blocks the draft, with a diagnostic, when any of them is missing.
 */
export function planTarget(draft: ChangeDraft, node: DesiredNode, ctx: PlanContext): void {
  const artifacts = ctx.resolveArtifacts(node);
  if (!artifacts.ok) {
    block(draft, artifacts.blockedBy);
    return;
  }
  const choice = chooseHardware(draft, node, ctx);
  if ('kind' in choice) {
    const subject =
      choice.kind === 'no-spare-hardware'
        ? `${node.hardware.serverHardwareType}${node.hardware.enclosureGroup === null ? '' : ` in ${node.hardware.enclosureGroup}`}`
        : node.name;
    ctx.diagnostics.add(
      'error',
      choice.kind === 'no-spare-hardware' ? 'PLAN_NO_SPARE_HARDWARE' : 'PLAN_PINNED_HARDWARE_PROBLEM',
      subject,
      node.name,
      node.source,
    );
    block(draft, choice);
    return;
  }
  const stamp: Stamp = {
    site: ctx.desired.site.name,
    node: node.name,
    spec: node.specHash.slice(0, 16),
    rev: ctx.options.revision.slice(0, 12),
    gen: nextGeneration(node.name, ctx),
  };
  draft.surge = choice.surge;
  // Only hardware the appliance itself reports unhealthy is quarantined: a profile in error on healthy
  // hardware is a software failure, and that hardware goes back to the free pool once recycled.
  draft.quarantine =
    draft.action === 'heal' &&
    choice.source !== 'reuse' &&
    draft.instance?.hardware != null &&
    draft.instance.fault === 'hardware-critical';
  draft.target = {
    template: artifacts.template,
    deploymentPlan: artifacts.deploymentPlan,
    customAttributes: artifacts.customAttributes,
    hardware: choice.hardware,
    source: choice.source,
    releasedBy: choice.releasedBy,
    stamp,
  };
}

/**
 * What a resumed create keeps: the node's own instance, as a compose step that finds it in place and sends
 * nothing. Should the instance fail its boot or verify, the executor moves that compose to a spare: a node
 * stuck On and unverified is verified or replaced, never retried forever on the same hardware.
 */
export function planResumeTarget(draft: ChangeDraft, node: DesiredNode, ctx: PlanContext): void {
  const hardware = draft.instance?.hardware ?? null;
  const kept = draft.instance?.profile.stamp ?? null;
  if (hardware === null || kept === null) return;
  const artifacts = ctx.resolveArtifacts(node);
  if (!artifacts.ok) {
    block(draft, artifacts.blockedBy);
    return;
  }
  ctx.allocator.take(hardware, null);
  draft.target = {
    template: artifacts.template,
    deploymentPlan: artifacts.deploymentPlan,
    customAttributes: artifacts.customAttributes,
    hardware,
    source: 'reuse',
    releasedBy: null,
    stamp: {
      site: ctx.desired.site.name,
      node: node.name,
      spec: node.specHash.slice(0, 16),
      rev: ctx.options.revision.slice(0, 12),
      gen: kept.gen,
    },
  };
}
