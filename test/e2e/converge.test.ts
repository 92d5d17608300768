import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStamp } from '../../src/core/stamp/stamp.js';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import { convergenceProblems, EXAMPLE_NODES, fqdnOf } from '../support/e2e/appliance-invariants.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';

interface PlanJson {
  summary: Record<string, number | boolean>;
  changes: { node: string; action: string }[];
}

describe('phoenix apply on a fresh appliance with example-repo', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('plans without a single mutating request', async () => {
    const since = await sim.lastSeq();
    const result = await runCli(
      ['plan', '--repo', site.repo, '--format', 'json', '--detailed-exitcode'],
      env,
    );
    expect(result.code, result.stderr).toBe(2);
    const plan = JSON.parse(result.stdout) as PlanJson;
    expect(plan.summary).toMatchObject({ create: 13, hasChanges: true });
    expect(await sim.mutations(since)).toEqual([]);
    // Reading also opens a session: the log proves the plan talked to the appliance, and only read.
    expect((await sim.requests({ since, method: 'GET' })).length).toBeGreaterThan(5);
  });

  it('converges: stamped profiles, hardware On, Consul registrations', async () => {
    const result = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Applied: 13 created');

    const state = await sim.state();
    expect(convergenceProblems(state, await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    for (const node of EXAMPLE_NODES) {
      const profile = state.profiles.find((p) => p.name === node)!;
      expect(parseStamp(profile.description)).toMatchObject({ site: 'dc1', node, gen: 1 });
    }
    expect(await sim.consulNodes()).toEqual(expect.arrayContaining(EXAMPLE_NODES.map(fqdnOf)));
  });

  it('dates the ledger by the wall clock, though its waits ran on a faster simulated clock', async () => {
    const now = Date.now();
    const journal = await readFile(join(site.stateDir, 'ledger', 'journal.jsonl'), 'utf8');
    const times = journal
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => (JSON.parse(line) as { record: { at: string } }).record.at);
    expect(times.length).toBeGreaterThan(10);
    expect(times.filter((at) => Date.parse(at) > now)).toEqual([]);
    const status = await runCli(['status', '--json'], env);
    const lastRun = (JSON.parse(status.stdout) as { lastRun: { finishedAt: string } }).lastRun;
    expect(Date.parse(lastRun.finishedAt)).toBeLessThanOrEqual(now);
  });

  it('then plans only noop, and a second apply makes no mutating request', async () => {
    const plan = await runCli(['plan', '--repo', site.repo, '--detailed-exitcode', '--format', 'json'], env);
    expect(plan.code, plan.stderr).toBe(0);
    const parsed = JSON.parse(plan.stdout) as PlanJson;
    expect(new Set(parsed.changes.map((c) => c.action))).toEqual(new Set(['noop']));
    expect(parsed.changes).toHaveLength(13);

    const since = await sim.lastSeq();
    const again = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--json'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ plan: { noop: 13, hasChanges: false }, report: null });
    expect(await sim.mutations(since)).toEqual([]);
  });
});
