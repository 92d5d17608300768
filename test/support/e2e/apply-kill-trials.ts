import { seededRandom } from '../seeded-random.js';
import { collect, spawnCli, type CliEnv } from './built-cli.js';
import type { E2eSimulator } from './e2e-simulator.js';

/** One trial's apply, as `prepare` sets it up. */
export interface KillTrialSetup {
  /** Names the trial in failure messages (a scenario). */
  readonly label: string;
  /** Requests a whole apply of this trial makes, measured beforehand: the kill lands inside them. */
  readonly span: number;
  readonly args: readonly string[];
  readonly env: CliEnv;
}

export interface KillTrialOptions {
  readonly sim: E2eSimulator;
  readonly kills: number;
  /** Seeds the kill points, so that every run kills at the same request numbers. */
  readonly seed: number;
  /** Makes the next apply do trial `trial`'s work (a scenario, a blank appliance, ...). */
  prepare(trial: number): Promise<KillTrialSetup>;
  /** Runs after each trial, killed or not: recovers and checks the appliance; `context` names the kill. */
  recover(context: string): Promise<void>;
}

/**
 * Applies killed with SIGKILL at seeded request numbers, each followed by `recover`, until `kills` applies were
 * killed (at most ten more trials: an apply that ends before its kill point does not count). The simulator kills
 * the CLI as it logs the chosen request, so no trial polls for its kill point. Returns the number killed.
 */
export async function applyKillTrials(options: KillTrialOptions): Promise<number> {
  const { sim, kills } = options;
  const random = seededRandom(options.seed);
  let killed = 0;
  for (let i = 0; killed < kills && i < kills + 10; i++) {
    const setup = await options.prepare(i);
    const start = await sim.lastSeq();
    const killAt = start + 1 + Math.floor(random() * setup.span * 0.9);
    const child = spawnCli(setup.args, setup.env);
    const exited = collect(child);
    let wasKilled = false;
    const cancel = sim.atRequest(killAt, () => (wasKilled = child.kill('SIGKILL')));
    await exited;
    cancel();
    if (wasKilled) killed += 1;
    await options.recover(`kill ${i} (${setup.label}) at request ${killAt - start} of ${setup.span}`);
  }
  return killed;
}
