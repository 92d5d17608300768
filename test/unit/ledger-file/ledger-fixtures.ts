import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFileLedger, type FileLedger } from '../../../src/adapters/ledger-file/index.js';
import { createLogger } from '../../../src/logging/create-logger.js';
import type { Logger } from '../../../src/ports/logger.js';
import type { LedgerEntry, NodeOutcome, RunOutcome, RunStartedRecord } from '../../../src/ports/ledger.js';
import { ManualClock } from '../../support/manual-clock.js';

export const REV_A = 'a'.repeat(40);
export const REV_B = 'b'.repeat(40);

const ADA = { name: 'Ada', email: 'ada@example.org', date: '2024-01-01T00:00:00+01:00' };
export const PROVENANCE = { author: ADA, committer: ADA, subject: 'Add workers' };

export function stateDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'phoenix-ledger-'));
}

/** A logger whose JSON lines are kept for assertions. */
export function memoryLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const raw: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => void raw.push(line) },
  });
  return { logger, lines: () => raw.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

export async function openLedger(
  dir: string,
  options: { readOnly?: boolean; setAsideCorrupt?: boolean; logger?: Logger } = {},
): Promise<FileLedger> {
  return openFileLedger(dir, {
    logger: options.logger ?? memoryLogger().logger,
    clock: new ManualClock(),
    ...(options.readOnly === undefined ? {} : { readOnly: options.readOnly }),
    ...(options.setAsideCorrupt === undefined ? {} : { setAsideCorrupt: options.setAsideCorrupt }),
  });
}

export const at = (minute: number): string => new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString();

export function runStarted(runId: string, revision: string, minute: number): RunStartedRecord {
  return {
    type: 'run-started',
    runId,
    site: 'dc1',
    revision,
    baseRevision: null,
    command: 'apply',
    planFingerprint: 'f'.repeat(64),
    inventoryFingerprint: 'e'.repeat(64),
    provenance: PROVENANCE,
    at: at(minute),
  };
}

export function stepStarted(
  runId: string,
  node: string,
  step: 'compose' | 'boot',
  minute: number,
  gen?: number,
): LedgerEntry {
  return {
    type: 'step-started',
    runId,
    changeId: node,
    node,
    step,
    attempt: 1,
    hardwareUri: '/rest/server-hardware/1',
    profileName: node,
    ...(gen === undefined ? {} : { gen }),
    at: at(minute),
  };
}

export function stepFinished(
  runId: string,
  node: string,
  step: 'compose' | 'boot' | 'verify' | 'recycle',
  minute: number,
  ok = true,
): LedgerEntry {
  return {
    type: 'step-finished',
    runId,
    changeId: node,
    node,
    step,
    attempt: 1,
    hardwareUri: '/rest/server-hardware/1',
    profileName: node,
    outcome: ok ? 'succeeded' : 'failed',
    errorCode: ok ? null : 'APPLY_STEP_TIMEOUT',
    retry: ok ? null : 'transient',
    message: ok ? null : 'A step did not finish within its timeout.',
    at: at(minute),
  };
}

export function runFinished(
  runId: string,
  revision: string,
  outcome: RunOutcome,
  nodes: Record<string, NodeOutcome>,
  minute: number,
): LedgerEntry {
  return { type: 'run-finished', runId, outcome, revision, nodes, at: at(minute) };
}
