import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresLedger } from '../../../src/adapters/postgres/index.js';
import { ensureBuilt, runCli } from '../../support/e2e/built-cli.js';
import { freshLedgerDatabase, quietLogger } from '../../support/postgres/ledger-database.js';
import { PostgresServer } from '../../support/postgres/postgres-server.js';
import { openLedger } from '../../../src/cli/runtime/wiring/open-ledger.js';
import {
  REV_A,
  openLedger as openFileLedgerFixture,
  runFinished,
  runStarted,
  stateDir,
  stepFinished,
  stepStarted,
} from '../../unit/ledger-file/ledger-fixtures.js';

let server: PostgresServer;

beforeAll(async () => {
  await ensureBuilt();
  server = await PostgresServer.start();
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('phoenix ledger migrate', () => {
  it('copies a file ledger into PostgreSQL once, record for record, and refuses to merge into a ledger', async () => {
    const dir = await stateDir();
    const file = await openFileLedgerFixture(dir);
    await file.append(runStarted('run-1', REV_A, 0));
    await file.append(stepStarted('run-1', 'node-a', 'compose', 1, 1));
    await file.append(stepFinished('run-1', 'node-a', 'compose', 2));
    await file.append(runFinished('run-1', REV_A, 'applied', { 'node-a': 'created' }, 3));
    const expected = { status: file.status(), history: file.history(), view: file.readView() };
    await file.close();

    const { db, url } = await freshLedgerDatabase(server);
    try {
      const env = { PHOENIX_DATABASE_PASSWORD: server.password };
      const result = await runCli(['ledger', 'migrate', '--from-dir', dir, '--to', url, '--json'], env);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({
        site: 'dc1',
        records: 4,
        database: url,
        lastAppliedRevision: REV_A,
      });
      expect(result.stdout + result.stderr).not.toContain(server.password);
      const copy = await openPostgresLedger(db, 'dc1', { writer: null, logger: quietLogger() });
      expect({ status: copy.status(), history: copy.history(), view: copy.readView() }).toEqual(expected);

      // With the shared ledger named, status and history read it; commands that write refuse to.
      const shared = { ...env, PHOENIX_DATABASE_URL: url, PHOENIX_SITE: 'dc1', PHOENIX_STATE_DIR: dir };
      const status = await runCli(['status', '--json'], shared);
      expect(status.code, status.stderr).toBe(0);
      expect(JSON.parse(status.stdout)).toEqual(expected.status);
      const history = await runCli(['history', '--json'], shared);
      expect(JSON.parse(history.stdout)).toEqual(expected.history);
      await expect(openLedger(dir, quietLogger(), shared)).rejects.toMatchObject({
        code: 'LEDGER_SHARED_BY_REPLICAS',
      });

      const again = await runCli(['ledger', 'migrate', '--from-dir', dir, '--to', url, '--json'], env);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('LEDGER_MIGRATE_TARGET_NOT_EMPTY');
      const rows = await db.query<{ n: string }>('SELECT count(*) AS n FROM phoenix_ledger_records');
      expect(Number(rows[0]!.n)).toBe(4);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('refuses a password in the URL and changes nothing', async () => {
    const dir = await stateDir();
    const withPassword = server.urlWithPassword;
    const result = await runCli(['ledger', 'migrate', '--from-dir', dir, '--to', withPassword], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('LEDGER_DATABASE_URL_INVALID');
    expect(result.stdout + result.stderr).not.toContain(server.password);
  }, 60_000);
});
