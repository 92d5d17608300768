import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convergenceProblems, EXAMPLE_NODES } from '../../support/e2e/appliance-invariants.js';
import {
  API_TOKEN,
  GITLAB_TOKEN,
  NOTIFY_TOKEN,
  sign,
  startDaemonSite,
  WEBHOOK_SECRET,
  type DaemonSite,
} from './daemon-site.js';

const pushBody = (ref = 'refs/heads/main'): string => JSON.stringify({ ref, after: 'x' });

describe('phoenix sync against the simulator and git http-backend', () => {
  let site: DaemonSite;
  const auth = { authorization: `Bearer ${API_TOKEN}` };

  beforeAll(async () => {
    site = await startDaemonSite();
    await site.daemon.idle();
  }, 240_000);

  afterAll(async () => {
    await site?.dispose();
  });

  it('converges the site on its first pass and reports Ready with every node', async () => {
    const status = site.daemon.status();
    expect(status.lastPass?.result, JSON.stringify(status.lastPass)).toBe('applied');
    const state = await site.sim.state();
    expect(convergenceProblems(state, await site.sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    expect(status.conditions.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'True',
      reason: 'ReconciliationSucceeded',
    });
    expect(status.lastAppliedRevision).toBe(await site.git.work.head());
    expect(status.observedRevision).toBe(await site.git.work.head());
  });

  it('/api/v1/status matches the simulator: each node ready on the hardware its profile holds', async () => {
    const response = await site.api('GET', '/api/v1/status');
    expect(response.status).toBe(200);
    const status = (await response.json()) as {
      nodes: { name: string; state: string; profile: string | null; hardware: string | null }[];
    };
    const state = await site.sim.state();
    const hardwareName = new Map(state.hardware.map((h) => [h.uri, h.name]));
    const fromSim = state.profiles
      .filter((p) => (EXAMPLE_NODES as readonly string[]).includes(p.name))
      .map((p) => ({
        name: p.name,
        state: 'ready',
        profile: p.name,
        hardware: hardwareName.get(p.serverHardwareUri!),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(
      status.nodes.map(({ name, state: s, profile, hardware }) => ({ name, state: s, profile, hardware })),
    ).toEqual(fromSim);
  });

  it('a push webhook with a valid signature leads to a pass that applies the new commit', async () => {
    const sha = await site.commitYaml(
      'pools/docker-hosts.yaml',
      ['spec', 'replicas'],
      4,
      'four docker hosts',
    );
    const body = pushBody();
    const response = await site.api('POST', '/webhooks/github', {
      body,
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'push',
        'x-github-delivery': 'delivery-1',
        'x-hub-signature-256': sign(body),
      },
    });
    expect(response.status).toBe(202);
    await site.daemon.idle();
    const status = site.daemon.status();
    expect(status.lastPass).toMatchObject({ trigger: 'webhook', result: 'applied', revision: sha });
    expect(status.lastAppliedRevision).toBe(sha);
    // The configured notification URL gets the finished apply, with a Slack-compatible text.
    const notification = await site.receiver.next(
      0,
      (n) => n.body['event'] === 'apply-finished' && n.body['revision'] === sha,
    );
    expect(notification.path).toBe(`/hooks/phoenix?token=${NOTIFY_TOKEN}`);
    expect(notification.contentType).toBe('application/json');
    expect(notification.body).toMatchObject({
      site: 'dc1',
      outcome: 'applied',
      counts: { created: 1, unchanged: 13 },
      text: `Phoenix: apply of ${sha.slice(0, 12)} to dc1 applied (1 created, 13 unchanged).`,
    });
    const state = await site.sim.state();
    expect(convergenceProblems(state, await site.sim.consulNodes(), [...EXAMPLE_NODES, 'docker-04'])).toEqual(
      [],
    );
  }, 120_000);

  it('a missing or wrong signature gets 401 and no pass; a replayed delivery is ignored', async () => {
    const before = site.daemon.passCount;
    const body = pushBody();
    const headers = {
      'content-type': 'application/json',
      'x-github-event': 'push',
      'x-github-delivery': 'd-401',
    };
    expect((await site.api('POST', '/webhooks/github', { body, headers })).status).toBe(401);
    const wrong = { ...headers, 'x-hub-signature-256': sign(body, 'not-the-secret') };
    expect((await site.api('POST', '/webhooks/github', { body, headers: wrong })).status).toBe(401);
    const gitlab = {
      'content-type': 'application/json',
      'x-gitlab-event': 'Push Hook',
      'x-gitlab-token': 'nope',
    };
    expect((await site.api('POST', '/webhooks/gitlab', { body, headers: gitlab })).status).toBe(401);
    const replay = { ...headers, 'x-github-delivery': 'delivery-1', 'x-hub-signature-256': sign(body) };
    const replayed = await site.api('POST', '/webhooks/github', { body, headers: replay });
    expect(await replayed.json()).toEqual({ result: 'replayed' });
    const other = pushBody('refs/heads/feature');
    const otherBranch = await site.api('POST', '/webhooks/github', {
      body: other,
      headers: { ...headers, 'x-github-delivery': 'd-branch', 'x-hub-signature-256': sign(other) },
    });
    expect(await otherBranch.json()).toEqual({ result: 'ignored-branch' });
    await site.daemon.idle();
    expect(site.daemon.passCount).toBe(before);
  });

  it('100 webhooks within one second lead to at most 2 passes', async () => {
    const before = site.daemon.passCount;
    const body = pushBody();
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        site.api('POST', '/webhooks/github', {
          body,
          headers: {
            'content-type': 'application/json',
            'x-github-event': 'push',
            'x-github-delivery': `burst-${i}`,
            'x-hub-signature-256': sign(body),
          },
        }),
      ),
    );
    expect(responses.every((r) => r.status === 202)).toBe(true);
    await site.daemon.idle();
    const passes = site.daemon.passCount - before;
    expect(passes).toBeGreaterThanOrEqual(1);
    expect(passes).toBeLessThanOrEqual(2);
  }, 60_000);

  it('a hardware failure injected while the daemon runs is healed by the next scheduled pass', async () => {
    const state = await site.sim.state();
    const failed = state.profiles.find((p) => p.name === 'k8s-w-02')!.serverHardwareUri!;
    await site.sim.fault('hardware-failure', { hardware: failed, mode: 'critical' });
    site.tick();
    await site.daemon.idle();
    const status = site.daemon.status();
    expect(status.lastPass).toMatchObject({ trigger: 'schedule', result: 'applied' });
    const after = await site.sim.state();
    expect(after.profiles.find((p) => p.name === 'k8s-w-02')!.serverHardwareUri).not.toBe(failed);
    expect(convergenceProblems(after, await site.sim.consulNodes(), [...EXAMPLE_NODES, 'docker-04'])).toEqual(
      [],
    );
  }, 120_000);

  it('a commit with a schema error stalls the site with its diagnostic; the next good commit recovers', async () => {
    const bad = await site.commitYaml('pools/docker-hosts.yaml', ['spec', 'replicas'], 'many', 'typo');
    const notifiedBefore = site.receiver.received.length;
    site.tick();
    await site.daemon.idle();
    let status = site.daemon.status();
    expect(status.observedRevision).toBe(bad);
    expect(status.conditions.find((c) => c.type === 'Stalled')).toMatchObject({
      status: 'True',
      reason: 'ValidationFailed',
    });
    expect(status.conditions.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False' });
    expect(status.diagnostics).toEqual([
      expect.objectContaining({
        file: 'pools/docker-hosts.yaml',
        severity: 'error',
        line: expect.any(Number),
      }),
    ]);
    const mutationsBefore = (await site.sim.mutations()).length;
    site.tick();
    await site.daemon.idle();
    expect(site.daemon.status().lastPass?.result).toBe('stalled');
    expect((await site.sim.mutations()).length).toBe(mutationsBefore);
    // One notification per stalled revision, naming the file and line; the second stalled pass adds none.
    const stalled = await site.receiver.next(notifiedBefore, (n) => n.body['event'] === 'pass-stalled');
    expect(stalled.body).toMatchObject({
      site: 'dc1',
      revision: bad,
      outcome: 'stalled',
      diagnostics: [expect.objectContaining({ file: 'pools/docker-hosts.yaml', line: expect.any(Number) })],
    });
    expect(stalled.body['text']).toMatch(/^Phoenix: dc1 is stalled at [0-9a-f]{12}: 1 validation error/);
    expect(
      site.receiver.received.slice(notifiedBefore).filter((n) => n.body['event'] === 'pass-stalled'),
    ).toHaveLength(1);

    const good = await site.commitYaml('pools/docker-hosts.yaml', ['spec', 'replicas'], 4, 'fix the typo');
    site.tick();
    await site.daemon.idle();
    status = site.daemon.status();
    expect(status.conditions.find((c) => c.type === 'Stalled')).toMatchObject({ status: 'False' });
    expect(status.conditions.find((c) => c.type === 'Ready')).toMatchObject({ status: 'True' });
    expect(status.lastAppliedRevision).toBe(good);
    expect(status.diagnostics).toEqual([]);
  }, 120_000);

  it('a maintenance window that can never open stalls the site at validation, not a pass failing forever', async () => {
    const window = ['spec', 'maintenanceWindows', 0];
    const bad = await site.commitYaml(
      'site.yaml',
      window,
      { cron: '0 99 * * 1-9', duration: '4h', timezone: 'Europe/Londn' },
      'a window that never opens',
    );
    const mutationsBefore = (await site.sim.mutations()).length;
    site.tick();
    await site.daemon.idle();
    const status = site.daemon.status();
    expect(status.observedRevision).toBe(bad);
    expect(status.lastPass?.result).toBe('stalled');
    expect(status.conditions.find((c) => c.type === 'Stalled')).toMatchObject({
      status: 'True',
      reason: 'ValidationFailed',
    });
    expect(status.diagnostics).toEqual([
      expect.objectContaining({
        file: 'site.yaml',
        code: 'DECL_INVALID_SCHEDULE',
        path: 'spec.maintenanceWindows[0].cron',
      }),
      expect.objectContaining({
        file: 'site.yaml',
        code: 'DECL_INVALID_SCHEDULE',
        path: 'spec.maintenanceWindows[0].timezone',
      }),
    ]);
    expect((await site.sim.mutations()).length).toBe(mutationsBefore);
    await site.commitYaml(
      'site.yaml',
      window,
      { cron: '0 6 * * 1-5', duration: '4h', timezone: 'Europe/London' },
      'a window that opens',
    );
    site.tick();
    await site.daemon.idle();
    expect(site.daemon.status().conditions.find((c) => c.type === 'Stalled')).toMatchObject({
      status: 'False',
    });
  }, 120_000);

  it('/metrics parses as Prometheus text and carries the daemon metrics', async () => {
    const response = await site.api('GET', '/metrics');
    expect(response.status).toBe(200);
    const text = await response.text();
    const samples = parsePrometheus(text);
    const names = new Set(samples.map((s) => s.name));
    for (const name of [
      'phoenix_passes_total',
      'phoenix_pass_duration_seconds_bucket',
      'phoenix_nodes',
      'phoenix_changes_applied_total',
      'phoenix_last_applied_revision_info',
      'phoenix_last_applied_timestamp_seconds',
      'phoenix_oneview_requests_total',
      'phoenix_oneview_request_duration_seconds_bucket',
      'phoenix_webhook_deliveries_total',
    ])
      expect(names, name).toContain(name);
    const value = (name: string, labels: Record<string, string>): number | undefined =>
      samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
        ?.value;
    expect(value('phoenix_webhook_deliveries_total', { receiver: 'github', result: 'unauthorized' })).toBe(2);
    expect(value('phoenix_changes_applied_total', { action: 'heal', outcome: 'healed' })).toBe(1);
    expect(value('phoenix_last_applied_revision_info', { revision: await site.git.work.head() })).toBe(1);
    expect(value('phoenix_nodes', { state: 'ready' })).toBe(14);
    expect(value('phoenix_oneview_requests_total', { method: 'GET', status: '200' })).toBeGreaterThan(0);
    expect(value('phoenix_build_info', { version: 'test', nodejs: process.versions.node })).toBe(1);
  });

  it('has no last-applied timestamp before the first apply, and says its version in the status', async () => {
    const { DaemonMetrics } = await import('../../../src/daemon/status/daemon-metrics.js');
    const fresh = new DaemonMetrics({ processMetrics: true, version: '9.9.9' });
    const before = parsePrometheus((await fresh.render()).body);
    expect(before.map((s) => s.name)).not.toContain('phoenix_last_applied_timestamp_seconds');
    expect(before.map((s) => s.name)).toContain('process_cpu_seconds_total');
    expect(before.map((s) => s.name)).toContain('nodejs_heap_size_used_bytes');
    expect(before.some((s) => s.name.startsWith('phoenix_process_'))).toBe(false);
    fresh.setLastApplied('a'.repeat(40), '2026-01-02T03:04:05.000Z');
    const after = parsePrometheus((await fresh.render()).body);
    expect(after.find((s) => s.name === 'phoenix_last_applied_timestamp_seconds')?.value).toBe(
      Date.parse('2026-01-02T03:04:05.000Z') / 1000,
    );
    expect(((await (await site.api('GET', '/api/v1/status')).json()) as { version: string }).version).toBe(
      'test',
    );
  });

  it('refuses write endpoints without the token, and suspends (across a restart) and resumes with it', async () => {
    expect((await site.api('POST', '/api/v1/reconcile')).status).toBe(401);
    expect(
      (await site.api('POST', '/api/v1/suspend', { headers: { authorization: 'Bearer wrong' } })).status,
    ).toBe(401);
    expect((await site.api('POST', '/api/v1/suspend', { headers: auth })).status).toBe(200);
    const mutations = (await site.sim.mutations()).length;
    site.tick();
    await site.daemon.idle();
    expect(site.daemon.status()).toMatchObject({ suspended: true, lastPass: { result: 'suspended' } });
    expect((await site.sim.mutations()).length).toBe(mutations);
    // The suspension outlives a restart: the new process starts suspended and touches nothing.
    await site.daemon.stop(60_000);
    site = await startDaemonSite({}, { git: site.git, sim: site.sim, receiver: site.receiver });
    await site.daemon.idle();
    expect(site.daemon.status()).toMatchObject({ suspended: true, lastPass: { result: 'suspended' } });
    expect(site.daemon.status().conditions).toContainEqual(
      expect.objectContaining({ type: 'Ready', status: 'False', reason: 'Suspended' }),
    );
    expect((await site.sim.mutations()).length).toBe(mutations);
    expect((await site.api('POST', '/api/v1/resume', { headers: auth })).status).toBe(200);
    await expect(stat(path.join(site.git.stateDir, 'suspended.json'))).rejects.toThrow(/ENOENT/);
    await site.daemon.idle();
    expect(site.daemon.status()).toMatchObject({
      suspended: false,
      lastPass: { trigger: 'resume', result: 'in-sync' },
    });
    expect((await site.api('POST', '/api/v1/reconcile', { headers: auth })).status).toBe(202);
    await site.daemon.idle();
    expect(site.daemon.status().lastPass).toMatchObject({ trigger: 'manual', result: 'in-sync' });
    const runs = (await (await site.api('GET', '/api/v1/runs')).json()) as { runs: { command: string }[] };
    expect(runs.runs.length).toBeGreaterThan(0);
    expect(await (await site.api('GET', '/api/v1/plan')).json()).toEqual({ plan: null });
  }, 60_000);

  it('logs JSON lines, each pass through its own child logger, with no key twice and no secret', () => {
    const lines = site.git.logLines;
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) {
      const keys = topLevelKeys(line);
      expect(new Set(keys).size, line).toBe(keys.length);
    }
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const finished = records.filter((r) => r['msg'] === 'pass finished');
    expect(finished.length).toBeGreaterThan(5);
    for (const record of finished)
      expect(record).toMatchObject({ passId: expect.any(String), site: 'dc1', revision: expect.any(String) });
    const text = lines.join('');
    for (const secret of [API_TOKEN, WEBHOOK_SECRET, GITLAB_TOKEN, NOTIFY_TOKEN, site.env['OV_PASSWORD']!])
      expect(text).not.toContain(secret);
  });
});

/** The keys of a JSON object's top level, in order and with repeats, read off its text. */
function topLevelKeys(json: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      if (depth === 1 && json[end + 1] === ':') keys.push(JSON.parse(json.slice(i, end + 1)) as string);
      i = end;
    } else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') depth -= 1;
  }
  return keys;
}

interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** A strict parser of the Prometheus text format (0.0.4): throws on any line it does not understand. */
function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = [];
  const declared = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    if (meta !== null) {
      if (meta[1] === 'TYPE') {
        if (!['counter', 'gauge', 'histogram', 'summary', 'untyped'].includes(meta[3]!))
          throw new Error(`bad TYPE: ${line}`);
        declared.set(meta[2]!, meta[3]!);
      }
      continue;
    }
    const match =
      /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (-?[0-9.e+-]+|[Nn][Aa][Nn]|\+Inf|-Inf)( -?\d+)?$/.exec(line);
    if (match === null) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    const body = match[3] ?? '';
    let rest = body;
    while (rest !== '') {
      const label = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/.exec(rest);
      if (label === null) throw new Error(`bad labels: ${line}`);
      labels[label[1]!] = label[2]!.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c));
      rest = rest.slice(label[0].length);
    }
    const name = match[1]!;
    const family = name.replace(/_(bucket|sum|count)$/, '');
    if (!declared.has(name) && !declared.has(family)) throw new Error(`sample without TYPE: ${line}`);
    samples.push({ name, labels, value: Number(match[4]) });
  }
  return samples;
}
