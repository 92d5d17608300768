import type { ObservedHardware, ObservedProfile } from '../observed/inventory.js';
import { diffTemplateContent } from '../template/diff-template-content.js';
import { namedTemplateContent } from '../template/resolve-template-refs.js';
import { buildSteps } from './build-steps.js';
import type { ChangeDraft } from './change-draft.js';
import { describeChange } from './change-reason.js';
import { compareText, type InventoryIndex } from './inventory-index.js';
import { diffInstances, viewDesired, viewObserved } from './instance-view.js';
import type { FieldChange, InstanceView, PlanChange } from './reconcile-plan.js';

/**
 * The fields of a profile edited outside Git: its sections against its template's, as names, `before` the
 * profile's value and `after` the template's. Without the sections, OneView's own list of updates.
 */
function driftFields(profile: ObservedProfile, index: InventoryIndex): FieldChange[] {
  const template = profile.templateUri === null ? undefined : index.templateByUri.get(profile.templateUri);
  if (profile.sections !== null && template !== undefined) {
    const changes = diffTemplateContent(
      namedTemplateContent(profile.sections, index),
      namedTemplateContent(template.content, index),
    );
    if (changes.length > 0) return changes.map((c) => ({ ...c, path: `profile.${c.path}` }));
  }
  return profile.complianceIssues.map((issue, i) => ({
    path: `compliance[${i}]`,
    before: issue,
    after: null,
    sensitive: false,
  }));
}

/**
 * The one empty list of every change without field changes, steps or dependencies (most of a plan: nodes that
 * stay as they are). Frozen, and the plan's lists are read-only, so sharing it changes nothing but the memory
 * and collector time that tens of thousands of empty arrays would take.
 */
const NONE: readonly never[] = Object.freeze([]);

/** Turns a finished draft into the plan's immutable change value. Keys are written in one fixed order. */
export function finishChange(
  draft: ChangeDraft,
  index: InventoryIndex,
  enclosureOf: (hardware: ObservedHardware) => string | null,
  placement: { wave: number | null; phase: 'main' | 'cleanup'; rolloutGroup: string | null },
): PlanChange {
  const existing =
    draft.instance ?? (draft.conflict === null ? null : { profile: draft.conflict, hardware: null });
  const before: InstanceView | null =
    existing === null
      ? null
      : viewObserved(index, {
          profile: existing.profile,
          hardware:
            existing.hardware ??
            (existing.profile.hardwareUri === null
              ? null
              : (index.hardwareByUri.get(existing.profile.hardwareUri) ?? null)),
        });
  const target = draft.target;
  const after: InstanceView | null =
    draft.desired !== null && target !== null
      ? viewDesired(
          index,
          draft.desired,
          target.template.name,
          target.deploymentPlan?.name ?? null,
          target.customAttributes,
          target.hardware,
          target.stamp,
        )
      : draft.action === 'create' && draft.cause === 'resume'
        ? before
        : null;
  const { steps, disruption } = buildSteps(draft, enclosureOf);
  const fieldChanges = [
    ...(draft.action === 'delete' || target !== null ? diffInstances(before, after) : []),
    ...(draft.cause === 'drift' && draft.instance !== null ? driftFields(draft.instance.profile, index) : []),
  ];
  return {
    id: draft.id,
    node: draft.node,
    pool: draft.pool,
    action: draft.action,
    cause: draft.cause,
    blockedBy: draft.blockedBy,
    fault: draft.fault,
    condition: draft.condition,
    reason: describeChange(draft),
    protected: draft.protected,
    before,
    after,
    fieldChanges: fieldChanges.length === 0 ? NONE : fieldChanges,
    steps: steps.length === 0 ? NONE : steps,
    dependsOn: draft.dependsOn.size === 0 ? NONE : [...draft.dependsOn].sort(compareText),
    wave: steps.length === 0 ? null : placement.wave,
    phase: placement.phase,
    rolloutGroup: steps.length === 0 ? null : placement.rolloutGroup,
    disruption,
    surge: draft.surge,
  };
}
