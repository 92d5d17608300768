/**
 * CLI start: wall time of `phoenix <command> --help` from the built CLI (dist/; run `npm run build` first), which
 * loads the modules a command needs and parses its options but does no work. Each command runs several times;
 * prints the median and the fastest run per command, less the fastest start of a bare `node -e 0` (Node's own
 * start is not Phoenix's), and, last, `slowest command start: X ms`. The target is judged on the fastest run of
 * each command: on a shared machine the other runs mostly measure the neighbours.
 *
 *   npx tsx bench/cli-start.ts [--runs N] [--cli path/to/main.js]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median, round, Verdict } from './support/figures.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    cli: { type: 'string', default: fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)) },
  },
});
const RUNS = Number(values.runs);
const TARGET_MS = 250;
const COMMANDS = ['validate', 'plan', 'apply', 'sync', 'status'];

function fastestRun(args: readonly string[]): { fastest: number; times: number[] } {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (result.status !== 0)
      throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  }
  return { fastest: Math.min(...times), times };
}

const node = fastestRun(['-e', '0']).fastest;
process.stdout.write(`bare node start: fastest ${round(node)} ms (subtracted below)\n`);
const verdict = new Verdict();
let slowest = 0;
for (const command of COMMANDS) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [values.cli, command, '--help'], { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (result.status !== 0)
      throw new Error(`${command} --help exited with ${result.status}: ${result.stderr}`);
  }
  const fastest = Math.min(...times);
  slowest = Math.max(slowest, fastest);
  process.stdout.write(
    `phoenix ${command} --help: median ${round(median(times))} ms, fastest ${round(fastest)} ms | ${verdict.atMost('fastest ms', fastest, TARGET_MS, 0.05)}\n`,
  );
}
process.stdout.write(`slowest command start: ${round(slowest)} ms (target <= ${TARGET_MS})\n`);
verdict.finish();
