import type { BlockedBy } from './blocked-by.js';
import type { ChangeDraft } from './change-draft.js';

function blockedReason(b: BlockedBy): string {
  switch (b.kind) {
    case 'conflict':
      return `Profile "${b.profileName}" is not Phoenix's (${b.ownerSite === null ? 'no stamp' : `stamped by site ${b.ownerSite}`}); it is never touched. Rename or remove it, or rename the node.`;
    case 'in-flight':
      return 'A OneView task is running on this profile; the next pass looks again.';
    case 'remediation-disabled':
      return `The node is faulted (${b.fault}) and its remediation is off.`;
    case 'protected':
      return 'The node is protected: it is never recycled.';
    case 'deletions-not-allowed':
      return 'Deletes need --allow-deletions or Site guards.autoDelete.';
    case 'max-deletions-per-run':
      return `The plan would delete ${b.requested} nodes; guards.maxDeletionsPerRun allows ${b.limit}.`;
    case 'max-deletions-percent':
      return `The plan would delete ${b.requested} of ${b.owned} owned nodes; guards.maxDeletionsPercent allows ${b.limit}%.`;
    case 'pool-emptied':
      return `The commit would leave pool ${b.pool} with no node; allow empty pools to do that.`;
    case 'template-blocked':
      return `Its ProfileTemplate "${b.template}" cannot be written to the appliance (see the template changes).`;
    case 'template-not-found':
      return `Profile template "${b.template}" does not exist on the appliance.`;
    case 'deployment-plan-not-found':
      return `Deployment plan "${b.deploymentPlan}"${b.id === null ? '' : ` (id ${b.id})`} does not exist on the appliance.`;
    case 'golden-image-mismatch':
      return `The deployment plan uses golden image ${b.actual ?? '(none)'}, not ${b.expected}.`;
    case 'hardware-type-not-found':
      return `Server hardware type "${b.hardwareType}" does not exist on the appliance.`;
    case 'template-hardware-mismatch':
      return `Profile template "${b.template}" does not match the node's ${b.field === 'hardwareType' ? 'hardware type' : 'enclosure group'}.`;
    case 'attributes-missing':
      return `The deployment plan needs attributes the node does not set: ${b.attributes.join(', ')}.`;
    case 'no-spare-hardware':
      return `No free, healthy ${b.hardwareType} hardware${b.enclosureGroup === null ? '' : ` in ${b.enclosureGroup}`} is left.`;
    case 'pinned-hardware-not-found':
      return `The pinned hardware (${b.pin}) does not exist.`;
    case 'pinned-hardware-busy':
      return 'The pinned hardware carries another profile that this plan does not remove.';
    case 'pinned-hardware-unusable':
      return `The pinned hardware cannot be used (${b.problem}).`;
    case 'dependency-blocked':
      return `Node ${b.node}, which this one depends on, is not Ready and is blocked.`;
  }
}

/** The `reason` of a change: for people, one sentence or two. */
export function describeChange(draft: ChangeDraft): string {
  if (draft.blockedBy !== null) return blockedReason(draft.blockedBy);
  const hardware = draft.target?.hardware.name;
  switch (draft.action) {
    case 'create':
      if (draft.cause !== 'resume')
        return `The node has no profile: compose it on ${hardware ?? 'spare hardware'}.`;
      return `${
        draft.condition === 'ready'
          ? 'The server is On with the right spec, but no verify has passed since it was composed or booted: verify it.'
          : 'The profile exists with the right spec but the server is not On: boot and verify it.'
      }${draft.target === null ? '' : ' Its profile is kept; should it not come up, the node moves to a spare.'}`;
    case 'replace':
      if (draft.cause === 'drift')
        return `The profile was edited outside Git (OneView: NonCompliant with its template): replace it on ${hardware ?? 'its hardware'}.`;
      return draft.surge
        ? `The spec changed: compose a new instance on ${hardware ?? 'a spare'}, recycling the old one first.`
        : `The spec changed: recycle the old instance, then compose it again on ${hardware ?? 'its hardware'}.`;
    case 'heal':
      return `The node is faulted (${draft.fault ?? 'unknown'}): ${draft.quarantine ? 'quarantine its hardware, ' : ''}compose it on ${hardware ?? 'a spare'}.`;
    case 'delete':
      return draft.cause === 'duplicate'
        ? 'An extra instance of this node: recycle it.'
        : 'The node is no longer declared: recycle its profile and free its hardware.';
    case 'noop':
      return draft.cause === 'drift'
        ? 'The profile was edited outside Git (OneView: NonCompliant with its template); drift: report leaves it as it is.'
        : 'The node matches its declaration.';
    case 'blocked':
      return 'Blocked.';
  }
}
