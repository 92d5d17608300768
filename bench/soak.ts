/**
 * Soak benchmark of `phoenix sync`: the daemon converges example-repo's docker pool, grown to 40 nodes, on a
 * generated 2,000-server simulator (167 frames x 12 bays), then runs 1,000 no-op passes, each triggered like a
 * scheduled one. Prints one JSON object: the daemon's RSS and heap at the start and end of the no-op passes
 * (after a forced GC when node runs with --expose-gc), their least-squares trend over the samples, and the
 * requests per pass: Git (the ref check) and OneView (the inventory snapshot), against what a snapshot needs,
 * ceil(members / pageSize) GETs per collection.
 *
 *   node --expose-gc --import tsx bench/soak.ts [--passes 1000] [--frames 167] [--bays 12]
 *
 * The simulator runs in a child process (`phoenix simulator --frames N --bays M`), so the figures are the
 * daemon's own; its request log is cleared every 100 passes. Memory is also sampled every `--sample` passes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { scaledClock } from '../src/cli/runtime/clocks/scaled-clock.js';
import { manualSchedule, startSyncDaemon } from '../src/daemon/index.js';
import { createSilentLogger } from '../src/logging/create-logger.js';
import { createBareRepository, WorkRepository } from '../test/support/git-cli.js';
import { startGitHttpServer } from '../test/support/git-http-server.js';

const { values: args } = parseArgs({
  options: {
    passes: { type: 'string', default: '1000' },
    frames: { type: 'string', default: '167' },
    bays: { type: 'string', default: '12' },
    sample: { type: 'string', default: '100' },
  },
});
const passes = Number(args.passes);
const sampleEvery = Number(args.sample);
const PAGE_SIZE = 500;
const EXAMPLE_REPO = fileURLToPath(new URL('../example-repo/', import.meta.url));

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): number => +(bytes / 2 ** 20).toFixed(1);
interface Memory {
  readonly rssMb: number;
  readonly heapUsedMb: number;
  readonly heapTotalMb: number;
  readonly externalMb: number;
  readonly arrayBuffersMb: number;
}
/** Memory after two full collections a moment apart: V8 gives freed pages back to the system in between. */
const memory = async (): Promise<Memory> => {
  gc?.();
  await delay(100);
  gc?.();
  const usage = process.memoryUsage();
  return {
    rssMb: mb(usage.rss),
    heapUsedMb: mb(usage.heapUsed),
    heapTotalMb: mb(usage.heapTotal),
    externalMb: mb(usage.external),
    arrayBuffersMb: mb(usage.arrayBuffers),
  };
};

/** The simulator's resident set from /proc (Linux), or null where there is none. */
async function childRssMb(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    return kb === undefined ? null : mb(Number(kb) * 1024);
  } catch {
    return null;
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : +((sorted[mid - 1]! + sorted[mid]!) / 2).toFixed(1);
};

/** Least-squares slope of RSS over the samples, in MB per 1,000 passes: a leak shows as a steady rise. */
function rssSlope(samples: readonly { pass: number; rssMb: number }[]): number {
  const n = samples.length;
  const meanX = samples.reduce((sum, s) => sum + s.pass, 0) / n;
  const meanY = samples.reduce((sum, s) => sum + s.rssMb, 0) / n;
  let num = 0;
  let den = 0;
  for (const s of samples) {
    num += (s.pass - meanX) * (s.rssMb - meanY);
    den += (s.pass - meanX) ** 2;
  }
  return den === 0 ? 0 : +((num / den) * 1000).toFixed(1);
}

interface SimEndpoints {
  readonly oneview: string;
  readonly consul: string;
  readonly control: string;
  readonly caFile: string;
  readonly username: string;
  readonly password: string;
  readonly controlToken: string;
}

/** `phoenix simulator` from the sources in a child process; resolves with the endpoints of its JSON line. */
async function spawnSimulator(): Promise<{ child: ChildProcess; endpoints: SimEndpoints }> {
  const cli = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', cli, 'simulator', '--frames', String(args.frames), '--bays', String(args.bays)],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PHOENIX_LOG_LEVEL: 'error' } },
  );
  const lines = createInterface({ input: child.stdout });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the simulator exited with ${String(code)} before serving`);
  });
  const first = once(lines, 'line').then(([line]) => JSON.parse(line as string) as SimEndpoints);
  const endpoints = await Promise.race([first, exited]);
  return { child, endpoints };
}

const root = await mkdtemp(path.join(tmpdir(), 'phoenix-soak-'));
const { child: simProcess, endpoints: sim } = await spawnSimulator();
const caCertPem = await readFile(sim.caFile, 'utf8');
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
        OV_ADDRESS: sim.oneview,
        OV_USERNAME: sim.username,
        OV_PASSWORD: sim.password,
        OV_CA_FILE: sim.caFile,
        CONSUL_HTTP_ADDR: sim.consul,
        // example-repo's rocky9 kickstart secret; its image host is reached by name only by the simulated iLOs.
        ROCKY_ROOT_PASSWORD_HASH: '$6$bench$NoPasswordHashesToThisValue',
        PHOENIX_IMAGE_CHECK: 'off',
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
        `${sim.control}${route}`,
        { method, ca: caCertPem, headers: { authorization: `Bearer ${sim.controlToken}` } },
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
    const start = await memory();
    const samples: (Memory & { pass: number; simulatorRssMb: number | null })[] = [
      { pass: 0, ...start, simulatorRssMb: await childRssMb(simProcess.pid) },
    ];
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
      if ((i + 1) % sampleEvery === 0 && i + 1 < passes)
        samples.push({ pass: i + 1, ...(await memory()), simulatorRssMb: await childRssMb(simProcess.pid) });
    }
    const elapsedMs = performance.now() - started;
    const end = await memory();
    samples.push({ pass: passes, ...end, simulatorRssMb: await childRssMb(simProcess.pid) });
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
          rssMaxMb: Math.max(...samples.map((s) => s.rssMb)),
          // One sample can land on a pass's garbage; the medians of the first and last tenth of the run cannot.
          rssMedianFirstTenthMb: median(samples.filter((s) => s.pass <= passes / 10).map((s) => s.rssMb)),
          rssMedianLastTenthMb: median(samples.filter((s) => s.pass >= passes * 0.9).map((s) => s.rssMb)),
          rssSlopeMbPer1000Passes: rssSlope(samples),
          heapStartMb: start.heapUsedMb,
          heapEndMb: end.heapUsedMb,
          heapGrowthMb: +(end.heapUsedMb - start.heapUsedMb).toFixed(2),
          forcedGc: gc !== undefined,
          oneviewRequestsPerPass: +oneviewPerPass.toFixed(2),
          snapshotGetsNeeded: snapshotGets,
          gitRequestsPerPass: +(gitRequests / passes).toFixed(2),
          msPerPass: +(elapsedMs / passes).toFixed(1),
          samples,
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
  simProcess.kill('SIGTERM');
  await once(simProcess, 'exit');
  await rm(root, { recursive: true, force: true });
}
