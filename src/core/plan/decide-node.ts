import type { DesiredNode } from '../desired/desired-state.js';
import type { ChangeDraft } from './change-draft.js';
import type { ObservedInstance } from './classify-observed.js';
import { poolOf, type PlanContext } from './plan-context.js';

function draftFor(
  node: DesiredNode,
  instance: ObservedInstance | null,
  fields: Pick<ChangeDraft, 'action' | 'cause' | 'blockedBy'>,
  conflict: ChangeDraft['conflict'],
): ChangeDraft {
  return {
    id: node.name,
    node: node.name,
    pool: poolOf(node),
    ...fields,
    fault: instance?.fault ?? null,
    condition: instance?.condition ?? 'absent',
    protected: node.protected,
    desired: node,
    instance,
    conflict,
    target: null,
    surge: false,
    quarantine: false,
    dependsOn: new Set(),
  };
}

/**
 * The action for one desired node from what is observed (DESIGN.md §3), before hardware, artifacts and
 * dependencies are looked at: conflict, create, replace, heal, noop, or blocked by protection, remediation
 * or a running task.
 */
export function decideNode(node: DesiredNode, ctx: PlanContext): ChangeDraft {
  const instance = ctx.classification.owned.get(node.name)?.[0] ?? null;
  const conflict = ctx.classification.conflicts.get(node.name);
  if (conflict !== undefined) {
    ctx.diagnostics.add('error', 'PLAN_PROFILE_CONFLICT', conflict.name, node.name, node.source);
    return draftFor(
      node,
      instance,
      {
        action: 'blocked',
        cause: instance === null ? 'not-found' : 'matches',
        blockedBy: {
          kind: 'conflict',
          profileUri: conflict.uri,
          profileName: conflict.name,
          ownerSite: conflict.stamp?.site ?? null,
        },
      },
      conflict,
    );
  }
  if (instance === null)
    return draftFor(node, null, { action: 'create', cause: 'not-found', blockedBy: null }, null);
  switch (instance.condition) {
    case 'in-flight':
      return draftFor(
        node,
        instance,
        {
          action: 'blocked',
          cause: 'matches',
          blockedBy: {
            kind: 'in-flight',
            profileUri: instance.profile.uri,
            taskUri: instance.profile.taskUri,
          },
        },
        null,
      );
    case 'faulted': {
      const fault = instance.fault ?? 'profile-error';
      const blockedBy = node.protected
        ? ({ kind: 'protected' } as const)
        : !node.remediation.enabled
          ? ({ kind: 'remediation-disabled', fault } as const)
          : null;
      return draftFor(
        node,
        instance,
        { action: blockedBy ? 'blocked' : 'heal', cause: 'faulted', blockedBy },
        null,
      );
    }
    case 'drifted':
      if (instance.edited) {
        ctx.diagnostics.add('warning', 'PLAN_PROFILE_DRIFT', node.profileTemplate, node.name, node.source);
        if (ctx.desired.site.drift === 'report')
          return draftFor(node, instance, { action: 'noop', cause: 'drift', blockedBy: null }, null);
        return draftFor(
          node,
          instance,
          node.protected
            ? { action: 'blocked', cause: 'drift', blockedBy: { kind: 'protected' } }
            : { action: 'replace', cause: 'drift', blockedBy: null },
          null,
        );
      }
      return draftFor(
        node,
        instance,
        node.protected
          ? { action: 'blocked', cause: 'spec-changed', blockedBy: { kind: 'protected' } }
          : { action: 'replace', cause: 'spec-changed', blockedBy: null },
        null,
      );
    case 'incomplete':
      return draftFor(node, instance, { action: 'create', cause: 'resume', blockedBy: null }, null);
    case 'ready':
      // On and matching, but a run composed or booted it and no verify has passed since: prove it is up.
      if (ctx.unverified.has(node.name))
        return draftFor(node, instance, { action: 'create', cause: 'resume', blockedBy: null }, null);
      return draftFor(node, instance, { action: 'noop', cause: 'matches', blockedBy: null }, null);
  }
}
