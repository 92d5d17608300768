import type { DesiredNode } from '../desired/desired-state.js';
import type { ObservedHardware } from '../observed/inventory.js';
import { formatStamp } from '../stamp/stamp.js';
import type { ChangeDraft, DraftTarget } from './change-draft.js';
import type { ObservedInstance } from './classify-observed.js';
import type { AllocateStep, ComposeStep, PlanStep, RecycleStep, VerifyStep } from './plan-step.js';
import type { Disruption } from './reconcile-plan.js';

function allocate(id: string, target: DraftTarget, enclosure: string | null): AllocateStep {
  const h = target.hardware;
  return {
    id: `${id}/allocate`,
    kind: 'allocate',
    mutates: false,
    hardwareUri: h.uri,
    hardwareName: h.name,
    serialNumber: h.serialNumber,
    enclosure,
    bay: h.bay,
    source: target.source,
    releasedBy: target.releasedBy,
  };
}

function recycle(id: string, draft: ChangeDraft, instance: ObservedInstance): RecycleStep {
  const hardware = instance.hardware;
  const abandon = draft.action === 'heal' && draft.desired?.remediation.strategy === 'abandon';
  const gone = hardware === null || instance.fault === 'hardware-gone';
  return {
    id: `${id}/recycle`,
    kind: 'recycle',
    mutates: true,
    profileUri: instance.profile.uri,
    profileName: instance.profile.name,
    hardwareUri: hardware?.uri ?? null,
    powerOff: !gone && !abandon && hardware.powerState !== 'Off',
    force: gone || abandon || instance.fault === 'profile-error',
    quarantine:
      draft.quarantine && hardware !== null
        ? { hardwareUri: hardware.uri, reason: instance.fault ?? 'faulted' }
        : null,
  };
}

function compose(id: string, node: DesiredNode, target: DraftTarget): ComposeStep {
  return {
    id: `${id}/compose`,
    kind: 'compose',
    mutates: true,
    profileName: node.name,
    template: target.template.name,
    templateUri: target.template.uri,
    deploymentPlanUri: target.deploymentPlan?.uri ?? null,
    hardwareUri: target.hardware.uri,
    customAttributes: target.customAttributes,
    description: formatStamp(target.stamp),
    stamp: target.stamp,
  };
}

function boot(id: string, hardware: ObservedHardware): PlanStep {
  return { id: `${id}/boot`, kind: 'boot', mutates: true, hardwareUri: hardware.uri };
}

function verify(id: string, node: DesiredNode, hardware: ObservedHardware): VerifyStep {
  return {
    id: `${id}/verify`,
    kind: 'verify',
    mutates: false,
    hardwareUri: hardware.uri,
    profileName: node.name,
    consulNodeName: node.attributes['SERVER_FQDN'] ?? node.fqdn ?? node.name,
    fqdn: node.fqdn,
    checks: node.verify.checks,
    stableForMs: node.verify.stableForMs,
    timeoutMs: node.verify.timeoutMs,
  };
}

/**
 * The steps of a change, in the order they run, and the span in which the node is out of service.
 * - create: allocate, compose, boot, verify (a resumed create: compose, which keeps the instance in place and
 *   is what a failover moves to a spare, boot, verify);
 * - replace: recycle, allocate (usually the same hardware), compose, boot, verify; with surge the spare is
 *   allocated before the recycle;
 * - heal: allocate a spare, recycle (quarantine), compose, boot, verify;
 * - delete: recycle.
 */
export function buildSteps(
  draft: ChangeDraft,
  enclosureOf: (hardware: ObservedHardware) => string | null,
): { steps: PlanStep[]; disruption: Disruption | null } {
  const { id, desired: node, target, instance } = draft;
  switch (draft.action) {
    case 'noop':
    case 'blocked':
      return { steps: [], disruption: null };
    case 'delete':
      return { steps: instance === null ? [] : [recycle(id, draft, instance)], disruption: null };
    case 'create': {
      if (node === null) return { steps: [], disruption: null };
      if (draft.cause === 'resume' && instance?.hardware) {
        const keep = target === null ? [] : [compose(id, node, target)];
        return {
          steps: [...keep, boot(id, instance.hardware), verify(id, node, instance.hardware)],
          disruption: null,
        };
      }
      if (target === null) return { steps: [], disruption: null };
      const steps = [allocate(id, target, enclosureOf(target.hardware)), compose(id, node, target)];
      return {
        steps: [...steps, boot(id, target.hardware), verify(id, node, target.hardware)],
        disruption: null,
      };
    }
    case 'replace':
    case 'heal': {
      if (node === null || target === null || instance === null) return { steps: [], disruption: null };
      const alloc = allocate(id, target, enclosureOf(target.hardware));
      const old = recycle(id, draft, instance);
      const first = target.source === 'reuse' ? [old, alloc] : [alloc, old];
      const steps = [
        ...first,
        compose(id, node, target),
        boot(id, target.hardware),
        verify(id, node, target.hardware),
      ];
      const disruption = draft.action === 'replace' ? { from: old.id, until: `${id}/verify` } : null;
      return { steps, disruption };
    }
  }
}
