import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitDirectory } from '../../adapters/git/index.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { DaemonStatus } from '../../daemon/index.js';
import { parseSpeed } from '../../simulator/state/durations.js';
import { EMPTY_LEDGER_VIEW } from '../../core/ledger/ledger-view.js';
import { PLAN_WHOLE_REVISION } from '../../engine/reconcile/reconcile-policy.js';
import { reconcileRevision } from '../../engine/reconcile/reconcile-revision.js';
import { fixedBaseline } from '../../engine/reconcile/revision/revision-baselines.js';
import { scaledClock } from '../runtime/clocks/scaled-clock.js';
import { readRepo } from '../runtime/revisions/read-working-tree.js';
import { openSiteAppliance } from '../runtime/wiring/site-runtime.js';
import { ApplyProgressView } from '../views/apply-progress.js';
import { renderApplyReportText } from '../views/apply-report-text.js';
import { formatDuration } from '../views/format-duration.js';
import { renderPlanText } from '../views/plan/plan-text.js';
import type { DemoOptions } from '../commands/demo.js';
import type { CliContext } from '../commands/index.js';
import { parseListen } from '../commands/sync.js';

/** The image host example-repo's virtual-media plan names; the demo serves its images from the simulator. */
const SITE_IMAGE_HOST = /\bhttps?:\/\/images\.dc1\.example\.org(?=\/)/g;

/**
 * Copies the declarations to `to` with the site's image host replaced by the simulator's, so that Phoenix reads
 * and checks the install image where the simulated iLOs read it.
 */
async function copyWithImageHost(from: string, to: string, imagesUrl: string): Promise<void> {
  await cp(from, to, { recursive: true, filter: (source) => !/[\\/]\.git$/.test(source) });
  for (const entry of await readdir(to, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    if (SITE_IMAGE_HOST.test(text)) await writeFile(file, text.replace(SITE_IMAGE_HOST, imagesUrl));
    SITE_IMAGE_HOST.lastIndex = 0;
  }
}

/** A SHA-512 crypt string no password is known for: the demo's kickstart secret, so its nodes take no root login. */
function lockedPasswordHash(): string {
  const crypt = (bytes: number, length: number): string =>
    randomBytes(bytes).toString('base64url').replace(/-/g, '.').replace(/_/g, '/').slice(0, length);
  return `$6$${crypt(12, 16)}$${crypt(66, 86)}`;
}

function renderDaemonStatus(status: DaemonStatus): string {
  const counts: Record<string, number> = {};
  for (const node of status.nodes) counts[node.state] = (counts[node.state] ?? 0) + 1;
  const ready = status.conditions.find((c) => c.type === 'Ready');
  return [
    `Site ${status.site ?? '?'}: Ready ${ready?.status ?? '?'} (${ready?.reason ?? '?'})`,
    `Applied revision: ${status.lastAppliedRevision?.slice(0, 12) ?? 'none'}`,
    `Nodes: ${Object.entries(counts)
      .map(([state, n]) => `${n} ${state}`)
      .join(', ')}`,
    '',
  ].join('\n');
}

/** `phoenix demo`: the simulator, a throwaway repository of the declarations, and `phoenix sync` following it. */
export async function runDemo(
  options: DemoOptions,
  { logger, stdout, display }: CliContext,
  quiet: boolean,
  setExitCode: (code: number) => void,
): Promise<void> {
  const speed = parseSpeed(options.speed);
  if (typeof speed !== 'number')
    throw new PhoenixError('CLI_INVALID_OPTION', { option: '--speed', value: options.speed });
  const listen = parseListen(options.listen) ?? { host: '127.0.0.1', port: 0 };
  const say = (text: string): void => void stdout.write(`${text}\n`);
  const { startSimulator } = await import('../../simulator/index.js');
  const { manualSchedule, startSyncDaemon } = await import('../../daemon/index.js');
  const simulator = await startSimulator({ preset: 'synergy-demo', speed, logger });
  const workDir = await mkdtemp(join(tmpdir(), 'phoenix-demo-'));
  try {
    const env = {
      ...process.env,
      OV_ADDRESS: simulator.oneviewUrl,
      OV_USERNAME: simulator.username,
      OV_PASSWORD: simulator.password,
      OV_CA_FILE: simulator.caFile,
      CONSUL_HTTP_ADDR: simulator.consulUrl,
      ROCKY_ROOT_PASSWORD_HASH: process.env['ROCKY_ROOT_PASSWORD_HASH'] ?? lockedPasswordHash(),
    };
    say(
      'Phoenix demo: a simulated HPE Synergy site (3 frames, 36 compute modules with their iLOs, Image Streamer, an image host, Consul)',
    );
    say(
      `OneView simulator at ${simulator.oneviewUrl}; simulated time runs ${Math.round(1 / speed)}x faster.`,
    );
    say(quiet ? 'Logs: warnings and errors only (--log-level info shows each step).\n' : '');

    const { desired, diagnostics } = await readRepo({ repo: options.repo });
    say(
      `1. Validate: site ${desired.site.name}, ${desired.plans.length} plans, ${desired.templates.length} profile templates, ${desired.pools.length} pools, ${desired.nodes.length} nodes; ${diagnostics.length} warnings.\n`,
    );
    const repository = join(workDir, 'repo');
    const declarations = join(workDir, 'declarations');
    await copyWithImageHost(options.repo, declarations, simulator.imagesUrl);
    const revision = await commitDirectory(declarations, repository, {
      message: 'Declare the demo site',
      author: { name: 'Phoenix demo', email: 'demo@phoenix.invalid' },
    });

    const clock = scaledClock(speed);
    const appliance = await openSiteAppliance(desired.site, env, logger, clock);
    try {
      say('2. Plan:\n');
      const { plan } = await reconcileRevision(
        {
          revision: { desired, revision, provenance: null, baseline: fixedBaseline(null, null) },
          policy: PLAN_WHOLE_REVISION,
          command: 'apply',
        },
        { inventory: appliance, ledger: { readView: () => EMPTY_LEDGER_VIEW }, clock, logger },
      );
      stdout.write(renderPlanText(plan, { color: display.color }));
    } finally {
      await appliance.close();
    }

    const progress = await ApplyProgressView.open(stdout, { ...display, now: () => clock.now() });
    const wallStart = Date.now();
    const daemon = await startSyncDaemon(
      {
        repo: repository,
        branch: 'main',
        path: '',
        autoApply: true,
        listen,
        stateDir: join(workDir, 'state'),
        env,
        secrets: { hmacSecret: null, gitlabToken: null },
        apiToken: process.env['PHOENIX_API_TOKEN']?.trim() || null,
        notifyUrls: [],
        coalesceMs: 0,
      },
      {
        clock,
        logger,
        schedule: manualSchedule(),
        onApplyEvent: (event) => {
          progress.onEvent(event);
          // The same report as `phoenix apply` prints once the run is over.
          if (event.type === 'run-finished') stdout.write(renderApplyReportText(event.report));
        },
      },
    );
    // Ctrl+C stops the demo at any point; a running apply lets its OneView tasks finish first.
    const signalled = new Promise<'signal'>((resolve) => {
      process.once('SIGINT', () => resolve('signal'));
      process.once('SIGTERM', () => resolve('signal'));
    });
    try {
      say(`\nDashboard: ${daemon.url ?? '(no listener)'}/ui/ — open it to watch the apply live.\n`);
      say('3. Apply (phoenix sync with auto-apply):\n');
      if ((await Promise.race([daemon.idle().then(() => 'idle' as const), signalled])) === 'signal') {
        setExitCode(130);
        return;
      }
      say(
        `\nWall-clock time: ${formatDuration(Date.now() - wallStart)}; the durations above are in simulated time, which ran ${Math.round(1 / speed)}x faster.`,
      );
      say('\n4. Status:\n');
      const status = daemon.status();
      stdout.write(renderDaemonStatus(status));
      setExitCode(status.lastPass?.result === 'applied' || status.lastPass?.result === 'in-sync' ? 0 : 1);
      if (options.exit !== true) {
        say(`\nDashboard: ${daemon.url ?? '(no listener)'}/ui/ — press Ctrl+C to stop.`);
        await signalled;
      }
    } finally {
      await daemon.stop(60_000);
    }
  } finally {
    await simulator.close();
    await rm(workDir, { recursive: true, force: true });
  }
}
