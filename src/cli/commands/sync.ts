import { Option, type Command } from 'commander';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { parseDuration } from '../../declarations/parse-duration.js';
import { DEFAULT_SCHEDULE } from '../../daemon/loop/defaults.js';
import type { ListenAddress, ReplicationOptions, SiteSource } from '../../daemon/index.js';
import type { CommitPolicyFlags } from '../runtime/revisions/commit-policy-options.js';
import { phoenixVersion } from '../cli-version.js';
import type { RegisterCommand } from './index.js';
import { ALLOWED_SIGNERS_OPTION, TRUSTED_KEYS_OPTION, VERIFY_COMMITS_OPTION } from './option-values.js';

interface SyncOptions extends CommitPolicyFlags {
  readonly repo?: string;
  readonly branch: string;
  readonly path?: string;
  readonly schedule: string;
  readonly jitter: string;
  readonly listen: string;
  readonly autoApply?: boolean | string;
  readonly shutdownTimeout: string;
  readonly databaseUrl?: string;
  readonly site?: readonly string[];
  readonly replicaId?: string;
  readonly advertiseUrl?: string;
  readonly leaseTtl: string;
  readonly leaseRenew: string;
  readonly leaseMargin: string;
}

/** Replication when a database is named (option or PHOENIX_DATABASE_URL); undefined for the one process. */
function replicationOf(options: SyncOptions, env: NodeJS.ProcessEnv): ReplicationOptions | undefined {
  const databaseUrl = options.databaseUrl ?? secret(env['PHOENIX_DATABASE_URL']) ?? undefined;
  if (databaseUrl === undefined) return undefined;
  const replicaId = options.replicaId ?? secret(env['PHOENIX_REPLICA_ID']) ?? undefined;
  return {
    databaseUrl,
    ...(replicaId === undefined ? {} : { replicaId }),
    ...(options.advertiseUrl === undefined ? {} : { advertiseUrl: options.advertiseUrl }),
    timing: {
      ttlMs: duration('--lease-ttl', options.leaseTtl),
      renewMs: duration('--lease-renew', options.leaseRenew),
      marginMs: duration('--lease-margin', options.leaseMargin),
    },
  };
}

const SITE_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The sites of `--site NAME[=PATH]` (repeated) or PHOENIX_SITE (the same, comma-separated); undefined when none is
 * given. A site without a path has its declarations at `--path`.
 */
export function sitesOf(
  given: readonly string[] | undefined,
  env: NodeJS.ProcessEnv,
  path: string,
): SiteSource[] | undefined {
  const fromEnv = secret(env['PHOENIX_SITE']);
  const values =
    given !== undefined && given.length > 0
      ? given
      : fromEnv === null
        ? []
        : fromEnv
            .split(',')
            .map((v) => v.trim())
            .filter((v) => v !== '');
  if (values.length === 0) return undefined;
  return values.map((value) => {
    const at = value.indexOf('=');
    const name = (at < 0 ? value : value.slice(0, at)).trim();
    const sitePath =
      at < 0
        ? path
        : value
            .slice(at + 1)
            .trim()
            .replace(/^\.\/|\/+$/g, '');
    if (!SITE_NAME.test(name) || sitePath.split('/').includes('..'))
      throw new PhoenixError('CLI_INVALID_OPTION', {
        option: '--site',
        variable: 'PHOENIX_SITE',
        value,
        expected:
          'NAME or NAME=PATH: the name of a Site (a lowercase DNS label) and its declarations folder in the repository',
      });
    return { name, path: sitePath };
  });
}

/** `--auto-apply` given, or PHOENIX_AUTO_APPLY set to true/false (1/0, yes/no). */
function autoApplyOf(value: boolean | string | undefined): boolean {
  if (value === undefined || typeof value === 'boolean') return value ?? false;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off', ''].includes(v)) return false;
  throw new PhoenixError('CLI_INVALID_OPTION', {
    variable: 'PHOENIX_AUTO_APPLY',
    value,
    expected: 'true or false',
  });
}

/** Where `phoenix sync` listens unless told otherwise (the container image sets PHOENIX_LISTEN). */
export const DEFAULT_LISTEN = '127.0.0.1:8080';

/** `HOST:PORT`, `[v6]:PORT`, or `none` for no listener. */
export function parseListen(value: string): ListenAddress | null {
  if (value === 'none') return null;
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value);
  const port = Number(match?.[3]);
  if (match === null || port > 65_535) throw new PhoenixError('DAEMON_LISTEN_INVALID', { listen: value });
  return { host: match[1] ?? match[2] ?? '', port };
}

function duration(option: string, value: string): number {
  if (!/^(\d+(ms|s|m|h|d))+$/.test(value))
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option,
      value,
      expected: 'a duration like 30s or 5m',
    });
  return parseDuration(value);
}

function notifyUrls(raw: string | undefined): URL[] {
  const urls: URL[] = [];
  for (const part of (raw ?? '').split(',').map((s) => s.trim())) {
    if (part === '') continue;
    let url: URL | null = null;
    try {
      url = new URL(part);
    } catch {
      url = null;
    }
    if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:'))
      throw new PhoenixError('DAEMON_NOTIFY_URL_INVALID', { position: urls.length + 1 });
    urls.push(url);
  }
  return urls;
}

const secret = (value: string | undefined): string | null =>
  value === undefined || value.trim() === '' ? null : value.trim();

/**
 * `phoenix sync`: the daemon that keeps the site converged with its branch until SIGTERM or SIGINT, then stops
 * gracefully (running OneView tasks finish and are recorded) within the shutdown timeout.
 */
export const registerSync: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('sync')
    .description('keep the site converged with a branch: schedule, webhooks, HTTP API and metrics')
    .addOption(
      new Option('--repo <url>', 'repository URL or local repository directory (required)').env(
        'PHOENIX_REPO',
      ),
    )
    .addOption(new Option('--branch <branch>', 'branch to follow').env('PHOENIX_BRANCH').default('main'))
    .addOption(new Option('--path <subdir>', 'declarations root inside the repository').env('PHOENIX_PATH'))
    .addOption(
      new Option('--schedule <cron>', 'when to poll the branch and check for drift')
        .env('PHOENIX_SCHEDULE')
        .default(DEFAULT_SCHEDULE),
    )
    .addOption(
      new Option('--jitter <duration>', 'random delay added to each scheduled pass')
        .env('PHOENIX_JITTER')
        .default('10s'),
    )
    .addOption(
      new Option('--listen <host:port>', 'HTTP API and webhooks address, or none')
        .env('PHOENIX_LISTEN')
        .default(DEFAULT_LISTEN),
    )
    .option('--auto-apply', 'apply what the plan says (env PHOENIX_AUTO_APPLY=true; else report OutOfSync)')
    .addOption(
      new Option('--shutdown-timeout <duration>', 'how long SIGTERM waits for running OneView tasks')
        .env('PHOENIX_SHUTDOWN_TIMEOUT')
        .default('5m'),
    )
    .option(...VERIFY_COMMITS_OPTION)
    .option(...ALLOWED_SIGNERS_OPTION)
    .option(...TRUSTED_KEYS_OPTION)
    .option(
      '--database-url <url>',
      'run as one of several replicas sharing PostgreSQL (postgres://USER@HOST:PORT/DB; env PHOENIX_DATABASE_URL)',
    )
    .option(
      '--site <name[=path]>',
      'with --database-url: a Site the replicas serve, and its declarations folder (repeatable; env PHOENIX_SITE, comma-separated)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--replica-id <id>', "with --database-url: this replica's id (env PHOENIX_REPLICA_ID)")
    .option('--advertise-url <url>', 'with --database-url: where other replicas send write calls')
    .option('--lease-ttl <duration>', 'with --database-url: how long a lease lasts after a renewal', '15s')
    .option('--lease-renew <duration>', 'with --database-url: how often the lease is renewed or tried', '5s')
    .option(
      '--lease-margin <duration>',
      'with --database-url: no mutation is sent with less lease left than this',
      '3s',
    )
    .action(async (options: SyncOptions) => {
      const { globals, logger } = context();
      const repo = options.repo?.trim() ?? '';
      if (repo === '')
        throw new PhoenixError('CLI_INVALID_OPTION', {
          option: '--repo',
          variable: 'PHOENIX_REPO',
          problem: 'the repository to follow is missing: give --repo or set PHOENIX_REPO',
        });
      const autoApply = autoApplyOf(options.autoApply ?? process.env['PHOENIX_AUTO_APPLY']);
      // Loaded on use: the daemon's HTTP server, metrics and scheduler cost every other command nothing.
      const { cronSchedule, startSyncDaemon } = await import('../../daemon/index.js');
      const { loadCommitPolicy } = await import('../runtime/revisions/commit-policy-options.js');
      const { runtimeClock } = await import('../runtime/clocks/runtime-clock.js');
      const env = process.env;
      const shutdownTimeoutMs = duration('--shutdown-timeout', options.shutdownTimeout);
      const listen = parseListen(options.listen);
      const commitPolicy = await loadCommitPolicy(options, env);
      const replication = replicationOf(options, env);
      const sites = sitesOf(options.site, env, options.path ?? '');
      const schedule = cronSchedule(options.schedule, {
        jitterMs: duration('--jitter', options.jitter),
      });
      const daemon = await startSyncDaemon(
        {
          repo,
          branch: options.branch,
          path: options.path ?? '',
          ...(sites === undefined ? {} : { sites }),
          autoApply,
          listen,
          stateDir: globals.stateDir,
          env,
          secrets: {
            hmacSecret: secret(env['PHOENIX_WEBHOOK_SECRET']),
            gitlabToken: secret(env['PHOENIX_GITLAB_TOKEN']),
          },
          apiToken: secret(env['PHOENIX_API_TOKEN']),
          notifyUrls: notifyUrls(env['PHOENIX_NOTIFY_URLS']),
          commitPolicy,
          processMetrics: true,
          ...(replication === undefined ? {} : { replication }),
          version: phoenixVersion(),
        },
        { clock: runtimeClock(env), logger, schedule },
      );
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        process.once('SIGTERM', () => resolve('SIGTERM'));
        process.once('SIGINT', () => resolve('SIGINT'));
      });
      logger.info({ signal }, 'signal received');
      const second = (): void => {
        logger.warn('second signal: exiting now; the next start resumes from the ledger');
        process.exit(130);
      };
      process.once('SIGTERM', second);
      process.once('SIGINT', second);
      await daemon.stop(shutdownTimeoutMs);
      setExitCode(0);
    });
};
