import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../../support/e2e/built-cli.js';
import {
  API_TOKEN,
  GITLAB_TOKEN,
  sign,
  startDaemonSite,
  WEBHOOK_SECRET,
  type DaemonSite,
} from '../../integration/daemon/daemon-site.js';

const pushBody = (extra = ''): string => JSON.stringify({ ref: 'refs/heads/main', after: `x${extra}` });

function genericHeaders(body: string, secondsAgo = 0, secret = WEBHOOK_SECRET): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000) - secondsAgo);
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return {
    'content-type': 'application/json',
    'x-phoenix-timestamp': timestamp,
    'x-phoenix-signature-256': `sha256=${mac}`,
  };
}

/**
 * Sends only the headers of a request that announces a body of `length` bytes, and resolves with the status of
 * the answer: a receiver that waited for the body would never answer (the bound turns that into a failure).
 */
function answerBeforeBody(url: string, headers: Record<string, string>, length: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(length) },
    });
    const bound = setTimeout(() => {
      req.destroy();
      reject(new Error('no answer without the body: the receiver waited for it'));
    }, 15_000);
    req.on('response', (res) => {
      clearTimeout(bound);
      res.resume();
      req.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error) => {
      clearTimeout(bound);
      reject(error);
    });
    req.flushHeaders();
  });
}

describe('daemon hardening: webhook limits and replay, quarantine through the API', () => {
  let site: DaemonSite;
  const auth = { authorization: `Bearer ${API_TOKEN}`, 'content-type': 'application/json' };

  beforeAll(async () => {
    await ensureBuilt();
    site = await startDaemonSite();
    await site.daemon.idle();
  }, 240_000);

  afterAll(async () => {
    await site?.dispose();
  });

  it('refuses unsigned deliveries from their headers, without reading a body', async () => {
    const before = site.daemon.passCount;
    const hugeBody = 25 * 1024 * 1024;
    const url = (receiver: string): string => `${site.daemon.url}/webhooks/${receiver}`;
    expect(await answerBeforeBody(url('github'), { 'x-github-event': 'push' }, hugeBody)).toBe(401);
    expect(
      await answerBeforeBody(
        url('gitlab'),
        { 'x-gitlab-event': 'Push Hook', 'x-gitlab-token': 'nope' },
        hugeBody,
      ),
    ).toBe(401);
    expect(await answerBeforeBody(url('generic'), {}, hugeBody)).toBe(401);
    // A generic delivery whose signed timestamp is outside the window is refused before its body, too.
    const stale = genericHeaders(pushBody(), 3600);
    expect(await answerBeforeBody(url('generic'), stale, hugeBody)).toBe(401);
    await site.daemon.idle();
    expect(site.daemon.passCount).toBe(before);
    const metrics = await (await site.api('GET', '/metrics')).text();
    expect(metrics).toMatch(
      /phoenix_webhook_deliveries_total\{receiver="github",result="unauthorized"\} [1-9]/,
    );
    expect(metrics).toMatch(/phoenix_webhook_deliveries_total\{receiver="generic",result="expired"\} [1-9]/);
  });

  it('refuses a signed body larger than a push event needs', async () => {
    const before = site.daemon.passCount;
    const body = JSON.stringify({ ref: 'refs/heads/main', padding: 'x'.repeat(2 * 1024 * 1024) });
    const response = await site.api('POST', '/webhooks/github', {
      body,
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'push',
        'x-github-delivery': 'big-1',
        'x-hub-signature-256': sign(body),
      },
    });
    expect(response.status).toBe(413);
    await site.daemon.idle();
    expect(site.daemon.passCount).toBe(before);
  });

  it('refuses a generic delivery replayed with a new delivery id or none, or once its window is past', async () => {
    const before = site.daemon.passCount;
    const body = pushBody('-generic');
    const headers = genericHeaders(body);
    const first = await site.api('POST', '/webhooks/generic', {
      body,
      headers: { ...headers, 'x-phoenix-delivery': 'g-1' },
    });
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ result: 'accepted' });
    for (const id of ['g-2', null]) {
      const replay = await site.api('POST', '/webhooks/generic', {
        body,
        headers: id === null ? headers : { ...headers, 'x-phoenix-delivery': id },
      });
      expect(replay.status).toBe(200);
      expect(await replay.json()).toEqual({ result: 'replayed' });
    }
    // Signed correctly ten minutes ago: outside the window.
    const late = await site.api('POST', '/webhooks/generic', { body, headers: genericHeaders(body, 600) });
    expect(late.status).toBe(401);
    expect(await late.json()).toEqual({ result: 'expired' });
    // The body alone signed (no timestamp in the signature) is not the generic form.
    const bodyOnly = { ...genericHeaders(body), 'x-phoenix-signature-256': sign(body) };
    const unsigned = await site.api('POST', '/webhooks/generic', { body, headers: bodyOnly });
    expect(unsigned.status).toBe(401);
    await site.daemon.idle();
    expect(site.daemon.passCount).toBe(before + 1);
    // GitLab still authenticates by its token.
    const gitlab = await site.api('POST', '/webhooks/gitlab', {
      body,
      headers: {
        'content-type': 'application/json',
        'x-gitlab-event': 'Push Hook',
        'x-gitlab-token': GITLAB_TOKEN,
        'x-gitlab-event-uuid': 'gl-1',
      },
    });
    expect(gitlab.status).toBe(202);
    await site.daemon.idle();
  }, 120_000);

  it('lists quarantined hardware and releases it behind the API token, as a ledger record only', async () => {
    const state = await site.sim.state();
    const failed = state.profiles.find((p) => p.name === 'k8s-w-01')!.serverHardwareUri!;
    await site.sim.fault('hardware-failure', { hardware: failed, mode: 'critical' });
    site.tick();
    await site.daemon.idle();
    const listed = (await (await site.api('GET', '/api/v1/quarantine')).json()) as {
      quarantined: { hardwareUri: string; node: string }[];
    };
    expect(listed.quarantined).toEqual([expect.objectContaining({ hardwareUri: failed, node: 'k8s-w-01' })]);

    const since = await site.sim.lastSeq();
    const release = (hardware: string, headers: Record<string, string>): Promise<Response> =>
      site.api('POST', '/api/v1/quarantine/release', {
        body: JSON.stringify({ hardware, reason: 'bay reseated' }),
        headers: { 'content-type': 'application/json', ...headers },
      });
    expect((await release(failed, {})).status).toBe(401);
    // The daemon holds the ledger: the command says where to release instead, and records nothing.
    const cli = await runCli(['quarantine', 'release', failed], site.env);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('LEDGER_LOCKED');
    expect(cli.stderr).toContain('POST /api/v1/quarantine/release');
    const unknown = await release('/rest/server-hardware/unknown', auth);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: 'LEDGER_HARDWARE_NOT_QUARANTINED' });
    const malformed = await site.api('POST', '/api/v1/quarantine/release', {
      body: JSON.stringify({ hardware: failed, reason: 'a\u0007b' }),
      headers: auth,
    });
    expect(malformed.status).toBe(400);

    const released = await release(failed, auth);
    expect(released.status).toBe(200);
    expect(await released.json()).toMatchObject({
      released: { hardwareUri: failed, node: 'k8s-w-01' },
      reason: 'bay reseated',
    });
    const after = (await (await site.api('GET', '/api/v1/quarantine')).json()) as {
      quarantined: unknown[];
      events: { type: string; hardwareUri: string; reason: string }[];
    };
    expect(after.quarantined).toEqual([]);
    expect(after.events[0]).toMatchObject({ type: 'released', hardwareUri: failed, reason: 'bay reseated' });
    expect(after.events[1]).toMatchObject({ type: 'quarantined', hardwareUri: failed });
    // Releasing touched only the ledger.
    expect(await site.sim.mutations(since)).toEqual([]);
  }, 120_000);
});
