import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convergenceProblems, EXAMPLE_NODES } from '../support/e2e/appliance-invariants.js';
import { applyKillTrials } from '../support/e2e/apply-kill-trials.js';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';
import { ledgerHistory, ledgerStatus, type ApplyJson } from '../support/e2e/ledger-agreement.js';
import type { TempSite } from '../support/e2e/temp-repo.js';

const KILLS = 20;
const SEED = 0x5eed;

/** A fresh appliance; a rolling replacement of the workers (recycle first); one of the docker hosts (surge). */
type Scenario = 'create' | 'replace' | 'surge';
const SCENARIOS: readonly Scenario[] = ['create', 'replace', 'surge'];

describe('applies killed with SIGKILL at random moments', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;
  /** Requests a whole apply of each scenario makes, measured once: kills land anywhere inside them. */
  const span: Record<Scenario, number> = { create: 0, replace: 0, surge: 0 };
  let vlan = 300;

  const apply = (): ReturnType<typeof runCli> =>
    runCli(['apply', '--repo', site.repo, '--auto-approve', '--json'], env);

  /** Makes the next apply do `scenario`, from a converged appliance. */
  const prepare = async (scenario: Scenario): Promise<void> => {
    vlan += 1;
    if (scenario === 'create') {
      await sim.reset();
      env = { ...env, PHOENIX_STATE_DIR: site.freshState() };
    } else if (scenario === 'replace') {
      await site.setYaml('pools/k8s-workers.yaml', ['spec', 'attributes', 'VLAN_ID'], String(vlan));
    } else {
      const override = ['spec', 'overrides', 'docker-02', 'attributes', 'VLAN_ID'];
      await site.setYaml('pools/docker-hosts.yaml', override, String(vlan));
    }
  };

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    for (const scenario of SCENARIOS) {
      await prepare(scenario);
      const since = await sim.lastSeq();
      const result = await apply();
      expect(result.code, result.stderr).toBe(0);
      span[scenario] = (await sim.lastSeq()) - since;
    }
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it(`converges after each of ${KILLS} kills, with no duplicate profile, no leaked hardware and a readable ledger`, async () => {
    const killed = await applyKillTrials({
      sim,
      kills: KILLS,
      seed: SEED,
      prepare: async (trial) => {
        const scenario = SCENARIOS[trial % SCENARIOS.length]!;
        await prepare(scenario);
        return {
          label: scenario,
          span: span[scenario],
          args: ['apply', '--repo', site.repo, '--auto-approve'],
          env,
        };
      },
      recover: async (context) => {
        const recovery = await apply();
        expect(recovery.code, `${context}: ${recovery.stderr}`).toBe(0);
        const report = JSON.parse(recovery.stdout) as ApplyJson;
        expect(report.report === null || report.report.outcome === 'applied', context).toBe(true);
        const problems = convergenceProblems(await sim.state(), await sim.consulNodes(), EXAMPLE_NODES);
        expect(problems, context).toEqual([]);
        const status = await ledgerStatus(env);
        expect(status.lastAppliedRevision, context).not.toBeNull();
        expect(status.lastRun, context).toMatchObject({ outcome: 'applied' });
      },
    });
    expect(killed).toBe(KILLS);
    // Every run of the last ledger is listed, the killed one included, and nothing in it is torn.
    const history = await ledgerHistory(env);
    expect(history.length).toBeGreaterThanOrEqual(2);
    expect(history[0]).toMatchObject({ outcome: 'applied' });
  }, 200_000);
});
