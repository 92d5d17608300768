import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A command running in a real pseudo-terminal: a detached tmux session of a fixed size, read back as a screen. */
export interface TmuxPane {
  /** The whole scrollback and screen as text; with `escapes`, with the SGR sequences tmux keeps. */
  capture(options?: { escapes?: boolean }): Promise<string>;
  /** Waits until the command exits (bounded); returns its exit code. */
  exited(timeoutMs: number): Promise<number>;
  close(): Promise<void>;
}

const EXIT_MARK = '__phoenix_exit_';

/**
 * Starts `argv` in a new tmux session `width` x `height` with `env` (a clean terminal environment: TERM is
 * xterm-256color, colours follow what `env` says). The shell prints an exit marker and keeps the pane open.
 */
export async function startInTmux(
  argv: readonly string[],
  options: { width: number; height: number; env: Readonly<Record<string, string>>; cwd: string },
): Promise<TmuxPane> {
  const session = `phoenix-${randomUUID().slice(0, 8)}`;
  const quoted = argv.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const exports = Object.entries(options.env)
    .map(([k, v]) => `export ${k}='${v.replaceAll("'", "'\\''")}';`)
    .join(' ');
  const script = `cd '${options.cwd}'; ${exports} ${quoted}; echo ${EXIT_MARK}$?; sleep 3600`;
  await run('tmux', [
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    String(options.width),
    '-y',
    String(options.height),
    'env',
    '-i',
    `PATH=${process.env['PATH'] ?? '/usr/bin:/bin'}`,
    `HOME=${process.env['HOME'] ?? '/'}`,
    'TERM=xterm-256color',
    'bash',
    '--norc',
    '-c',
    script,
  ]);
  await run('tmux', ['set-option', '-t', session, 'history-limit', '50000']);
  const capture = async (opts: { escapes?: boolean } = {}): Promise<string> => {
    const args = ['capture-pane', '-p', '-J', '-t', session, '-S', '-'];
    if (opts.escapes === true) args.push('-e');
    return (await run('tmux', args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
  };
  return {
    capture,
    exited: async (timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = new RegExp(`${EXIT_MARK}(\\d+)`).exec(await capture());
        if (match !== null) return Number(match[1]);
        if (Date.now() > deadline) throw new Error(`the command in tmux did not exit within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    close: async () => {
      await run('tmux', ['kill-session', '-t', session]).catch(() => undefined);
    },
  };
}
