import { Option, type Command } from 'commander';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { CliContext, RegisterCommand } from './index.js';

/** Where the daemon's API is unless --daemon or PHOENIX_DAEMON_URL says otherwise. */
export const DEFAULT_DAEMON_URL = 'http://127.0.0.1:8080';

interface ControlOptions {
  readonly daemon: string;
}

/**
 * One call to a running `phoenix sync`: the API token comes from PHOENIX_API_TOKEN and is never printed. Returns
 * the parsed JSON body; a refusal or no answer is an error that says which.
 */
export async function callDaemon(
  base: string,
  method: 'GET' | 'POST',
  route: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(route, base.endsWith('/') ? base : `${base}/`);
  } catch {
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: '--daemon',
      value: base,
      expected: 'an http(s) URL',
    });
  }
  const token = env['PHOENIX_API_TOKEN']?.trim();
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: token === undefined || token === '' ? {} : { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new PhoenixError('DAEMON_UNREACHABLE', { daemon: url.origin, cause: (error as Error).name });
  }
  const text = await response.text();
  const body = text === '' ? null : (JSON.parse(text) as unknown);
  if (!response.ok)
    throw new PhoenixError('DAEMON_REQUEST_REFUSED', {
      daemon: url.origin,
      route,
      status: response.status,
      ...(body !== null && typeof body === 'object' && 'error' in body ? { error: body.error } : {}),
    });
  return body;
}

const daemonOption = (): Option =>
  new Option('--daemon <url>', 'the sync daemon API').env('PHOENIX_DAEMON_URL').default(DEFAULT_DAEMON_URL);

function say(context: CliContext, json: unknown, text: string): void {
  context.stdout.write(context.globals.json ? `${JSON.stringify(json, null, 2)}\n` : `${text}\n`);
}

/**
 * `phoenix suspend`, `phoenix resume` and `phoenix reconcile`: the write calls of a running daemon's API from the
 * command line (the token from PHOENIX_API_TOKEN), as `flux suspend` and friends are for Flux.
 */
export const registerDaemonControl: RegisterCommand = (program: Command, context) => {
  program
    .command('suspend')
    .description('suspend a running sync daemon: no pass applies anything until resume (outlives restarts)')
    .addOption(daemonOption())
    .action(async (options: ControlOptions) => {
      const body = await callDaemon(options.daemon, 'POST', 'api/v1/suspend', process.env);
      say(context(), body, 'Suspended: no pass applies anything until phoenix resume.');
    });
  program
    .command('resume')
    .description('resume a suspended sync daemon; a pass starts at once')
    .addOption(daemonOption())
    .action(async (options: ControlOptions) => {
      const body = await callDaemon(options.daemon, 'POST', 'api/v1/resume', process.env);
      say(context(), body, 'Resumed.');
    });
  program
    .command('reconcile')
    .description('ask a running sync daemon for a pass now')
    .addOption(daemonOption())
    .action(async (options: ControlOptions) => {
      const body = await callDaemon(options.daemon, 'POST', 'api/v1/reconcile', process.env);
      say(context(), body, 'A pass is queued; phoenix status or the daemon API tells how it ends.');
    });
};
