/**
 * Simulator benchmark. First `phoenix simulator --preset synergy-demo` from the built CLI, started several times:
 * `startMs` is the time from spawning it to its first answer of `GET /rest/version` over HTTPS (target: under 2 s).
 * Then a generated site of 10,000 servers (1,000 frames x 10 bays; `startupMs`: its in-process start),
 * `GET /rest/server-hardware?count=-1` and the
 * same list paged by nextPageUri. Prints JSON: requests per second and latency percentiles per scenario, and whether
 * the full list stays under the 1 s target.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { startSimulator } from '../src/simulator/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const CLI_STARTS = 5;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, i)]! * 100) / 100;
}

function summary(
  name: string,
  latencies: number[],
  wallMs: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    scenario: name,
    requests: latencies.length,
    requestsPerSecond: Math.round((latencies.length / wallMs) * 1000 * 10) / 10,
    latencyMs: {
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      max: percentile(sorted, 100),
    },
    ...extra,
  };
}

/** Builds dist/ when the CLI is missing or older than a source file, so that the figure is the current code's. */
function ensureBuilt(): void {
  const src = join(ROOT, 'src');
  const newest = readdirSync(src, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .reduce((m, f) => Math.max(m, statSync(join(src, f)).mtimeMs), 0);
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newest) return;
  // Type errors elsewhere in the tree still emit JavaScript; a CLI that does not start fails the benchmark.
  spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
}

/** One start of the built CLI: ms to the endpoints line, ms to the first /rest/version answer; then SIGTERM. */
async function cliStart(): Promise<{ lineMs: number; servingMs: number; exitCode: number | null }> {
  const t = performance.now();
  const child = spawn(process.execPath, [CLI, 'simulator', '--preset', 'synergy-demo'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', PHOENIX_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const line = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      if (seen.includes('\n')) resolve(seen.slice(0, seen.indexOf('\n')));
    });
    void exited.then((code) =>
      reject(new Error(`the simulator exited with ${code} before printing endpoints`)),
    );
  });
  const lineMs = performance.now() - t;
  const endpoints = JSON.parse(line) as { oneview: string; caFile: string };
  const agent = new Agent({ connect: { ca: await readFile(endpoints.caFile, 'utf8') } });
  const r = await request(`${endpoints.oneview}/rest/version`, {
    dispatcher: agent,
    headers: { 'X-API-Version': '3800' },
  });
  await r.body.json();
  const servingMs = performance.now() - t;
  if (r.statusCode !== 200) throw new Error(`GET /rest/version answered ${r.statusCode}`);
  await agent.close();
  child.kill('SIGTERM');
  return { lineMs, servingMs, exitCode: await exited };
}

ensureBuilt();
const starts: Awaited<ReturnType<typeof cliStart>>[] = [];
for (let i = 0; i < CLI_STARTS; i++) starts.push(await cliStart());
const startSorted = starts.map((s) => s.servingMs).sort((a, b) => a - b);
const startMs = Math.round(percentile(startSorted, 50));
const cliStartResult = {
  scenario: 'phoenix simulator --preset synergy-demo (built CLI) until GET /rest/version answers',
  runs: CLI_STARTS,
  startMs: { p50: startMs, max: Math.round(percentile(startSorted, 100)) },
  endpointsLineMs: {
    p50: Math.round(
      percentile(
        starts.map((s) => s.lineMs).sort((a, b) => a - b),
        50,
      ),
    ),
  },
  exitCodesOnSigterm: [...new Set(starts.map((s) => s.exitCode))],
  underTwoSeconds: percentile(startSorted, 100) < 2000,
};

const startAt = performance.now();
const sim = await startSimulator({ preset: { frames: 1000, bays: 10 } });
const startupMs = Math.round(performance.now() - startAt);
const dispatcher = new Agent({ connect: { ca: sim.caCertPem } });
const headers = { 'X-API-Version': '3800', 'Content-Type': 'application/json' };
const login = await request(`${sim.oneviewUrl}/rest/login-sessions`, {
  method: 'POST',
  dispatcher,
  headers,
  body: JSON.stringify({ userName: sim.username, password: sim.password }),
});
const { sessionID } = (await login.body.json()) as { sessionID: string };
const auth = { ...headers, auth: sessionID };

async function get(
  path: string,
): Promise<{ ms: number; body: { members: unknown[]; nextPageUri: string | null; total: number } }> {
  const t = performance.now();
  const r = await request(`${sim.oneviewUrl}${path}`, { dispatcher, headers: auth });
  const body = (await r.body.json()) as { members: unknown[]; nextPageUri: string | null; total: number };
  return { ms: performance.now() - t, body };
}

const results: Record<string, unknown>[] = [cliStartResult];
{
  const latencies: number[] = [];
  const t = performance.now();
  let total = 0;
  for (let i = 0; i < 10; i++) {
    const r = await get('/rest/server-hardware?start=0&count=-1');
    latencies.push(r.ms);
    total = r.body.members.length;
  }
  const wall = performance.now() - t;
  const s = summary('list all server hardware (count=-1)', latencies, wall, {
    members: total,
  });
  s['underOneSecond'] = (s['latencyMs'] as { max: number }).max < 1000;
  results.push(s);
}
{
  // The same list with the body read but not parsed: what the simulator and TLS cost, without the client's parse.
  const latencies: number[] = [];
  const t = performance.now();
  let bytes = 0;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const r = await request(`${sim.oneviewUrl}/rest/server-hardware?start=0&count=-1`, {
      dispatcher,
      headers: auth,
    });
    bytes = 0;
    for await (const chunk of r.body) bytes += (chunk as Buffer).length;
    latencies.push(performance.now() - t0);
  }
  results.push(
    summary('list all server hardware (count=-1), body read, not parsed', latencies, performance.now() - t, {
      bytes,
    }),
  );
}
for (const pageSize of [64, 500]) {
  const latencies: number[] = [];
  const t = performance.now();
  let seen = 0;
  let next: string | null = `/rest/server-hardware?start=0&count=${pageSize}`;
  while (next) {
    const r = await get(next);
    latencies.push(r.ms);
    seen += r.body.members.length;
    next = r.body.nextPageUri;
  }
  const wall = performance.now() - t;
  results.push(
    summary(`page through server hardware (count=${pageSize})`, latencies, wall, {
      members: seen,
      fullListMs: Math.round(wall),
    }),
  );
}
{
  const latencies: number[] = [];
  const t = performance.now();
  for (let i = 0; i < 200; i++) {
    const r = await get(
      `/rest/server-hardware?filter=${encodeURIComponent(`"name='SYN-FRAME-${String((i % 1000) + 1).padStart(4, '0')}, bay 3'"`)}`,
    );
    latencies.push(r.ms);
  }
  results.push(summary('filter one server by name', latencies, performance.now() - t));
}
await dispatcher.close();
await sim.close();
process.stdout.write(
  `${JSON.stringify({ benchmark: 'simulator', servers: 10_000, startMs, startupMs, results }, null, 2)}\n`,
);
