import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../support/e2e/built-cli.js';
import { E2eSimulator } from '../../support/e2e/e2e-simulator.js';
import { ensureUiBuilt } from '../../support/browser/built-ui.js';
import {
  launchChromium,
  SCREENSHOTS,
  type HeadlessBrowser,
} from '../../support/browser/headless-chromium.js';
import { startSyncProcess, type SyncProcess } from '../../support/browser/sync-process.js';
import { startGitSite, type GitSite } from '../git/git-site.js';

const TOKEN = 'ui-test-api-token-5f1e0c';
const EXAMPLE_NODE_COUNT = 13;
/** A schedule that never fires during a test: passes start at startup and through the API only. */
const NEVER = '0 0 1 1 *';

interface Status {
  suspended: boolean;
  lastPass: { result: string; revision: string | null } | null;
}

/**
 * The web UI in headless Chromium against `phoenix sync` on the simulator and a Git server: the fleet, an apply
 * followed live to converged, a node's timeline, two revisions compared, and the token-guarded actions.
 */
describe('the web dashboard in a real browser', () => {
  let sim: E2eSimulator;
  let site: GitSite;
  let sync: SyncProcess;
  let browser: HeadlessBrowser;
  let page: Page;
  let second: string;
  const consoleProblems: string[] = [];
  const bodies: string[] = [];
  const requested: string[] = [];

  const api = async <T>(route: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${sync.url}${route}`, init);
    return (await response.json()) as T;
  };
  const status = (): Promise<Status> => api<Status>('/api/v1/status');
  const waitForPass = async (predicate: (s: Status) => boolean): Promise<Status> => {
    for (;;) {
      const current = await status();
      if (predicate(current)) return current;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const shot = (name: string): Promise<Buffer> =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    await ensureBuilt();
    await ensureUiBuilt();
    sim = await E2eSimulator.start();
    site = await startGitSite();
    sync = await startSyncProcess(
      ['--repo', site.url, '--branch', 'main', '--auto-apply', '--schedule', NEVER],
      {
        ...sim.env(site.stateDir, '0.01'),
        PHOENIX_API_TOKEN: TOKEN,
      },
    );
    await waitForPass((s) => s.lastPass?.result === 'applied');
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleProblems.push(message.text());
    });
    page.on('pageerror', (error) => consoleProblems.push(error.message));
    page.on('request', (request) => requested.push(request.url()));
    page.on('response', (response) => {
      if (response.url().includes('/api/v1/') && !response.url().endsWith('/events'))
        void response.text().then(
          (text) => bodies.push(text),
          () => undefined,
        );
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    const result = await sync?.stop();
    if (result !== undefined && result.code !== 0) console.error(result.stderr);
    await sim?.close();
    await site?.dispose();
  }, 120_000);

  it('serves the page with a strict Content Security Policy and no third-party origin', async () => {
    const response = await fetch(`${sync.url}/ui/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect((await fetch(`${sync.url}/`, { redirect: 'manual' })).headers.get('location')).toBe('/ui/');
  });

  it('opens the fleet: every node of example-repo ready, with its pool, plan, revisions and hardware', async () => {
    await page.goto(`${sync.url}/ui/#/fleet`);
    await page.locator('tr[data-node]').first().waitFor();
    expect(await page.locator('tr[data-node]').count()).toBe(EXAMPLE_NODE_COUNT);
    expect(await page.locator('tr[data-state=ready]').count()).toBe(EXAMPLE_NODE_COUNT);
    const row = page.locator('tr[data-node=docker-01]');
    await expect.poll(() => row.innerText()).toContain('docker-hosts');
    const text = await row.innerText();
    expect(text).toContain(site.first.slice(0, 12));
    expect(text).toMatch(/bay \d+/);
    await page.getByLabel('Search').fill('k8s-w');
    await expect.poll(() => page.locator('tr[data-node]').count()).toBe(4);
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Search').blur();
    await page.locator('[data-testid=live]', { hasText: 'Live' }).waitFor();
    await shot('fleet');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot('fleet-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('follows an apply live, without reloading, until the new nodes converge', async () => {
    await page.goto(`${sync.url}/ui/#/rollout`);
    await page.locator('[data-testid=live]', { hasText: 'Live' }).waitFor();
    // Marks this page load: a reload would drop it.
    await page.evaluate(() => {
      (globalThis as unknown as { phoenixMarker: number }).phoenixMarker = 42;
    });
    await site.setYaml('pools/docker-hosts.yaml', ['spec', 'replicas'], 5);
    second = await site.commit('Two more docker hosts');
    const accepted = await fetch(`${sync.url}/api/v1/reconcile`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(accepted.status).toBe(202);
    await page.locator('li[data-change=docker-05]').waitFor({ timeout: 60_000 });
    await shot('rollout-live');
    await page.locator('li[data-change=docker-05][data-state=done]').waitFor({ timeout: 120_000 });
    await page.locator('li[data-change=docker-04][data-state=done]').waitFor({ timeout: 120_000 });
    await page.locator('[data-testid=rollout-progress]', { hasText: '2 of 2 changes done' }).waitFor();
    const log = await page.locator('[data-testid=rollout-log]').innerText();
    for (const step of ['compose started', 'boot finished', 'verify finished']) expect(log).toContain(step);
    expect(
      await page.evaluate(() => (globalThis as unknown as { phoenixMarker?: number }).phoenixMarker),
    ).toBe(42);
    await page.locator('.badge', { hasText: 'applied' }).first().waitFor();
    await shot('rollout');
    const after = await waitForPass((s) => s.lastPass?.revision === second);
    expect(after.lastPass?.result).toBe('applied');
  });

  it('shows the converged fleet and a node’s timeline', async () => {
    await page.goto(`${sync.url}/ui/#/fleet`);
    await expect
      .poll(() => page.locator('tr[data-state=ready]').count(), { timeout: 30_000 })
      .toBe(EXAMPLE_NODE_COUNT + 2);
    await page.locator('tr[data-node=docker-05] a').click();
    await page.locator('[data-testid=timeline]').waitFor();
    const timeline = await page.locator('[data-testid=timeline]').innerText();
    for (const step of ['compose started', 'compose succeeded', 'boot succeeded', 'verify succeeded'])
      expect(timeline).toContain(step);
    expect(timeline).toContain(second.slice(0, 12));
    await shot('node-timeline');
  });

  it('compares the two applied revisions: the declarations’ diff and what the fleet went through', async () => {
    await page.goto(`${sync.url}/ui/#/history`);
    await page.locator('tr[data-run]').nth(1).waitFor();
    await shot('history');
    await page.getByLabel('Base').selectOption(site.first);
    await page.getByLabel('Head').selectOption(second);
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('details[data-change=docker-05]').waitFor();
    expect(await page.locator('[data-summary=create]').innerText()).toBe('2');
    expect(await page.locator('details[data-change=docker-01]').count()).toBe(0);
    const runs = await page.locator('.runs').innerText();
    expect(runs).toContain('docker-04');
    expect(runs).toContain('created');
    await page.locator('details[data-change=docker-05] summary').click();
    await shot('compare');
  });

  it('suspends and resumes with the API token, and fails to without it', async () => {
    await page.goto(`${sync.url}/ui/#/site`);
    await page.locator('[data-condition=Ready]').waitFor();
    await page.locator('[data-testid=read-only]').waitFor();
    expect(await page.locator('button[data-action=suspend]').isDisabled()).toBe(true);

    await page.getByLabel('API token').fill('not-the-token');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.locator('button[data-action=suspend]').click();
    await page.locator('button[data-confirm=suspend]').click();
    await page.locator('[data-testid=action-result]', { hasText: 'Suspend failed' }).waitFor();
    expect(await page.locator('[data-testid=action-result]').innerText()).toContain('refused');
    expect((await status()).suspended).toBe(false);
    await page.getByRole('button', { name: 'Forget token' }).click();

    await page.getByLabel('API token').fill(TOKEN);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.locator('button[data-action=suspend]').click();
    await page.locator('dialog[open]').waitFor();
    await page.locator('button[data-confirm=suspend]').click();
    await page.locator('[data-testid=suspended]', { hasText: 'yes' }).waitFor();
    expect((await status()).suspended).toBe(true);
    await shot('site-suspended');

    await page.locator('button[data-action=resume]').click();
    await page.locator('button[data-confirm=resume]').click();
    await page.locator('[data-testid=suspended]', { hasText: 'no' }).waitFor();
    expect((await status()).suspended).toBe(false);
    // The resume starts a pass; the page follows it to Ready without a reload.
    await page
      .locator('[data-condition=Ready]', { hasText: 'ReconciliationSucceeded' })
      .waitFor({ timeout: 60_000 });
    await shot('site');
  });

  it('shows the pending plan: a deletion that the guards block, and the node blocked in the fleet', async () => {
    await site.setYaml('pools/docker-hosts.yaml', ['spec', 'replicas'], 4);
    const third = await site.commit('Back to four docker hosts');
    await fetch(`${sync.url}/api/v1/reconcile`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    await page.goto(`${sync.url}/ui/#/plan`);
    await page.locator('details[data-change=docker-05]').waitFor({ timeout: 60_000 });
    expect((await status()).lastPass).toMatchObject({ result: 'blocked', revision: third });
    expect(await page.locator('[data-summary=blocked]').innerText()).toBe('1');
    await page.locator('details[data-change=docker-05] summary').click();
    await shot('plan');
    await page.goto(`${sync.url}/ui/#/fleet`);
    await page.locator('tr[data-node=docker-05][data-state=blocked]').waitFor();
  });

  it('answers malformed or unknown compare and timeline requests with a clear error', async () => {
    const bad = await fetch(`${sync.url}/api/v1/compare?base=--upload-pack&head=main`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain('two revisions');
    const unknown = await fetch(`${sync.url}/api/v1/compare?base=${'0'.repeat(40)}&head=main`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { code: string }).code).toMatch(/^GIT_/);
    expect((await fetch(`${sync.url}/api/v1/nodes/..%2Fetc/timeline`)).status).toBe(400);
    const none = await api<{ entries: unknown[]; available: boolean }>('/api/v1/nodes/nobody/timeline');
    expect(none).toEqual({ node: 'nobody', entries: [], available: true });
  });

  it('never sends a secret to the browser and logs no error or CSP violation there', () => {
    expect(bodies.length).toBeGreaterThan(5);
    for (const body of bodies) {
      expect(body).not.toContain(TOKEN);
      expect(body).not.toContain(sim.env('x')['OV_PASSWORD']!);
    }
    expect(consoleProblems.filter((p) => !p.includes('401'))).toEqual([]);
    // No other origin: the page works with no network beyond the daemon.
    expect(requested.filter((url) => !url.startsWith(`${sync.url}/`))).toEqual([]);
  });

  it('stops gracefully while the browser follows its event stream', async () => {
    await page.goto(`${sync.url}/ui/#/rollout`);
    await page.locator('[data-testid=live]', { hasText: 'Live' }).waitFor();
    const result = await sync.stop();
    expect(result.code, result.stderr).toBe(0);
    await page.locator('[data-testid=live]', { hasText: 'Reconnecting' }).waitFor();
  });
});
