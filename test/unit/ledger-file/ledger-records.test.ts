import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { JOURNAL_FILE, LEDGER_DIRECTORY } from '../../../src/adapters/ledger-file/index.js';
import { PhoenixError } from '../../../src/core/errors/phoenix-error.js';
import type { ObservedProfile } from '../../../src/core/observed/inventory.js';
import { formatStamp, parseStamp, type Stamp } from '../../../src/core/stamp/stamp.js';
import { ledgerJournal } from '../../../src/engine/apply/ledger-journal.js';
import type { LedgerEntry } from '../../../src/ports/ledger.js';

type LedgerRecordType = LedgerEntry['type'];
import { desiredNode, desiredState } from '../../support/builders/desired.js';
import { mixedPlan } from '../../support/builders/sample-plans.js';
import { ManualClock } from '../../support/manual-clock.js';
import {
  REV_A,
  REV_B,
  at,
  openLedger,
  runFinished,
  runStarted,
  stateDir,
  stepFinished,
  stepStarted,
} from './ledger-fixtures.js';

const schema = JSON.parse(
  await readFile(new URL('../../../schemas/ledger-record.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

async function storedRecords(dir: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(join(dir, LEDGER_DIRECTORY, JOURNAL_FILE), 'utf8');
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => (JSON.parse(l) as { record: Record<string, unknown> }).record);
}

function profile(name: string, stamp: Stamp | null): ObservedProfile {
  return {
    uri: `/rest/server-profiles/${name}`,
    name,
    description: stamp === null ? 'hand-made' : `Built by Phoenix\n${formatStamp(stamp)}`,
    stamp: stamp === null ? null : parseStamp(formatStamp(stamp)),
    hardwareUri: `/rest/server-hardware/${name}`,
    templateUri: null,
    deploymentPlanUri: null,
    customAttributes: { ROOT_PASSWORD: 'hunter2' },
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

describe('ledger records', () => {
  it('match schemas/ledger-record.schema.json, every type of them', async () => {
    const dir = await stateDir();
    const ledger = await openLedger(dir);
    await ledger.append(runStarted('run-1', REV_A, 0));
    await ledger.append({
      ...runStarted('run-2', REV_B, 0),
      baseRevision: REV_A,
      provenance: null,
      command: 'sync',
    });
    await ledger.append(stepStarted('run-1', 'node-a', 'compose', 1, 1));
    await ledger.append(stepStarted('run-1', 'node-a', 'boot', 1));
    await ledger.append(stepFinished('run-1', 'node-a', 'compose', 2));
    await ledger.append(stepFinished('run-1', 'node-a', 'boot', 2, false));
    await ledger.append({
      type: 'hardware-quarantined',
      runId: null,
      hardwareUri: '/rest/server-hardware/9',
      node: 'node-a',
      reason: 'verify-timeout',
      at: at(3),
    });
    await ledger.append({
      type: 'hardware-released',
      hardwareUri: '/rest/server-hardware/9',
      reason: 'repaired',
      at: at(4),
    });
    await ledger.append(runFinished('run-1', REV_A, 'partial', { 'node-a': 'failed' }, 5));
    await ledger.recoverFromStamps('dc1', [
      profile('node-a', { site: 'dc1', node: 'node-a', spec: '0'.repeat(16), rev: 'a'.repeat(12), gen: 2 }),
    ]);
    await ledger.close();
    const records = await storedRecords(dir);
    const seen = new Set<LedgerRecordType>();
    for (const record of records) {
      expect(validate(record), `${JSON.stringify(record)}: ${JSON.stringify(validate.errors)}`).toBe(true);
      seen.add(record['type'] as LedgerRecordType);
    }
    expect([...seen].sort()).toEqual([
      'hardware-quarantined',
      'hardware-released',
      'recovered',
      'run-finished',
      'run-started',
      'step-finished',
      'step-started',
    ]);
    expect(validate({ ...records[0], type: 'run-paused' })).toBe(false);
    expect(validate({ ...records[0], password: 'x' })).toBe(false);
  });

  it('never hold a secret: a run of a plan with a password attribute leaves none in the files', async () => {
    const plan = mixedPlan();
    const dir = await stateDir();
    const ledger = await openLedger(dir);
    const clock = new ManualClock();
    await ledger.append({
      ...runStarted('run-1', plan.revision, 0),
      planFingerprint: plan.inventory.fingerprint,
    });
    // The desired docker-01 node of the mixed plan carries the password; the plan itself only says it is sensitive.
    const desired = desiredState([
      desiredNode({
        name: 'docker-01',
        pool: 'docker-hosts',
        index: 1,
        attributes: { ROOT_PASSWORD: 'hunter2' },
      }),
    ]);
    const journal = ledgerJournal(ledger, 'run-1', clock, { plan, desired });
    for (const change of plan.changes) {
      for (const step of change.steps) {
        const record = {
          changeId: change.id,
          node: change.node,
          step: step.kind,
          attempt: 1,
          hardwareUri: 'hardwareUri' in step ? step.hardwareUri : null,
          profileName: 'profileName' in step ? step.profileName : null,
        };
        await journal.stepStarted(record);
        const error = new PhoenixError('ONEVIEW_TASK_FAILED', { message: 'Compose failed.' });
        await journal.stepFinished({
          ...record,
          outcome: 'failed',
          errorCode: error.code,
          retry: error.retry,
          // An appliance message that echoes what it was sent.
          message: `${error.message} Invalid value hunter2 for ROOT_PASSWORD.`,
        });
        if (step.kind === 'compose')
          await journal.quarantined({
            hardwareUri: step.hardwareUri,
            node: change.node,
            reason: 'compose-failed',
          });
      }
    }
    await ledger.append(runFinished('run-1', plan.revision, 'failed', {}, 9));
    await ledger.close();
    expect(JSON.stringify(plan)).not.toContain('hunter2');
    const files = await readdir(join(dir, LEDGER_DIRECTORY));
    for (const file of files)
      expect(await readFile(join(dir, LEDGER_DIRECTORY, file), 'utf8')).not.toContain('hunter2');
    const docker = (await storedRecords(dir)).find(
      (r) => r['node'] === 'docker-01' && r['step'] === 'compose',
    );
    expect(docker).toMatchObject({ type: 'step-started', gen: expect.any(Number) });
    const failed = (await storedRecords(dir)).find(
      (r) => r['node'] === 'docker-01' && r['type'] === 'step-finished',
    );
    expect(failed?.['message']).toContain('Invalid value (sensitive) for ROOT_PASSWORD.');
  });
});

describe('recoverFromStamps', () => {
  const stamp = (node: string, rev: string, gen: number, site = 'dc1'): Stamp => ({
    site,
    node,
    spec: '0123456789abcdef',
    rev,
    gen,
  });

  it('rebuilds the applied revision (the one most nodes carry), node revisions and generations', async () => {
    const dir = await stateDir();
    const ledger = await openLedger(dir);
    await ledger.append({
      type: 'hardware-quarantined',
      runId: null,
      hardwareUri: '/rest/server-hardware/9',
      node: 'w-1',
      reason: 'verify-timeout',
      at: at(1),
    });
    const old = 'b1db1db1db1d';
    const cur = 'c0ffeec0ffee';
    const status = await ledger.recoverFromStamps('dc1', [
      profile('w-1', stamp('w-1', cur, 3)),
      profile('w-1-old', stamp('w-1', old, 2)),
      profile('w-2', stamp('w-2', cur, 1)),
      profile('w-3', stamp('w-3', old, 4)),
      profile('other-site', stamp('x-1', old, 1, 'dc2')),
      profile('legacy', null),
    ]);
    expect(status).toEqual({
      site: 'dc1',
      lastAppliedRevision: cur,
      lastAppliedAt: expect.any(String),
      lastRun: null,
      nodes: {
        'w-1': { lastOutcome: 'recovered', revision: cur, at: status.lastAppliedAt },
        'w-2': { lastOutcome: 'recovered', revision: cur, at: status.lastAppliedAt },
        'w-3': { lastOutcome: 'recovered', revision: old, at: status.lastAppliedAt },
      },
      quarantined: [expect.objectContaining({ hardwareUri: '/rest/server-hardware/9' })],
    });
    expect(ledger.readView().generations).toEqual({ 'w-1': 3, 'w-2': 1, 'w-3': 4 });
    await ledger.close();
    const again = await openLedger(dir, { readOnly: true });
    expect(again.status()).toEqual(status);
    await again.close();
  });

  it('records no applied revision when the site has no stamped profile', async () => {
    const dir = await stateDir();
    const ledger = await openLedger(dir);
    const status = await ledger.recoverFromStamps('dc1', [profile('legacy', null)]);
    expect(status).toMatchObject({ site: 'dc1', lastAppliedRevision: null, nodes: {} });
    await ledger.close();
  });
});
