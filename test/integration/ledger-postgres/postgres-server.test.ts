import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPostgresBin, PostgresServer } from '../../support/postgres/postgres-server.js';

const isReady = (server: PostgresServer): boolean =>
  spawnSync(join(findPostgresBin(), 'pg_isready'), ['-h', '127.0.0.1', '-p', String(server.port)]).status ===
  0;

describe('the PostgreSQL test server', () => {
  it('starts on a free loopback port, restarts after a crash, and stops', async () => {
    const server = await PostgresServer.start();
    try {
      expect(isReady(server)).toBe(true);
      await server.restart('immediate');
      expect(isReady(server)).toBe(true);
    } finally {
      await server.close();
    }
    expect(isReady(server)).toBe(false);
  }, 60_000);
});
