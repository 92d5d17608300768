import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REV_A, openLedger, runStarted, stateDir } from './ledger-fixtures.js';

const CHILD = fileURLToPath(new URL('./append-until-killed.ts', import.meta.url));

/** Runs the appending child until it has written 50 steps, then kills it with SIGKILL mid-stream. */
function appendThenKill(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`the child ended without being killed: ${stderr}`)),
    );
  });
}

describe('a writer killed with SIGKILL', () => {
  it('leaves a ledger that the next writer opens, with its lock taken over and no record lost or doubled', async () => {
    const dir = await stateDir();
    await appendThenKill(dir);
    const ledger = await openLedger(dir);
    const history = ledger.history();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ runId: 'run-killed', outcome: 'interrupted' });
    expect(history[0]!.counts.steps.succeeded).toBeGreaterThanOrEqual(50);
    expect(ledger.readView().generations['node-1']).toBe(1);
    const next = await ledger.append(runStarted('run-next', REV_A, 0));
    // Before it: the run start, two records per finished step, and perhaps the start of the step it was killed in.
    const finished = 1 + 2 * history[0]!.counts.steps.succeeded;
    expect([finished, finished + 1]).toContain(next.seq - 1);
    await ledger.close();
  });
});
