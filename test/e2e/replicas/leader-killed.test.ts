import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  killTrial,
  measureSpans,
  waitApplied,
  type TrialResult,
} from '../../support/replicas/kill-trials.js';
import { seededRandom } from '../../support/seeded-random.js';
import { startReplicaSite, type ReplicaSite } from '../../support/replicas/replica-site.js';

const TRIALS = 10;
const SEED = 0x1ead;

describe('the leader killed with SIGKILL in the middle of an apply', () => {
  let site: ReplicaSite;

  beforeAll(async () => {
    site = await startReplicaSite();
    site.set.start();
    site.set.start();
    site.set.start();
    await waitApplied(site.set, await site.git.work.head());
  }, 180_000);

  afterAll(async () => {
    await site?.dispose();
  });

  it(`is replaced by a follower that converges, ${TRIALS} seeded times: no duplicate profile, no leaked hardware, every step once`, async () => {
    const span = await measureSpans(site);
    const random = seededRandom(SEED);
    const results: TrialResult[] = [];
    for (
      let trial = 0;
      results.filter((r) => r.killedAfter !== null).length < TRIALS && trial < TRIALS + 6;
      trial++
    ) {
      const result = await killTrial(site, trial, span, random);
      results.push(result);
      const context = `trial ${trial} (${result.scenario}, killed after ${result.killedAfter} of ${span[result.scenario]} mutations)`;
      expect(result.appliance, context).toEqual([]);
      expect(result.duplicateProfiles, context).toEqual([]);
      expect(result.journal, context).toEqual([]);
      if (result.killedAfter !== null) expect(result.takeoverMs, context).not.toBeNull();
    }
    expect(results.filter((r) => r.killedAfter !== null)).toHaveLength(TRIALS);
    // Exactly one replica leads at the end, whichever it is.
    expect(await site.set.leaders()).toHaveLength(1);
  }, 400_000);
});
