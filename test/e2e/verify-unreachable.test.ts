import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { freePort } from '../support/e2e/free-port.js';
import { ledgerStatus, type ApplyJson } from '../support/e2e/ledger-agreement.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';

describe('an apply whose verify checks cannot reach Consul', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    // Nothing listens there: every consul check is refused, whatever the nodes do.
    env = { ...env, CONSUL_HTTP_ADDR: `http://127.0.0.1:${await freePort()}`, PHOENIX_LOG_LEVEL: 'warn' };
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('says so early and in the report, once per node, and quarantines no hardware', async () => {
    const result = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--json'], env);
    expect(result.code).toBe(1);
    const { report } = JSON.parse(result.stdout) as ApplyJson;
    const failed = report.changes.filter((c) => c.outcome === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const change of failed)
      expect(change, change.node).toMatchObject({
        errorCode: 'VERIFY_CHECK_UNREACHABLE',
        failedStep: 'verify',
        quarantined: [],
      });
    // One verify per node: the cause is terminal, so neither a retry nor a spare is tried.
    const verifyFailures = result.stderr
      .split('\n')
      .filter((line) => line.includes('"msg":"step failed"') && line.includes('"step":"verify"'));
    expect(verifyFailures).toHaveLength(failed.length);
    expect(result.stderr).toContain('a verify check fails for a reason the node cannot clear');
    expect(result.stderr).toContain('refused');
    expect((await ledgerStatus(env)).quarantined).toEqual([]);
    const composes = await sim.requests({
      mutating: true,
      method: 'POST',
      pathPrefix: '/rest/server-profiles',
    });
    // One profile per node that ran: no spare was composed after a failed verify.
    expect(composes).toHaveLength(failed.length);
  }, 240_000);
});
