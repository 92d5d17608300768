import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Waits for a directory lock taken with mkdir (atomic), so parallel test files build dist/ once. */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), 'phoenix-e2e-build.lock');
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

/** Builds dist/ when the CLI is missing or older than any source file (CI builds it in `pretest`). */
export async function ensureBuilt(): Promise<void> {
  const isFresh = async (): Promise<boolean> =>
    existsSync(CLI) && statSync(CLI).mtimeMs >= (await newestSource(join(ROOT, 'src')));
  if (await isFresh()) return;
  await withBuildLock(async () => {
    if (await isFresh()) return;
    // Type errors in files under work elsewhere still emit JavaScript; a broken CLI fails the tests instead.
    await run(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: ROOT,
      },
    ).catch(() => undefined);
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
