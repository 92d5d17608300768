import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFileLedger } from '../../src/adapters/ledger-file/index.js';
import { createSilentLogger } from '../../src/logging/create-logger.js';
import { convergenceProblems, EXAMPLE_NODES } from '../support/e2e/appliance-invariants.js';
import { collect, runCli, spawnCli, type CliEnv } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';

interface PlanJson {
  readonly changes: readonly {
    readonly node: string;
    readonly action: string;
    readonly steps: readonly { readonly kind: string }[];
  }[];
}

async function unverified(stateDir: string): Promise<readonly string[]> {
  const ledger = await openFileLedger(stateDir, { logger: createSilentLogger(), readOnly: true });
  try {
    return ledger.readView().unverified;
  } finally {
    await ledger.close();
  }
}

describe('an apply killed after a boot and before its verify passed', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
  }, 120_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('leaves the booted nodes unverified, and the next plan verifies them instead of calling them in sync', async () => {
    const child = spawnCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    const exited = collect(child);
    let done = false;
    void exited.then(() => (done = true));
    // Bounded: each round is one request to the simulator's control API. The first node whose server is On
    // is booted (the site's own foreign servers are left out); its verify waits for the operating system, which takes a while of simulated time.
    let booted: string | null = null;
    for (let round = 0; round < 100_000 && !done && booted === null; round++) {
      const state = await sim.state();
      const on = new Set(state.hardware.filter((h) => h.powerState === 'On').map((h) => h.uri));
      const profile = state.profiles.find(
        (p) =>
          (EXAMPLE_NODES as readonly string[]).includes(p.name) &&
          p.serverHardwareUri !== null &&
          on.has(p.serverHardwareUri),
      );
      booted = profile?.name ?? null;
    }
    expect(done, 'the apply finished before any server was On').toBe(false);
    child.kill('SIGKILL');
    await exited;
    expect(booted).not.toBeNull();
    const left = await unverified(site.stateDir);
    expect(left).toContain(booted);

    const plan = await runCli(['plan', '--repo', site.repo, '--format', 'json'], env);
    expect(plan.code, plan.stderr).toBe(0);
    const change = (JSON.parse(plan.stdout) as PlanJson).changes.find((c) => c.node === booted);
    expect(change?.action).toBe('create');
    // The compose keeps the booted instance in place (it is what a failover would move to a spare).
    expect(change?.steps.map((s) => s.kind)).toEqual(['compose', 'boot', 'verify']);

    const since = await sim.lastSeq();
    const recovery = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(recovery.code, recovery.stderr).toBe(0);
    expect(convergenceProblems(await sim.state(), await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    // Verifying the booted node composed nothing again: no new profile for it.
    const composes = await sim.requests({ since, mutating: true, method: 'POST' });
    expect(composes.filter((r) => r.path === '/rest/server-profiles').length).toBeLessThan(
      EXAMPLE_NODES.length,
    );
    expect(await unverified(site.stateDir)).toEqual([]);
    const after = await runCli(['plan', '--repo', site.repo, '--format', 'json', '--detailed-exitcode'], env);
    expect(after.code, after.stdout).toBe(0);
  }, 180_000);
});
