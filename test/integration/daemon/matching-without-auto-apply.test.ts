import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TOKEN, startDaemonSite, type DaemonSite } from './daemon-site.js';

interface StatusBody {
  conditions: { type: string; status: string; reason: string }[];
  lastPass: { result: string } | null;
}

describe('a daemon without --auto-apply, against an appliance that already matches the branch', () => {
  let first: DaemonSite;
  let site: DaemonSite;
  let stateDir = '';

  beforeAll(async () => {
    first = await startDaemonSite();
    await first.daemon.idle();
    await first.daemon.stop(60_000);
    // A second daemon with a ledger of its own: the revision is not in it, and it may not apply.
    stateDir = await mkdtemp(path.join(tmpdir(), 'phoenix-no-auto-apply-'));
    site = await startDaemonSite({ autoApply: false, stateDir }, { git: first.git, sim: first.sim });
    await site.daemon.idle();
  }, 240_000);

  afterAll(async () => {
    await site.dispose();
    await first.receiver.close();
    await rm(stateDir, { recursive: true, force: true });
  });

  it('reports Ready and in sync, and its pending plan has no changes', async () => {
    const auth = { authorization: `Bearer ${API_TOKEN}` };
    const status = (await (await site.api('GET', '/api/v1/status', { headers: auth })).json()) as StatusBody;
    expect(status.lastPass?.result).toBe('in-sync');
    expect(status.conditions.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'True',
      reason: 'ReconciliationSucceeded',
    });
    const plan = (await (await site.api('GET', '/api/v1/plan', { headers: auth })).json()) as {
      plan: unknown;
    };
    expect(plan.plan).toBeNull();
  });
});
