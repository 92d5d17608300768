import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { DEMO_SPEED_FACTOR, parseSpeed } from '../../simulator/state/durations.js';
import { applyFlow } from '../runtime/apply-flow.js';
import { openLedger } from '../runtime/open-ledger.js';
import { planRevision } from '../runtime/plan-revision.js';
import { scaledClock } from '../runtime/scaled-clock.js';
import { openSiteAppliance, readRepo } from '../runtime/site-runtime.js';
import { renderStatusText } from '../views/ledger-text.js';
import type { RegisterCommand } from './index.js';

const EXAMPLE_REPO = fileURLToPath(new URL('../../../example-repo/', import.meta.url));

interface DemoOptions {
  readonly repo: string;
  readonly speed: string;
}

/**
 * `phoenix demo`: the simulator with the synergy-demo preset and example-repo in one process: validate, plan,
 * apply with live progress, status. Simulated time runs faster than the wall clock, the same for the simulated
 * appliance and for Phoenix's own waits, so the run keeps realistic proportions and takes about a minute.
 */
export const registerDemo: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('demo')
    .description('converge a simulated Synergy site with example-repo: validate, plan, apply, status')
    .addOption(
      new Option('--repo <dir>', 'declarations to converge').default(
        EXAMPLE_REPO,
        'the bundled example-repo',
      ),
    )
    .option('--speed <factor>', 'simulated durations as a share of realistic ones', String(DEMO_SPEED_FACTOR))
    .action(async (options: DemoOptions) => {
      const { logger, stdout } = context();
      const speed = parseSpeed(options.speed);
      if (typeof speed !== 'number')
        throw new PhoenixError('INTERNAL_INVALID_ARGUMENT', { option: '--speed', value: options.speed });
      const say = (text: string): void => void stdout.write(`${text}\n`);
      const { startSimulator } = await import('../../simulator/index.js');
      const simulator = await startSimulator({ preset: 'synergy-demo', speed, logger });
      const stateDir = await mkdtemp(join(tmpdir(), 'phoenix-demo-'));
      try {
        const env = {
          ...process.env,
          OV_ADDRESS: simulator.oneviewUrl,
          OV_USERNAME: simulator.username,
          OV_PASSWORD: simulator.password,
          OV_CA_FILE: simulator.caFile,
          CONSUL_HTTP_ADDR: simulator.consulUrl,
        };
        say(
          'Phoenix demo: a simulated HPE Synergy site (3 frames, 36 compute modules, Image Streamer, Consul)',
        );
        say(
          `OneView simulator at ${simulator.oneviewUrl}; simulated time runs ${Math.round(1 / speed)}x faster.\n`,
        );

        const { desired, revision, diagnostics } = await readRepo({ repo: options.repo });
        say(
          `1. Validate: site ${desired.site.name}, ${desired.plans.length} plans, ${desired.templates.length} profile templates (firmware baseline, BIOS, connections), ${desired.pools.length} pools, ${desired.nodes.length} nodes; ${diagnostics.length} warnings.\n`,
        );

        const clock = scaledClock(speed);
        const wallStart = Date.now();
        const appliance = await openSiteAppliance(desired.site, env, options.repo, logger, clock);
        const ledger = await openLedger(stateDir, logger);
        try {
          say('2. Plan and 3. Apply:\n');
          const plan = planRevision({
            desired,
            revision,
            observed: await appliance.readInventory(),
            ledger: ledger.readView(),
          });
          const report = await applyFlow(
            { plan, desired, command: 'apply', provenance: null, autoApprove: true, json: false, env },
            {
              appliance,
              ledger,
              clock,
              logger,
              stdout,
              stdin: process.stdin,
              live: process.stdout.isTTY === true,
            },
          );
          say(
            `Wall-clock time: ${((Date.now() - wallStart) / 1000).toFixed(0)}s; the times above are simulated.`,
          );
          say('\n4. Status:\n');
          stdout.write(renderStatusText(ledger.status()));
          setExitCode(report === null || report.outcome === 'applied' ? 0 : 1);
        } finally {
          await ledger.close();
          await appliance.close();
        }
      } finally {
        await simulator.close();
        await rm(stateDir, { recursive: true, force: true });
      }
    });
};
