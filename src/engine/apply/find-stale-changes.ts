import type { InventorySnapshot } from '../../core/observed/inventory.js';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';

export interface StaleFinding {
  readonly changeId: string;
  /** The OneView resource that no longer matches what the plan read. */
  readonly resource: string;
  readonly problem: 'hardware-gone' | 'hardware-taken' | 'profile-gone' | 'profile-replaced' | 'name-taken';
}

/**
 * Compares what a plan will touch with a fresh inventory. The plan is stale when any hardware it allocates is
 * no longer free, any profile it recycles is gone or replaced, or a profile it composes already exists (other than the instance a resumed change keeps). Changes
 * elsewhere on the appliance (another server powered on, a foreign profile edited) do not make it stale.
 */
export function findStaleChanges(plan: ReconcilePlan, fresh: InventorySnapshot): StaleFinding[] {
  if (fresh.fingerprint === plan.inventory.fingerprint) return [];
  const hardware = new Map(fresh.hardware.map((h) => [h.uri, h]));
  const profiles = new Map(fresh.profiles.map((p) => [p.uri, p]));
  const profileNames = new Map(fresh.profiles.map((p) => [p.name, p]));
  const findings: StaleFinding[] = [];
  for (const change of plan.changes) {
    const recycled = new Set<string>();
    for (const step of change.steps) {
      if (step.kind === 'recycle') {
        recycled.add(step.profileName);
        const profile = profiles.get(step.profileUri);
        if (profile === undefined)
          findings.push({ changeId: change.id, resource: step.profileUri, problem: 'profile-gone' });
        else if (profile.name !== step.profileName || profile.hardwareUri !== step.hardwareUri) {
          findings.push({ changeId: change.id, resource: step.profileUri, problem: 'profile-replaced' });
        }
      } else if (step.kind === 'allocate' && (step.source === 'spare' || step.source === 'pinned')) {
        const current = hardware.get(step.hardwareUri);
        if (current === undefined)
          findings.push({ changeId: change.id, resource: step.hardwareUri, problem: 'hardware-gone' });
        else if (current.profileUri !== null || current.state !== 'NoProfileApplied') {
          findings.push({ changeId: change.id, resource: step.hardwareUri, problem: 'hardware-taken' });
        }
      } else if (step.kind === 'compose' && !recycled.has(step.profileName)) {
        const existing = profileNames.get(step.profileName);
        // The instance a resumed change keeps carries the compose step's own stamp: it is not in the way.
        const kept =
          existing?.stamp?.node === step.stamp.node &&
          existing.stamp.spec === step.stamp.spec &&
          existing.stamp.gen === step.stamp.gen;
        if (existing !== undefined && !kept)
          findings.push({ changeId: change.id, resource: existing.uri, problem: 'name-taken' });
      }
    }
  }
  return findings;
}
