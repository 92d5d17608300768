import { Replica } from '../leadership/replica.js';
import { Notifier } from '../loop/notifier.js';
import type { TriggerKind } from '../reconcile-pass.js';
import type { DaemonServer } from '../server/start-server.js';
import { DaemonMetrics } from '../status/daemon-metrics.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { ownStatus, serveSites } from './serve-sites.js';
import { openSiteUnit, siteSources, type SiteUnit } from './site-units.js';
import type { SyncDaemon, SyncDaemonDeps, SyncDaemonOptions } from './sync-daemon-types.js';

/**
 * Starts `phoenix sync`: the ledger (one writer per state directory, or the replicas' database), a loop per site,
 * the API, the schedule and a first pass. On a replica, each site's lease decides which replica runs its passes.
 */
export async function startSyncDaemon(options: SyncDaemonOptions, deps: SyncDaemonDeps): Promise<SyncDaemon> {
  const { clock, logger } = deps;
  const version = options.version ?? 'unknown';
  const sources = siteSources(options);
  const metrics = new DaemonMetrics({ processMetrics: options.processMetrics ?? false, version });
  const replica =
    options.replication === undefined
      ? null
      : await Replica.open(options.replication, { env: options.env, logger, metrics });
  const units: SiteUnit[] = [];
  let server: DaemonServer | null = null;
  const notifier = new Notifier(options.notifyUrls, logger);
  const context = { version, branch: options.branch, autoApply: options.autoApply };
  try {
    for (const site of sources)
      units.push(
        await openSiteUnit(site, {
          options,
          deps,
          metrics,
          notifier,
          replica,
          status: context,
          several: sources.length > 1,
        }),
      );
    const first = units[0]!;
    let stopping = false;
    let started = false;

    const trigger = (kind: TriggerKind): boolean => {
      if (stopping) return false;
      return units.map((unit) => unit.loop.trigger(kind)).every(Boolean);
    };
    /** A verified push: the sites this replica leads run a pass; their leaders are asked to for the others. */
    const onPush = (): boolean => {
      if (stopping) return false;
      for (const unit of units) {
        const site = unit.replica;
        if (site === null || site.isLeader) unit.loop.trigger('webhook');
        else
          site.nudge().catch((error: unknown) => {
            logger.warn({ site: site.site, err: error }, 'webhook not passed on to the leader of the site');
          });
      }
      return true;
    };

    if (options.listen !== null)
      server = await serveSites(units, {
        listen: options.listen,
        secrets: options.secrets,
        apiToken: options.apiToken,
        context,
        replicated: replica !== null,
        isReady: () => started && !stopping,
        isStopping: () => stopping,
        onPush,
        metrics,
        clock,
        logger,
      });
    const url = server?.url ?? null;

    if (replica !== null) {
      const address = replica.advertisedAddress(url);
      for (const unit of units)
        unit.replica?.begin(address, {
          onLeading: () => unit.loop.trigger('leadership'),
          onFollowing: () => undefined,
          onNudge: () => unit.loop.trigger('webhook'),
        });
    }
    deps.schedule.start(() => trigger('schedule'));
    started = true;
    logger.info(
      {
        version,
        repository: first.source.description,
        branch: options.branch,
        path: options.path,
        ...(options.sites === undefined ? {} : { sites: options.sites }),
        autoApply: options.autoApply,
      },
      'sync daemon started',
    );
    trigger('start');

    const stop = async (timeoutMs: number): Promise<void> => {
      if (stopping) return;
      stopping = true;
      logger.info({ timeoutMs }, 'sync daemon stopping: no new pass; running OneView tasks are let finish');
      await deps.schedule.stop();
      for (const unit of units) unit.loop.stop();
      let timer: NodeJS.Timeout | undefined;
      const drained = await Promise.race([
        Promise.all(units.map((unit) => unit.loop.drain())).then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      for (const unit of units) unit.loop.close();
      await server?.app.close();
      await notifier.flush();
      if (!drained) {
        logger.error(
          { timeoutMs },
          'shutdown timeout: exiting with work in flight; the next start resumes it',
        );
        throw new PhoenixError('DAEMON_SHUTDOWN_TIMEOUT', { timeoutMs });
      }
      await closeUnits(units, replica);
      logger.info('sync daemon stopped');
    };

    return {
      url,
      metrics,
      get passCount() {
        return units.reduce((sum, unit) => sum + unit.loop.passCount, 0);
      },
      status: () => ownStatus(first, context),
      trigger,
      idle: async () => {
        await Promise.all(units.map((unit) => unit.loop.idle()));
      },
      stop,
    };
  } catch (error) {
    await server?.app.close();
    await closeUnits(units, replica);
    throw error;
  }
}

/** Closes the ledgers and appliance sessions; a replica gives its leases up and closes the database. */
async function closeUnits(units: readonly SiteUnit[], replica: Replica | null): Promise<void> {
  for (const unit of units) {
    if (unit.replica === null) await unit.ledger.close();
  }
  await replica?.close();
  for (const unit of units) await unit.connection.close();
}
