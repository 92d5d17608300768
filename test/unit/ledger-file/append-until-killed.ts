import { openFileLedger } from '../../../src/adapters/ledger-file/index.js';
import { createSilentLogger } from '../../../src/logging/create-logger.js';

/** Child process of the crash test: appends records of one run until it is killed. */
const dir = process.argv[2]!;
const ledger = await openFileLedger(dir, { logger: createSilentLogger() });
const at = new Date(0).toISOString();
await ledger.append({
  type: 'run-started',
  runId: 'run-killed',
  site: 'dc1',
  revision: 'c'.repeat(40),
  baseRevision: null,
  command: 'apply',
  planFingerprint: null,
  inventoryFingerprint: null,
  provenance: null,
  at,
});
for (let i = 1; ; i++) {
  const step = { runId: 'run-killed', changeId: `node-${i}`, node: `node-${i}`, step: 'compose' as const };
  const common = { ...step, attempt: 1, hardwareUri: null, profileName: `node-${i}`, gen: 1, at };
  await Promise.all([
    ledger.append({ type: 'step-started', ...common }),
    ledger.append({
      type: 'step-finished',
      ...common,
      outcome: 'succeeded',
      errorCode: null,
      retry: null,
      message: 'x'.repeat(i % 4000),
    }),
  ]);
  if (i === 50) process.stdout.write('ready\n');
}
