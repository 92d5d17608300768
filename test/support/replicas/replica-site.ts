import { openLedgerDatabase, type Database } from '../../../src/adapters/postgres/index.js';
import { ensureBuilt } from '../e2e/built-cli.js';
import { E2eSimulator } from '../e2e/e2e-simulator.js';
import { createGitFixture, type GitFixture } from '../../integration/git/git-fixture.js';
import { publishExampleSite } from '../../integration/daemon/daemon-site.js';
import { PostgresServer } from '../postgres/postgres-server.js';
import { quietLogger } from '../postgres/ledger-database.js';
import { ReplicaSet } from './replica-set.js';

/** One PostgreSQL, one simulator, example-repo in a served Git repository, and replicas to start. */
export interface ReplicaSite {
  readonly pg: PostgresServer;
  readonly sim: E2eSimulator;
  readonly git: GitFixture;
  readonly set: ReplicaSet;
  /** The test's own connection, to read the shared ledger and leases. */
  readonly db: Database;
  dispose(): Promise<void>;
}

export async function startReplicaSite(): Promise<ReplicaSite> {
  await ensureBuilt();
  const pg = await PostgresServer.start();
  const sim = await E2eSimulator.start();
  const git = await createGitFixture();
  await publishExampleSite(git);
  const db = await openLedgerDatabase(
    pg.url,
    { PHOENIX_DATABASE_PASSWORD: pg.password },
    { logger: quietLogger() },
  );
  const set = new ReplicaSet({
    repo: git.bare,
    sim,
    databaseUrl: pg.url,
    databasePassword: pg.password,
    stateDirOf: (id) => `${git.root}/state-${id}`,
  });
  return {
    pg,
    sim,
    git,
    set,
    db,
    dispose: async () => {
      await set.stopAll();
      await db.close();
      await sim.close();
      await git.dispose();
      await pg.close();
    },
  };
}
