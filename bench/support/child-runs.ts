import { spawnSync } from 'node:child_process';

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
