import { afterAll, beforeAll } from 'vitest';
import type { LedgerWriter } from '../../../src/adapters/postgres/index.js';
import { describeLedgerContract } from '../../support/ledger/ledger-contract.js';
import { freshLedgerDatabase, leaseWriter, writableLedger } from '../../support/postgres/ledger-database.js';
import { PostgresServer } from '../../support/postgres/postgres-server.js';

let server: PostgresServer;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  server = await PostgresServer.start();
}, 60_000);

afterAll(async () => {
  for (const close of closers) await close();
  await server?.close();
});

describeLedgerContract('PostgreSQL ledger', async () => {
  const { db } = await freshLedgerDatabase(server);
  closers.push(() => db.close());
  let writer: LedgerWriter | null = null;
  const open = async () => {
    writer ??= await leaseWriter(db, 'dc1');
    return writableLedger(db, 'dc1', writer);
  };
  return { open, reopen: open };
});
