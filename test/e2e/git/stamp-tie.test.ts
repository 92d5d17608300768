import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../../support/e2e/built-cli.js';
import type { E2eSimulator } from '../../support/e2e/e2e-simulator.js';
import { startGitE2e, stopGitE2e, type GitSite } from './git-site.js';

interface WireProfile extends Record<string, unknown> {
  readonly uri: string;
  readonly name: string;
  readonly description: string;
  readonly inProgress: boolean;
}

describe('a fleet whose stamps tie between two revisions', () => {
  let sim: E2eSimulator;
  let site: GitSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startGitE2e());
  }, 180_000);

  afterAll(async () => {
    await stopGitE2e(sim, site);
  });

  async function profiles(): Promise<WireProfile[]> {
    const list = (await sim.oneview('GET', '/rest/server-profiles?count=-1')) as { members: WireProfile[] };
    return list.members.filter((p) => p.description.includes('phoenix:v1 site=dc1 '));
  }

  /** Rewrites each profile's stamp through the OneView API, as a rollout between two revisions leaves them. */
  async function restamp(stamps: ReadonlyMap<string, { rev: string; gen: number }>): Promise<void> {
    for (const profile of await profiles()) {
      const stamp = stamps.get(profile.name);
      if (stamp === undefined) continue;
      const description = profile.description.replace(/rev=\S+ gen=\S+/, `rev=${stamp.rev} gen=${stamp.gen}`);
      await sim.oneview('PUT', profile.uri, { ...profile, description });
    }
    for (let look = 0; look < 600; look += 1) {
      if ((await profiles()).every((p) => !p.inProgress)) return;
      await sim.advanceClock(1_000);
    }
    throw new Error('the profile updates did not finish');
  }

  it('phoenix rebuild and phoenix ledger recover choose the same revision', async () => {
    const applied = await runCli(['apply', '--repo', site.url, '--auto-approve'], env);
    expect(applied.code, applied.stderr).toBe(0);
    const second = await site.commit('An empty commit after A');

    // Half the nodes carry each revision (an odd one out votes for a third). The larger prefix built the higher generation, so a rule that breaks
    // the tie by generation and one that breaks it by the smaller prefix would disagree.
    const [low, high] = [site.first, second].sort();
    const names = (await profiles()).map((p) => p.name).sort();
    expect(names.length).toBeGreaterThanOrEqual(4);
    const half = Math.floor(names.length / 2);
    const stamps = new Map(
      names.map((name, i) => [
        name,
        i < half
          ? { rev: high!.slice(0, 12), gen: 2 }
          : i < 2 * half
            ? { rev: low!.slice(0, 12), gen: 1 }
            : { rev: '0'.repeat(12), gen: 1 },
      ]),
    );
    await restamp(stamps);

    await rm(site.stateDir, { recursive: true, force: true });
    const recover = await runCli(['--json', 'ledger', 'recover', '--repo', site.url], env);
    expect(recover.code, recover.stderr).toBe(0);
    const recovered = (JSON.parse(recover.stdout) as { lastAppliedRevision: string }).lastAppliedRevision;

    await rm(site.stateDir, { recursive: true, force: true });
    const rebuild = await runCli(['rebuild', '--repo', site.url, '--auto-approve'], env);
    expect(rebuild.code, rebuild.stderr).toBe(0);
    expect(rebuild.stdout).toContain('most profile stamps carry');
    const chosen = /Rebuild of ([0-9a-f]{40})/.exec(rebuild.stdout)?.[1];

    expect(chosen?.slice(0, 12)).toBe(recovered);
    expect(recovered).toBe(high!.slice(0, 12));
    expect(chosen).toBe(high);
  });
});
