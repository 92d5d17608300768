import { describe, expect, it } from 'vitest';
import type { ObservedProfile } from '../../../src/core/observed/inventory.js';
import { formatStamp, parseStamp } from '../../../src/core/stamp/stamp.js';
import type { Ledger, LedgerEntry } from '../../../src/ports/ledger.js';
import {
  REV_A,
  REV_B,
  at,
  runFinished,
  runStarted,
  stepFinished,
  stepStarted,
} from '../../unit/ledger-file/ledger-fixtures.js';

/** Opens ledgers of one store: `open()` the first time, `reopen()` the same store again after a close. */
export interface LedgerUnderTest {
  open(): Promise<Ledger>;
  reopen(): Promise<Ledger>;
}

function stampedProfile(name: string, rev: string, gen: number): ObservedProfile {
  const stamp = { site: 'dc1', node: name, spec: '0'.repeat(16), rev: rev.slice(0, 12), gen };
  return {
    uri: `/rest/server-profiles/${name}`,
    name,
    description: formatStamp(stamp),
    stamp: parseStamp(formatStamp(stamp)),
    hardwareUri: `/rest/server-hardware/${name}`,
    templateUri: null,
    deploymentPlanUri: null,
    customAttributes: {},
    state: 'Normal',
    status: 'OK',
    inProgress: false,
    taskUri: null,
    eTag: '1',
    templateCompliance: 'Compliant',
    complianceIssues: [],
    sections: null,
  };
}

const quarantinedEntry = (minute: number): LedgerEntry => ({
  type: 'hardware-quarantined',
  at: at(minute),
  runId: 'run-1',
  hardwareUri: '/rest/server-hardware/9',
  node: 'node-a',
  reason: 'task failed on this hardware',
});

/**
 * What every Ledger must do, whatever stores it: the file ledger and the PostgreSQL ledger run this same suite.
 * A run that never finished is left out: the file ledger reads it as interrupted, the shared one as running.
 */
export function describeLedgerContract(name: string, create: () => Promise<LedgerUnderTest>): void {
  describe(`the Ledger contract: ${name}`, () => {
    it('numbers records 1, 2, 3... in the order of the calls, concurrent ones included', async () => {
      const store = await create();
      const ledger = await store.open();
      const first = await ledger.append({ ...runStarted('run-1', REV_A, 0), seq: 99 } as LedgerEntry);
      expect(first.seq).toBe(1);
      const nodes = Array.from({ length: 12 }, (_, i) => `node-${i}`);
      const records = await Promise.all(
        nodes.map((n, i) => ledger.append(stepStarted('run-1', n, 'boot', i))),
      );
      expect(records.map((r) => r.seq)).toEqual(nodes.map((_, i) => i + 2));
      expect(records.map((r) => (r as { node: string }).node)).toEqual(nodes);
      await ledger.close();
    });

    it('records an applied run: status, history, the planner view, generations and unverified nodes', async () => {
      const store = await create();
      const ledger = await store.open();
      await ledger.append(runStarted('run-1', REV_A, 0));
      await ledger.append(stepStarted('run-1', 'node-a', 'compose', 1, 3));
      await ledger.append(stepFinished('run-1', 'node-a', 'compose', 2));
      await ledger.append(stepFinished('run-1', 'node-b', 'compose', 2));
      await ledger.append(stepFinished('run-1', 'node-b', 'verify', 3));
      await ledger.append(stepFinished('run-1', 'node-c', 'boot', 3, false));
      await ledger.append(
        runFinished('run-1', REV_A, 'applied', { 'node-a': 'created', 'node-b': 'created' }, 4),
      );
      const expectState = (l: Ledger): void => {
        expect(l.readView()).toEqual({
          lastAppliedRevision: REV_A,
          quarantined: [],
          generations: { 'node-a': 3 },
          unverified: ['node-a'],
        });
        expect(l.status()).toMatchObject({
          site: 'dc1',
          lastAppliedRevision: REV_A,
          lastAppliedAt: at(4),
          lastRun: {
            runId: 'run-1',
            revision: REV_A,
            outcome: 'applied',
            startedAt: at(0),
            finishedAt: at(4),
          },
          nodes: {
            'node-a': { lastOutcome: 'created', revision: REV_A, at: at(4) },
            'node-b': { lastOutcome: 'created', revision: REV_A, at: at(4) },
          },
        });
        expect(l.history()).toEqual([
          expect.objectContaining({
            runId: 'run-1',
            outcome: 'applied',
            counts: { nodes: { created: 2 }, steps: { succeeded: 3, failed: 1, skipped: 0 } },
          }),
        ]);
      };
      expectState(ledger);
      await ledger.close();
      const again = await store.reopen();
      expectState(again);
      await again.close();
    });

    it('lists runs newest first, up to a limit, across a reopen', async () => {
      const store = await create();
      const ledger = await store.open();
      await ledger.append(runStarted('run-1', REV_A, 0));
      await ledger.append(runFinished('run-1', REV_A, 'applied', {}, 1));
      await ledger.close();
      const again = await store.reopen();
      await again.append(runStarted('run-2', REV_B, 2));
      await again.append(runFinished('run-2', REV_B, 'partial', { 'node-a': 'failed' }, 3));
      expect(again.history().map((r) => [r.runId, r.outcome])).toEqual([
        ['run-2', 'partial'],
        ['run-1', 'applied'],
      ]);
      expect(again.history(1).map((r) => r.runId)).toEqual(['run-2']);
      expect(again.readView().lastAppliedRevision).toBe(REV_A);
      await again.close();
    });

    it('keeps quarantined hardware until it is released', async () => {
      const store = await create();
      const ledger = await store.open();
      await ledger.append(quarantinedEntry(1));
      expect(ledger.readView().quarantined).toEqual([
        {
          hardwareUri: '/rest/server-hardware/9',
          node: 'node-a',
          reason: 'task failed on this hardware',
          since: at(1),
        },
      ]);
      await ledger.close();
      const again = await store.reopen();
      expect(again.status().quarantined).toHaveLength(1);
      await again.append({
        type: 'hardware-released',
        at: at(2),
        hardwareUri: '/rest/server-hardware/9',
        reason: 'repaired',
      });
      expect(again.readView().quarantined).toEqual([]);
      await again.close();
    });

    it('rebuilds what it knows from the stamps of the profiles', async () => {
      const store = await create();
      const ledger = await store.open();
      const status = await ledger.recoverFromStamps('dc1', [
        stampedProfile('node-a', REV_A, 2),
        stampedProfile('node-b', REV_A, 1),
      ]);
      expect(status).toMatchObject({
        site: 'dc1',
        lastAppliedRevision: REV_A.slice(0, 12),
        nodes: { 'node-a': { lastOutcome: 'recovered' }, 'node-b': { lastOutcome: 'recovered' } },
      });
      expect(ledger.readView().generations).toEqual({ 'node-a': 2, 'node-b': 1 });
      await ledger.close();
    });
  });
}
