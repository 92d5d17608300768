import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = join(ROOT, 'dist/cli/main.js');
export const EXAMPLE_REPO = join(ROOT, 'example-repo');

async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const file of await readdir(dir, { recursive: true })) {
    if (file.endsWith('.ts')) newest = Math.max(newest, statSync(join(dir, file)).mtimeMs);
  }
  return newest;
}

/**
 * Waits for a directory lock taken with mkdir (atomic), so that parallel test files build dist/ once. The lock is
 * named after this checkout, so that two checkouts on one machine do not wait for each other.
 */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const checkout = createHash('sha256').update(ROOT).digest('hex').slice(0, 12);
  const lock = join(tmpdir(), `phoenix-e2e-build-${checkout}.lock`);
  for (let attempt = 0; ; attempt++) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 180_000 || attempt > 1_800) await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** Where a failed build leaves the compiler's output, so that every test file waiting on it fails the same way. */
const BUILD_FAILED = join(ROOT, 'dist', '.build-failed');

/**
 * The state of dist/ against the sources: fresh, stale, or failed (the last build of these sources failed, and
 * why).
 */
async function buildState(): Promise<'fresh' | 'stale' | { readonly failed: string }> {
  const newest = await newestSource(join(ROOT, 'src'));
  if ((statSync(BUILD_FAILED, { throwIfNoEntry: false })?.mtimeMs ?? 0) >= newest)
    return { failed: await readFile(BUILD_FAILED, 'utf8') };
  return existsSync(CLI) && statSync(CLI).mtimeMs >= newest ? 'fresh' : 'stale';
}

/**
 * Builds dist/ when the CLI is missing or older than any source file (CI builds it in `pretest`). The one build
 * helper of the end-to-end tests: a compiler error fails every test that asked for the build, with the compiler's
 * output, rather than leaving it to run an older or half-built CLI.
 */
export async function ensureBuilt(): Promise<void> {
  const settled = (state: Awaited<ReturnType<typeof buildState>>): boolean => {
    if (typeof state === 'object') throw new Error(state.failed);
    return state === 'fresh';
  };
  if (settled(await buildState())) return;
  await withBuildLock(async () => {
    if (settled(await buildState())) return;
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    try {
      await run(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT });
      await rm(BUILD_FAILED, { force: true });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      const message = `tsc -p tsconfig.build.json failed:\n${`${stdout}${stderr}`.slice(0, 4_000)}`;
      await mkdir(dirname(BUILD_FAILED), { recursive: true });
      await writeFile(BUILD_FAILED, message);
      throw new Error(message, { cause: error });
    }
  });
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export type CliEnv = Readonly<Record<string, string>>;

/** Runs `phoenix <args>` from dist/ with only the given environment (plus PATH), and collects its output. */
export function runCli(args: readonly string[], env: CliEnv): Promise<CliResult> {
  const child = spawnCli(args, env);
  return collect(child);
}

/** Starts `phoenix <args>` without waiting, for tests that signal or kill it. */
export function spawnCli(args: readonly string[], env: CliEnv): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', PHOENIX_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The exit code (signal kills give 128 + number) and output of a child process. */
export function collect(child: ChildProcess): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ code: code ?? (signal === 'SIGKILL' ? 137 : 128), stdout, stderr });
    });
  });
}
