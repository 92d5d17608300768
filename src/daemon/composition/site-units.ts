import { join } from 'node:path';
import { openRevisionSource } from '../../adapters/git/index.js';
import { openFileLedger } from '../../adapters/ledger-file/index.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type { Ledger } from '../../ports/ledger.js';
import type { RevisionSource } from '../../ports/revision-source.js';
import { fileSuspensions } from '../leadership/file-suspensions.js';
import type { Replica, SiteReplica } from '../leadership/replica.js';
import { DEFAULT_PASS_BACKOFF } from '../loop/backoff.js';
import type { Notifier } from '../loop/notifier.js';
import { SiteLoop } from '../loop/site-loop.js';
import type { DaemonMetrics } from '../status/daemon-metrics.js';
import { localStatus, type StatusContext } from '../status/status-view.js';
import { SiteConnection } from './site-connection.js';
import type { SiteSource, SyncDaemonDeps, SyncDaemonOptions } from './sync-daemon-types.js';

/** One site as the daemon serves it: its loop, its ledger, its appliance session and, on a replica, its lease. */
export interface SiteUnit {
  /** The Site's name; null for the one process's unnamed site (its declarations name it). */
  readonly name: string | null;
  readonly path: string;
  readonly loop: SiteLoop;
  readonly ledger: Ledger;
  readonly source: RevisionSource;
  readonly connection: SiteConnection;
  readonly replica: SiteReplica | null;
}

/** Environment variables that set one appliance connection for every site: refused when a replica serves several. */
const SINGLE_APPLIANCE_VARIABLES = [
  'OV_ADDRESS',
  'OV_USERNAME',
  'OV_PASSWORD',
  'OV_AUTH_DOMAIN',
  'OV_CA_FILE',
];

/** The sites to serve, checked: named on a replica, several only on a replica, no shared OV_* override. */
export function siteSources(options: SyncDaemonOptions): readonly { name: string | null; path: string }[] {
  const sites = options.sites ?? [];
  if (options.replication !== undefined && sites.length === 0)
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: '--site',
      variable: 'PHOENIX_SITE',
      problem: 'replicas sharing a database need the name of their Site: give --site or set PHOENIX_SITE',
    });
  if (sites.length === 0) return [{ name: null, path: options.path }];
  if (sites.length > 1 && options.replication === undefined)
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: '--site',
      variable: 'PHOENIX_SITE',
      problem:
        'several sites are served by replicas sharing a database (each site has its own lease and ledger there): give --database-url',
    });
  const names = new Set<string>();
  for (const site of sites) {
    if (names.has(site.name))
      throw new PhoenixError('CLI_INVALID_OPTION', {
        option: '--site',
        variable: 'PHOENIX_SITE',
        problem: `the site ${site.name} is given twice`,
      });
    names.add(site.name);
  }
  if (sites.length > 1) {
    const set = SINGLE_APPLIANCE_VARIABLES.find((name) => (options.env[name] ?? '').trim() !== '');
    if (set !== undefined)
      throw new PhoenixError('CLI_INVALID_OPTION', {
        option: '--site',
        variable: set,
        problem: `${set} would set the appliance connection of every site: with several sites, each Site declares its own (oneview.url, credentials naming variables of its own)`,
      });
  }
  return sites;
}

export interface SiteUnitContext {
  readonly options: SyncDaemonOptions;
  readonly deps: SyncDaemonDeps;
  readonly metrics: DaemonMetrics;
  readonly notifier: Notifier;
  readonly replica: Replica | null;
  readonly status: Omit<StatusContext, 'repository'>;
  /** Several sites: each keeps its Git cache in a folder of its own under the state directory. */
  readonly several: boolean;
}

/** Opens one site: its ledger (shared on a replica), Git source, appliance session and loop. */
export async function openSiteUnit(
  site: SiteSource | { name: null; path: string },
  c: SiteUnitContext,
): Promise<SiteUnit> {
  const { options, deps, metrics } = c;
  const { clock } = deps;
  const logger: Logger = site.name === null ? deps.logger : deps.logger.child({ site: site.name });
  const replica = c.replica === null || site.name === null ? null : await c.replica.site(site.name, clock);
  const ledger: Ledger =
    replica?.ledger ?? (await openFileLedger(options.stateDir, { logger: deps.logger, clock }));
  const connection = new SiteConnection({
    env: options.env,
    clock,
    logger: deps.logger,
    onRequest: (request) => metrics.onRequest(request),
    ...(replica === null ? {} : { beforeMutation: replica.guardMutation }),
  });
  try {
    const source = await openRevisionSource(options.repo, {
      stateDir:
        c.several && site.name !== null ? join(options.stateDir, 'sites', site.name) : options.stateDir,
      logger: deps.logger,
      env: options.env,
    });
    let viewWritten: Promise<void> = Promise.resolve();
    const loop: SiteLoop = await SiteLoop.open(
      {
        branch: options.branch,
        path: site.path,
        autoApply: options.autoApply,
        backoff: options.backoff ?? DEFAULT_PASS_BACKOFF,
        coalesceMs: options.coalesceMs ?? 1_000,
        coalesceQuietMs: options.coalesceQuietMs ?? 50,
        ...(site.name === null ? {} : { site: site.name }),
      },
      {
        clock,
        logger,
        metrics,
        source,
        connection,
        ledger,
        suspensions: replica?.suspensions ?? fileSuspensions(options.stateDir, deps.logger),
        notifier: c.notifier,
        ...(options.commitPolicy === undefined ? {} : { commitPolicy: options.commitPolicy }),
        ...(replica === null ? {} : { replica }),
        ...(deps.onApplyEvent === undefined ? {} : { onApplyEvent: deps.onApplyEvent }),
        // The leader shares what it shows, so that followers serve the same status and pending plan.
        ...(replica === null
          ? {}
          : {
              onPassFinished: () => {
                const view = localStatus(loop, ledger, { ...c.status, repository: source.description });
                const plan = loop.pendingPlan;
                viewWritten = viewWritten
                  .then(() => replica.writeView(view, plan))
                  .catch((error: unknown) => logger.warn({ err: error }, 'site view not shared'));
              },
            }),
      },
    );
    return { name: site.name, path: site.path, loop, ledger, source, connection, replica };
  } catch (error) {
    await connection.close();
    if (replica === null) await ledger.close();
    throw error;
  }
}
