import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';

describe('phoenix apply with one appliance slot', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('boots each node straight after its compose, before the next compose starts', async () => {
    const since = await sim.lastSeq();
    const result = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--parallelism', '1'], env);
    expect(result.code, result.stderr).toBe(0);

    const state = await sim.state();
    const hardwareOf = new Map(state.profiles.map((p) => [p.name, p.serverHardwareUri]));
    // One slot: the profiles were created one at a time, in the order of their Create tasks.
    const composed = state.tasks
      .filter(
        (t) => t.name === 'Create' && t.associatedResource.resourceUri?.startsWith('/rest/server-profiles/'),
      )
      .sort((a, b) => a.created.localeCompare(b.created))
      .map((t) => hardwareOf.get(t.associatedResource.resourceName));
    const mutations = (await sim.mutations(since)).filter(
      (r) =>
        (r.method === 'POST' && r.path === '/rest/server-profiles') ||
        (r.method === 'PUT' && r.path.endsWith('/powerState')),
    );
    let creates = 0;
    const sequence = mutations.map((r) =>
      r.method === 'POST'
        ? `compose ${composed[creates++]}`
        : `power ${r.path.slice(0, -'/powerState'.length)}`,
    );
    expect(creates).toBe(13);
    const misplaced = sequence.flatMap((entry, i) =>
      entry.startsWith('compose ') && sequence[i + 1] !== `power ${entry.slice('compose '.length)}`
        ? [`${entry} followed by ${sequence[i + 1] ?? 'nothing'}`]
        : [],
    );
    expect(misplaced).toEqual([]);
  });
});
