import { ensureBuilt, type CliEnv } from './built-cli.js';
import { E2eSimulator } from './e2e-simulator.js';
import { tempSite, type TempSite } from './temp-repo.js';

/** What an end-to-end suite works on: a simulator, a copy of example-repo, and the CLI's environment for both. */
export interface E2eSite {
  readonly sim: E2eSimulator;
  readonly site: TempSite;
  readonly env: CliEnv;
}

/** Builds the CLI if it is stale, starts a fast simulator and copies example-repo with a fresh state directory. */
export async function startE2eSite(): Promise<E2eSite> {
  await ensureBuilt();
  const sim = await E2eSimulator.start();
  const site = await tempSite();
  return { sim, site, env: sim.env(site.stateDir) };
}

/** Stops what startE2eSite started; either may be missing when the start failed half-way. */
export async function stopE2eSite(sim: E2eSimulator | undefined, site: TempSite | undefined): Promise<void> {
  await sim?.close();
  await site?.dispose();
}
