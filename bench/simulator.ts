/**
 * Simulator benchmark: a generated site of 10,000 servers (834 frames x 12 bays, trimmed to 10,000), then
 * `GET /rest/server-hardware?count=-1` and the same list paged by nextPageUri. Prints JSON: requests per second and
 * latency percentiles per scenario, and whether the full list stays under the 1 s target.
 */
import { Agent, request } from 'undici';
import { startSimulator } from '../src/simulator/index.js';

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

const results: Record<string, unknown>[] = [];
{
  const latencies: number[] = [];
  const t = performance.now();
  let total = 0;
  for (let i = 0; i < 10; i++) {
    const r = await get('/rest/server-hardware?start=0&count=-1');
    latencies.push(r.ms);
    total = r.body.members.length;
  }
  const s = summary('list all server hardware (count=-1)', latencies, performance.now() - t, {
    members: total,
  });
  s['underOneSecond'] = (s['latencyMs'] as { max: number }).max < 1000;
  results.push(s);
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
  `${JSON.stringify({ benchmark: 'simulator', servers: 10_000, startupMs, results }, null, 2)}\n`,
);
