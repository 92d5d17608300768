/**
 * Soak benchmark of `phoenix sync`: the daemon converges example-repo's docker pool, grown to 40 nodes, on a
 * generated 2,000-server simulator (167 frames x 12 bays), then runs 1,000 no-op passes, each triggered like a scheduled one. Prints one JSON object:
 * RSS and heap at the start and end of the no-op passes (after a forced GC when node runs with --expose-gc), and
 * the requests per pass: Git (the ref check) and OneView (the inventory snapshot), against what a snapshot needs,
 * ceil(members / pageSize) GETs per collection.
 *
 *   node --expose-gc --import tsx bench/soak.ts [--passes 1000] [--frames 167] [--bays 12]
 *
 * The simulator runs in this process, so RSS counts it too; its request log is cleared every 100 passes.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { scaledClock } from '../src/cli/runtime/scaled-clock.js';
import { manualSchedule, startSyncDaemon } from '../src/daemon/index.js';
import { createSilentLogger } from '../src/logging/create-logger.js';
import { startSimulator } from '../src/simulator/index.js';
import { createBareRepository, WorkRepository } from '../test/support/git-cli.js';
import { startGitHttpServer } from '../test/support/git-http-server.js';

const { values: args } = parseArgs({
  options: {
    passes: { type: 'string', default: '1000' },
    frames: { type: 'string', default: '167' },
    bays: { type: 'string', default: '12' },
  },
});
const passes = Number(args.passes);
const PAGE_SIZE = 500;
const EXAMPLE_REPO = fileURLToPath(new URL('../example-repo/', import.meta.url));

const gc = (globalThis as { gc?: () => void }).gc;
const memory = (): { rssMb: number; heapUsedMb: number } => {
  gc?.();
  const usage = process.memoryUsage();
  return { rssMb: +(usage.rss / 2 ** 20).toFixed(1), heapUsedMb: +(usage.heapUsed / 2 ** 20).toFixed(1) };
};

const root = await mkdtemp(path.join(tmpdir(), 'phoenix-soak-'));
const sim = await startSimulator({
  preset: { frames: Number(args.frames), bays: Number(args.bays) },
  speed: 'fast',
});
const server = await startGitHttpServer({ root: path.join(root, 'served') });
try {
  const bare = await createBareRepository(path.join(root, 'served'), 'site.git');
  const work = await WorkRepository.create(path.join(root, 'work'));
  await cp(EXAMPLE_REPO, work.directory, { recursive: true });
  const siteFile = path.join(work.directory, 'site.yaml');
  const doc = parseDocument(await readFile(siteFile, 'utf8'));
  doc.deleteIn(['spec', 'maintenanceWindows']);
  await writeFile(siteFile, doc.toString());
  // The pets pin bays of the demo frames, which a generated site does not have; the pools that depend on them
  // go with them. The docker pool grows to 40 nodes instead.
  const pool = path.join(work.directory, 'pools/docker-hosts.yaml');
  const docker = parseDocument(await readFile(pool, 'utf8'));
  docker.setIn(['spec', 'replicas'], 40);
  await writeFile(pool, docker.toString());
  await work.commit(
    { nodes: null, 'pools/k8s-workers.yaml': null, 'pools/openstack-compute.yaml': null },
    'docker hosts on a generated site',
  );
  await work.pushTo(bare);

  const schedule = manualSchedule();
  const stateDir = path.join(root, 'state');
  const daemon = await startSyncDaemon(
    {
      repo: server.repoUrl('site.git'),
      branch: 'main',
      path: '',
      autoApply: true,
      listen: null,
      stateDir,
      env: {
        OV_ADDRESS: sim.oneviewUrl,
        OV_USERNAME: sim.username,
        OV_PASSWORD: sim.password,
        OV_CA_FILE: sim.caFile,
        CONSUL_HTTP_ADDR: sim.consulUrl,
      },
      secrets: { hmacSecret: null, gitlabToken: null },
      apiToken: null,
      notifyUrls: [],
      coalesceMs: 0,
    },
    { clock: scaledClock(0.01), logger: createSilentLogger(), schedule },
  );
  const oneviewRequests = async (): Promise<number> => {
    const metric = await daemon.metrics.registry.getSingleMetric('phoenix_oneview_requests_total')?.get();
    return (metric?.values ?? []).reduce((sum, v) => sum + v.value, 0);
  };
  const simControl = (method: string, route: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const req = request(
        `${sim.controlUrl}${route}`,
        { method, ca: sim.caCertPem, headers: { authorization: `Bearer ${sim.controlToken}` } },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end();
    });
  const clearSimLog = (): Promise<string> => simControl('DELETE', '/requests');
  try {
    await daemon.idle();
    const converged = daemon.status().lastPass?.result;
    // Warm-up: JIT, connection pools, caches.
    for (let i = 0; i < 20; i++) {
      schedule.tick();
      await daemon.idle();
    }
    server.clearRequests();
    let gitRequests = 0;
    const oneviewBefore = await oneviewRequests();
    const start = memory();
    const results: Record<string, number> = {};
    const started = performance.now();
    for (let i = 0; i < passes; i++) {
      schedule.tick();
      await daemon.idle();
      const result = daemon.status().lastPass?.result ?? 'none';
      results[result] = (results[result] ?? 0) + 1;
      if (i % 100 === 99) {
        gitRequests += server.requests.length;
        server.clearRequests();
        await clearSimLog();
      }
    }
    const elapsedMs = performance.now() - started;
    const end = memory();
    const oneviewPerPass = ((await oneviewRequests()) - oneviewBefore) / passes;
    gitRequests += server.requests.length;
    if (process.env['SOAK_DEBUG'] === '1') {
      await clearSimLog();
      schedule.tick();
      await daemon.idle();
      const log = JSON.parse(await simControl('GET', '/requests')) as {
        requests: { method: string; path: string; query: string }[];
      };
      process.stderr.write(`${log.requests.map((r) => `${r.method} ${r.path}?${r.query}`).join('\n')}\n`);
      process.stderr.write(
        `${JSON.stringify(daemon.status().nodes.filter((n) => n.pendingAction !== 'noop'))}\n`,
      );
    }
    const status = daemon.status();
    const snapshot = {
      hardware: Number(args.frames) * Number(args.bays),
      enclosures: Number(args.frames),
    };
    // Collections a snapshot reads: hardware and enclosures scale with the site; the others fit one page each.
    const snapshotGets =
      Math.ceil(snapshot.hardware / PAGE_SIZE) + Math.ceil(snapshot.enclosures / PAGE_SIZE) + 7;
    process.stdout.write(
      `${JSON.stringify(
        {
          benchmark: 'soak',
          servers: snapshot.hardware,
          nodes: status.nodes.length,
          firstPass: converged,
          passes,
          results,
          rssStartMb: start.rssMb,
          rssEndMb: end.rssMb,
          rssGrowthMb: +(end.rssMb - start.rssMb).toFixed(1),
          heapStartMb: start.heapUsedMb,
          heapEndMb: end.heapUsedMb,
          forcedGc: gc !== undefined,
          oneviewRequestsPerPass: +oneviewPerPass.toFixed(2),
          snapshotGetsNeeded: snapshotGets,
          gitRequestsPerPass: +(gitRequests / passes).toFixed(2),
          msPerPass: +(elapsedMs / passes).toFixed(1),
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await daemon.stop(60_000);
  }
} finally {
  await server.close();
  await sim.close();
  await rm(root, { recursive: true, force: true });
}
