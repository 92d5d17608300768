import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convergenceProblems } from '../support/e2e/appliance-invariants.js';
import { applyKillTrials } from '../support/e2e/apply-kill-trials.js';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';
import {
  declareRockyPool,
  ROCKY_NODES as NODES,
  ROOT_HASH,
  serveInstallImage,
  stopInstallImage,
  useInstallImage,
} from '../support/e2e/install-image.js';
import type { TempSite } from '../support/e2e/temp-repo.js';

const KILLS = 10;
const SEED = 0x1105;

describe('virtual-media applies killed with SIGKILL at seeded moments', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;
  let images: Server;
  let span = 0;
  const image = randomBytes(64 * 1024);

  const apply = (): ReturnType<typeof runCli> =>
    runCli(['apply', '--repo', site.repo, '--auto-approve', '--json'], env);
  /** A blank start: the seed appliance and a fresh ledger. */
  const fresh = async (): Promise<void> => {
    await sim.reset();
    env = { ...env, PHOENIX_STATE_DIR: site.freshState() };
  };

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    // Phoenix reads this test's image server and checks the image's sha256 in every trial.
    env = { ...env, ROCKY_ROOT_PASSWORD_HASH: ROOT_HASH, PHOENIX_IMAGE_CHECK: 'on' };
    images = await serveInstallImage(image);
    await declareRockyPool(site);
    await useInstallImage(site, images, image);
    await fresh();
    const since = await sim.lastSeq();
    const result = await apply();
    expect(result.code, result.stderr).toBe(0);
    span = (await sim.lastSeq()) - since;
  }, 180_000);

  afterAll(async () => {
    await stopInstallImage(images);
    await stopE2eSite(sim, site);
  });

  it(`converges after each of ${KILLS} kills: no duplicate profile, no media left inserted, no leaked hardware`, async () => {
    const killed = await applyKillTrials({
      sim,
      kills: KILLS,
      seed: SEED,
      prepare: async () => {
        await fresh();
        return { label: 'create', span, args: ['apply', '--repo', site.repo, '--auto-approve'], env };
      },
      recover: async (context) => {
        const recovery = await apply();
        expect(recovery.code, `${context}: ${recovery.stderr}`).toBe(0);
        const state = await sim.state();
        expect(convergenceProblems(state, await sim.consulNodes(), NODES), context).toEqual([]);
        const ilos = JSON.stringify((state as unknown as { ilos: unknown }).ilos);
        expect(ilos, context).not.toMatch(/"inserted":true/);
      },
    });
    expect(killed).toBe(KILLS);
  }, 400_000);
});
