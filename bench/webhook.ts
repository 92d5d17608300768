/**
 * Webhook -> pass start: the example site served by git http-backend, a fast simulator and a sync daemon (clock
 * 100 times faster than the wall clock, as in the daemon's integration tests; settle windows are given so that
 * they last what the defaults last in wall time). Sends signed GitHub push webhooks one at a time, waiting for
 * each pass to end, and measures from the request to the daemon's `pass started` log line. Runs once with the
 * defaults (50 ms quiet time, 1 s longest window) and once with the former fixed 1 s wait, in the same process.
 *
 *   npx tsx bench/webhook.ts [--samples N]
 */
import { parseArgs } from 'node:util';
import { sign, startDaemonSite, type DaemonSite } from '../test/integration/daemon/daemon-site.js';
import { median, percentile, round, Verdict } from './support/figures.js';

const { values } = parseArgs({ options: { samples: { type: 'string', default: '20' } } });
const SAMPLES = Number(values.samples);
/** Daemon clock milliseconds per wall millisecond in the test harness. */
const SPEED = 100;
const QUIET_MS = 50;
const WINDOW_MS = 1_000;
const TARGET_MS = QUIET_MS + 100;

async function latencies(site: DaemonSite): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    await site.daemon.idle();
    const seen = site.git.logLines.length;
    const body = JSON.stringify({ ref: 'refs/heads/main', after: `x${i}` });
    const sent = Date.now();
    const response = await site.api('POST', '/webhooks/github', {
      body,
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'push',
        'x-github-delivery': `bench-${i}`,
        'x-hub-signature-256': sign(body),
      },
    });
    if (response.status !== 202) throw new Error(`webhook answered ${response.status}`);
    await site.daemon.idle();
    const line = site.git.logLines
      .slice(seen)
      .map((l) => JSON.parse(l) as { msg?: string; time?: string })
      .find((l) => l.msg === 'pass started');
    if (line?.time === undefined) throw new Error('no pass started after the webhook');
    out.push(Date.parse(line.time) - sent);
  }
  return out;
}

const verdict = new Verdict();
const configurations: [string, number][] = [
  ['quiet-time settle (now)', QUIET_MS],
  ['fixed 1 s settle (before)', WINDOW_MS],
];
let site: DaemonSite | null = null;
try {
  for (const [label, quiet] of configurations) {
    // One daemon at a time holds the state directory: the next reuses the first one's Git, simulator and receiver.
    const previous = site;
    if (previous !== null) await previous.daemon.stop(60_000);
    site = await startDaemonSite(
      { coalesceMs: WINDOW_MS * SPEED, coalesceQuietMs: quiet * SPEED },
      previous === null ? undefined : { git: previous.git, sim: previous.sim, receiver: previous.receiver },
    );
    await site.daemon.idle();
    const samples = await latencies(site);
    const p50 = percentile(samples, 50);
    const p99 = percentile(samples, 99);
    const check =
      quiet === QUIET_MS
        ? ` | ${verdict.atMost('p99 ms', p99, TARGET_MS, 0.1)} (coalescing window ${QUIET_MS} ms + 100 ms)`
        : '';
    process.stdout.write(
      `webhook -> pass start, ${label}: p50 ${round(p50)} ms, p99 ${round(p99)} ms, median ${round(median(samples))} ms over ${samples.length} webhooks${check}\n`,
    );
  }
} finally {
  await site?.dispose();
}
verdict.finish();
