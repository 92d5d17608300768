import { Option, type Command } from 'commander';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { RegisterCommand } from './index.js';
import { DEFAULT_LISTEN, parseListen } from './sync.js';

/** The address to ask for a daemon listening on `listen`: a wildcard address is asked on loopback. */
export function healthUrl(listen: string): URL {
  const address = parseListen(listen);
  if (address === null)
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: '--listen',
      value: listen,
      problem: 'a daemon that does not listen cannot be checked',
    });
  const host =
    address.host === '0.0.0.0' ? '127.0.0.1' : address.host === '::' ? '[::1]' : hostForUrl(address.host);
  return new URL(`http://${host}:${address.port}/healthz`);
}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * `phoenix healthcheck`: exits 0 when the daemon at the listen address answers /healthz, 1 otherwise. The
 * container image's health check, so that it follows PHOENIX_LISTEN instead of a fixed port.
 */
export const registerHealthcheck: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('healthcheck')
    .description('exit 0 when the sync daemon at the listen address is healthy (the container health check)')
    .addOption(
      new Option('--listen <host:port>', 'the address the daemon listens on')
        .env('PHOENIX_LISTEN')
        .default(DEFAULT_LISTEN),
    )
    .option('--timeout <ms>', 'how long to wait for the answer', '4000')
    .action(async (options: { listen: string; timeout: string }) => {
      const { stdout } = context();
      const url = healthUrl(options.listen);
      const timeout = Number(options.timeout);
      try {
        const response = await fetch(url, {
          signal: AbortSignal.timeout(Number.isFinite(timeout) && timeout > 0 ? timeout : 4000),
        });
        stdout.write(`${url.href}: ${response.status}\n`);
        setExitCode(response.ok ? 0 : 1);
      } catch (error) {
        stdout.write(`${url.href}: no answer (${(error as Error).name})\n`);
        setExitCode(1);
      }
    });
};
