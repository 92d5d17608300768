import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import { DEMO_SPEED_FACTOR } from '../../simulator/state/durations.js';
import type { RegisterCommand } from './index.js';

/** The example repository shipped with Phoenix: what the demo converges unless told otherwise. */
const EXAMPLE_REPO = fileURLToPath(new URL('../../../example-repo/', import.meta.url));

export interface DemoOptions {
  readonly repo: string;
  readonly speed: string;
  readonly listen: string;
  readonly exit?: boolean;
}

/**
 * `phoenix demo`: the simulator with the synergy-demo preset, and example-repo committed into a throwaway Git
 * repository that `phoenix sync` follows with auto-apply, in one process: validate, plan, apply with live
 * progress, status, then the web dashboard until Ctrl+C. Simulated time runs faster than the wall clock, the
 * same for the simulated appliance and for Phoenix's own waits, so the run keeps realistic proportions.
 */
export const registerDemo: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('demo')
    .description(
      'converge a simulated Synergy site with example-repo through phoenix sync, then serve its dashboard',
    )
    .addOption(
      new Option('--repo <dir>', 'declarations to converge').default(
        EXAMPLE_REPO,
        'the bundled example-repo',
      ),
    )
    .option('--speed <factor>', 'simulated durations as a share of realistic ones', String(DEMO_SPEED_FACTOR))
    .option('--listen <host:port>', 'address of the dashboard and API (port 0: any free port)', '127.0.0.1:0')
    .option('--exit', 'stop once the site has converged instead of serving the dashboard')
    .action(async (options: DemoOptions) => {
      // The demo tells its own story (steps, live table, report): logs show only warnings and errors unless asked.
      const quiet =
        program.opts<{ logLevel?: string }>().logLevel === undefined &&
        (process.env['PHOENIX_LOG_LEVEL'] ?? '') === '';
      const { runDemo } = await import('../actions/demo.js');
      await runDemo(options, context({ logLevel: 'warn' }), quiet, setExitCode);
    });
};
