import { spawnSync } from 'node:child_process';
import { growthExponent, round, Verdict } from './figures.js';

/**
 * Runs this benchmark file again in a fresh Node process (so each size starts with a clean heap and its own
 * resident set size) with the given arguments, and returns the JSON object it prints last.
 */
export function runChild<T>(file: string, args: readonly string[]): T {
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${file} ${args.join(' ')} exited with ${result.status}`);
  const lines = result.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as T;
}

/** What every size of a sweep reports: its size, its CPU time and the noise of its runs. */
export interface SweepFigures {
  readonly size: number;
  readonly cpuMs: number;
  readonly noise: number;
}

/**
 * Measures each size in its own child (`file --one SIZE [--runs N]`), prints one line per size with the checks
 * `check` makes against its targets, then the growth exponent of CPU time over size (target <= 1.1), and exits
 * non-zero when a figure missed its target by more than its noise.
 */
export function sweepSizes<T extends SweepFigures>(options: {
  readonly file: string;
  readonly sizes: readonly number[];
  readonly runs: string | undefined;
  readonly check: (figures: T, verdict: Verdict) => readonly string[];
  readonly describe: (figures: T) => string;
}): void {
  const verdict = new Verdict();
  const points: T[] = [];
  for (const size of options.sizes) {
    const figures = runChild<T>(options.file, [
      '--one',
      String(size),
      ...(options.runs ? ['--runs', options.runs] : []),
    ]);
    points.push(figures);
    const checks = options.check(figures, verdict);
    process.stdout.write(
      `${options.describe(figures)}${checks.length > 0 ? ` | ${checks.join('; ')}` : ''}\n`,
    );
  }
  if (points.length >= 2) {
    const exponent = growthExponent(points.map((p) => ({ size: p.size, ms: p.cpuMs })));
    const worstNoise = Math.max(...points.map((p) => p.noise));
    process.stdout.write(
      `growth exponent: ${round(exponent, 2)} (target <= 1.1, noise ${round(worstNoise * 100)} %)\n`,
    );
    verdict.atMost('growth exponent', exponent, 1.1, worstNoise);
  }
  verdict.finish();
}
