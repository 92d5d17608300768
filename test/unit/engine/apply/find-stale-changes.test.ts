import { describe, expect, it } from 'vitest';
import type { InventorySnapshot } from '../../../../src/core/observed/inventory.js';
import { findStaleChanges } from '../../../../src/engine/apply/find-stale-changes.js';
import { freshDemoPlan } from '../../../support/builders/sample-plans.js';
import {
  demoInventory,
  hardwareUri,
  patchHardware,
  withFingerprint,
  withProfile,
} from '../../../support/builders/inventory.js';

const base = (): InventorySnapshot =>
  withProfile(demoInventory(), { name: 'legacy-db-01', hardwareUri: hardwareUri(3, 12), stamp: null });

describe('findStaleChanges', () => {
  it('accepts the inventory the plan was computed from', () => {
    expect(findStaleChanges(freshDemoPlan(), base())).toEqual([]);
  });

  it('accepts unrelated changes elsewhere on the appliance', () => {
    const plan = freshDemoPlan();
    const used = new Set(
      plan.changes.flatMap((c) => c.steps.flatMap((s) => (s.kind === 'allocate' ? [s.hardwareUri] : []))),
    );
    const unrelated = base().hardware.find((h) => !used.has(h.uri) && h.profileUri === null)!;
    const changed = withFingerprint(
      patchHardware(base(), unrelated.uri, { powerState: 'On', eTag: 'changed' }),
    );
    expect(changed.fingerprint).not.toBe(plan.inventory.fingerprint);
    expect(findStaleChanges(plan, changed)).toEqual([]);
  });

  it('refuses a plan whose allocated hardware was taken or removed', () => {
    const plan = freshDemoPlan();
    const allocate = plan.changes.flatMap((c) => c.steps).find((s) => s.kind === 'allocate')!;
    const taken = withFingerprint(
      patchHardware(base(), allocate.hardwareUri, { profileUri: '/rest/server-profiles/x' }),
    );
    expect(findStaleChanges(plan, taken).map((f) => f.problem)).toContain('hardware-taken');
    const gone = withFingerprint({
      ...base(),
      hardware: base().hardware.filter((h) => h.uri !== allocate.hardwareUri),
    });
    expect(findStaleChanges(plan, gone).map((f) => f.problem)).toContain('hardware-gone');
  });

  it('refuses a plan whose new profile name is already taken', () => {
    const plan = freshDemoPlan();
    const free = base()
      .hardware.filter((h) => h.profileUri === null)
      .at(-1)!;
    const named = withFingerprint(
      withProfile(base(), { name: 'docker-01', hardwareUri: free.uri, stamp: null }),
    );
    expect(findStaleChanges(plan, named)).toContainEqual(
      expect.objectContaining({ changeId: 'docker-01', problem: 'name-taken' }),
    );
  });
});
