import type { ChildProcess } from 'node:child_process';
import { collect, spawnCli, type CliEnv, type CliResult } from '../e2e/built-cli.js';

/** `phoenix sync` from dist/, as an operator runs it, with the address its API listens on. */
export interface SyncProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it logged so far (JSON lines). */
  logs(): string;
  /** SIGTERM and wait for a graceful exit. */
  stop(): Promise<CliResult>;
}

/** Starts `phoenix sync <args> --listen 127.0.0.1:0` and waits for its "sync api listening" log line. */
export async function startSyncProcess(args: readonly string[], env: CliEnv): Promise<SyncProcess> {
  const child = spawnCli(['sync', ...args, '--listen', '127.0.0.1:0', '--log-format', 'json'], {
    PHOENIX_LOG_LEVEL: 'info',
    ...env,
  });
  const done = collect(child);
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`phoenix sync did not start listening:\n${stderr}`)),
      60_000,
    );
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
      for (const line of stderr.split('\n')) {
        if (!line.includes('"sync api listening"')) continue;
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`phoenix sync exited with ${code}:\n${stderr}`));
    });
  });
  return {
    url,
    child,
    logs: () => stderr,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return done;
    },
  };
}
