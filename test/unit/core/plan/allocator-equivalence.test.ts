import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HardwarePin } from '../../../../src/core/desired/desired-state.js';
import type { InventorySnapshot, ObservedHardware } from '../../../../src/core/observed/inventory.js';
import { HardwareAllocator } from '../../../../src/core/plan/hardware-allocator.js';
import { indexInventory } from '../../../../src/core/plan/inventory-index.js';
import { desiredNode } from '../../../support/builders/desired.js';
import { demoInventory, GEN10, GEN9 } from '../../../support/builders/inventory.js';
import { ReferenceHardwareAllocator } from '../../../support/reference/reference-hardware-allocator.js';

const POOLS = ['a', 'b'];

/** A random site: frames of bays with random types, states and health, some enclosure names repeated. */
const site = fc
  .record({
    frames: fc.integer({ min: 1, max: 4 }),
    bays: fc.integer({ min: 1, max: 8 }),
    flags: fc.array(fc.tuple(fc.boolean(), fc.nat(9), fc.nat(9), fc.boolean()), {
      minLength: 42,
      maxLength: 42,
    }),
    renamed: fc.array(fc.nat(3), { minLength: 7, maxLength: 7 }),
  })
  .map(({ frames, bays, flags, renamed }) => {
    const base = demoInventory({ frames, bays });
    const hardware: ObservedHardware[] = base.hardware.map((h, i) => {
      const [gen9, state, status, orphan] = flags[i % flags.length]!;
      return {
        ...h,
        hardwareTypeUri: gen9 ? GEN9 : GEN10,
        state: state < 7 ? 'NoProfileApplied' : 'ProfileApplied',
        profileUri: state < 7 ? null : `/rest/server-profiles/x${i}`,
        status: status < 7 ? 'OK' : status === 7 ? 'Warning' : 'Critical',
        enclosureUri: orphan && i % 5 === 0 ? null : h.enclosureUri,
      };
    });
    // Some enclosures share a name, so that buckets merge hardware of several frames.
    const enclosures = base.enclosures.map((e, i) => ({
      ...e,
      name: renamed[i]! === 0 ? 'SYN-FRAME-01' : e.name,
    }));
    const snapshot: InventorySnapshot = { ...base, hardware, enclosures };
    return snapshot;
  });

const spec = fc.record({
  gen9: fc.boolean(),
  enclosures: fc.option(fc.subarray(['SYN-FRAME-01', 'SYN-FRAME-02', 'SYN-FRAME-04']), { freq: 3 }),
  spread: fc.boolean(),
});

const operation = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant('takeSpare' as const),
      spec,
      pool: fc.option(fc.constantFrom(...POOLS)),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('countInPool' as const),
      hw: fc.nat(),
      pool: fc.constantFrom(...POOLS),
    }),
    weight: 3,
  },
  fc.record({ op: fc.constant('takeReleased' as const), spec, pool: fc.option(fc.constantFrom(...POOLS)) }),
  fc.record({ op: fc.constant('take' as const), hw: fc.nat(), pool: fc.option(fc.constantFrom(...POOLS)) }),
  fc.record({ op: fc.constant('addReleased' as const), hw: fc.nat(), by: fc.nat(20) }),
  fc.record({ op: fc.constant('releasedBy' as const), hw: fc.nat() }),
);

describe('indexed hardware allocator', () => {
  it('makes the same choices as the scanning allocator it replaced, on random sites and call sequences', () => {
    fc.assert(
      fc.property(
        site,
        fc.array(operation, { minLength: 20, maxLength: 150, size: 'max' }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (snapshot, operations, quarantine, pinned) => {
          const all = snapshot.hardware;
          const pick = (i: number): ObservedHardware => all[i % all.length]!;
          const quarantined = new Set(quarantine.map((i) => pick(i).uri));
          const pins: HardwarePin[] = pinned.map((i) => ({ serialNumber: pick(i).serialNumber }));
          const index = indexInventory(snapshot);
          const indexed = new HardwareAllocator(index, quarantined, pins);
          const reference = new ReferenceHardwareAllocator(index, quarantined, pins);
          for (const call of operations) {
            switch (call.op) {
              case 'takeSpare':
              case 'takeReleased': {
                const node = desiredNode({
                  name: 'n',
                  hardware: {
                    serverHardwareType: call.spec.gen9 ? 'SY 480 Gen9 1' : 'SY 480 Gen10 1',
                    enclosures: call.spec.enclosures,
                    spread: call.spec.spread ? 'enclosure' : 'none',
                  },
                });
                if (call.op === 'takeSpare') {
                  expect(indexed.takeSpare(node, call.pool)?.uri).toEqual(
                    reference.takeSpare(node, call.pool)?.uri,
                  );
                } else {
                  const got = indexed.takeReleased(node, call.pool);
                  const want = reference.takeReleased(node, call.pool);
                  expect(got && { uri: got.hardware.uri, by: got.releasedBy }).toEqual(
                    want && { uri: want.hardware.uri, by: want.releasedBy },
                  );
                }
                break;
              }
              case 'take':
                indexed.take(pick(call.hw), call.pool);
                reference.take(pick(call.hw), call.pool);
                break;
              case 'countInPool':
                indexed.countInPool(call.pool, pick(call.hw));
                reference.countInPool(call.pool, pick(call.hw));
                break;
              case 'addReleased':
                indexed.addReleased(pick(call.hw), `delete-${call.by}`);
                reference.addReleased(pick(call.hw), `delete-${call.by}`);
                break;
              case 'releasedBy':
                expect(indexed.releasedBy(pick(call.hw).uri)).toEqual(
                  reference.releasedBy(pick(call.hw).uri),
                );
                break;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
