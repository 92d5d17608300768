/**
 * Dashboard benchmark: the fleet view of 2,000 nodes in headless Chromium (Debian's `chromium`), served by the
 * daemon's own routes (/api/v1 and /ui/) fed a real reconcile plan: 1,900 nodes running, 100 to create.
 *
 * Prints one JSON object with, over five fresh page loads, the median and worst:
 * - `firstRowsMs`: from navigation to the first table rows on screen;
 * - `interactiveMs`: from navigation until a search typed into the filter has narrowed the table to one row;
 * `fleetApiMs` and `fleetBytes`: GET /api/v1/fleet alone, from Node;
 * and `liveUpdateMs`: from the daemon publishing an apply that takes 100 nodes in flight to the page's counts
 * showing them, without a reload. The target beside them is 1 s.
 *
 * Usage: npm run build && npx tsx bench/dashboard.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { commitDirectory, openLocalRepository } from '../src/adapters/git/index.js';
import { openFileLedger } from '../src/adapters/ledger-file/index.js';
import { EMPTY_LEDGER_VIEW } from '../src/core/ledger/ledger-view.js';
import type { ObservedHardware, ObservedProfile } from '../src/core/observed/inventory.js';
import { buildPlan } from '../src/core/plan/build-plan.js';
import { DEFAULT_PLAN_OPTIONS } from '../src/core/plan/plan-options.js';
import { formatStamp, parseStamp } from '../src/core/stamp/stamp.js';
import { registerApiRoutes } from '../src/daemon/server/api/api-routes.js';
import { registerDashboardRoutes } from '../src/daemon/dashboard/dashboard-routes.js';
import { DashboardState } from '../src/daemon/dashboard/dashboard-state.js';
import { registerUi } from '../src/daemon/dashboard/serve-ui.js';
import { SiteStatusStore } from '../src/daemon/status/site-status.js';
import { createLogger } from '../src/logging/create-logger.js';
import { ensureUiBuilt } from '../test/support/browser/built-ui.js';
import { launchChromium } from '../test/support/browser/headless-chromium.js';
import { EXAMPLE_REPO } from '../test/support/e2e/built-cli.js';
import { desiredNode, desiredState } from '../test/support/builders/desired.js';
import { demoInventory, GEN10, REVISION } from '../test/support/builders/inventory.js';

const NODES = 2_000;
const RUNNING = 1_900;
const LOADS = 5;
const TARGET_MS = 1_000;

const nodes = Array.from({ length: NODES }, (_, i) => {
  const pool = `pool-${String(Math.floor(i / 100)).padStart(2, '0')}`;
  return desiredNode({
    name: `${pool}-n${String(i % 100).padStart(3, '0')}`,
    pool,
    index: (i % 100) + 1,
    rollout: { maxUnavailable: 5, maxSurge: 0, maxInFlight: 100 },
  });
});
const desired = desiredState(nodes);
const base = demoInventory({ frames: 200, bays: 12 });
const hardware: ObservedHardware[] = base.hardware.map((h) => ({ ...h, hardwareTypeUri: GEN10 }));
const profiles: ObservedProfile[] = [];
for (let i = 0; i < RUNNING; i++) {
  const node = nodes[i]!;
  const uri = `/rest/server-profiles/p${i}`;
  const description = formatStamp({
    site: 'dc1',
    node: node.name,
    spec: node.specHash.slice(0, 16),
    rev: REVISION.slice(0, 12),
    gen: 1,
  });
  profiles.push({
    uri,
    name: node.name,
    description,
    stamp: parseStamp(description),
    hardwareUri: hardware[i]!.uri,
    templateUri: base.templates[0]!.uri,
    deploymentPlanUri: base.templates[0]!.deploymentPlanUri,
    customAttributes: node.attributes,
    templateCompliance: 'Compliant',
    complianceIssues: [],
    sections: null,
    state: 'Normal',
    status: 'OK',
    inProgress: false,
    taskUri: null,
    eTag: `e${i}`,
  });
  hardware[i] = { ...hardware[i]!, state: 'ProfileApplied', powerState: 'On', profileUri: uri };
}
const plan = buildPlan(desired, { ...base, hardware, profiles }, EMPTY_LEDGER_VIEW, {
  ...DEFAULT_PLAN_OPTIONS,
  revision: REVISION,
});

const work = await mkdtemp(join(tmpdir(), 'phoenix-bench-dashboard-'));
const logger = createLogger({ level: 'warn' });
const iso = (at?: number): string => new Date(at ?? Date.now()).toISOString();
await ensureUiBuilt();
const ledger = await openFileLedger(join(work, 'state'), { logger });
await commitDirectory(EXAMPLE_REPO, join(work, 'repo'), {
  message: 'bench',
  author: { name: 'Bench', email: 'bench@phoenix.invalid' },
});
const source = await openLocalRepository(join(work, 'repo'));
const state = new DashboardState(iso);
const status = new SiteStatusStore(iso());
const outcome = {
  result: 'out-of-sync' as const,
  revision: REVISION,
  site: 'dc1',
  message: 'Changes are pending; auto-apply is off.',
  plan,
  pendingPlan: plan,
  report: null,
  diagnostics: [],
  errorCode: null,
};
const pass = {
  passId: 'bench',
  trigger: 'start',
  result: outcome.result,
  revision: REVISION,
  message: outcome.message,
  errorCode: null,
  startedAt: iso(),
  finishedAt: iso(),
};
status.passFinished(pass, outcome, iso());
state.passFinished(outcome);
const snapshot = () =>
  status.snapshot({
    version: 'bench',
    repository: 'bench',
    branch: 'main',
    suspended: false,
    autoApply: false,
    lastAppliedRevision: null,
    lastAppliedAt: null,
    nextRetryAt: null,
  });

const app = Fastify({ logger: false });
registerApiRoutes(app, {
  token: null,
  isReady: () => true,
  status: snapshot,
  runs: (limit) => ledger.history(limit),
  pendingPlan: () => status.pendingPlan,
  reconcile: () => false,
  suspend: () => Promise.resolve(),
  resume: () => Promise.resolve(),
  metrics: () => Promise.resolve({ contentType: 'text/plain', body: '' }),
});
registerDashboardRoutes(app, {
  token: null,
  state,
  status: snapshot,
  desired: () => desired,
  pendingPlan: () => status.pendingPlan,
  ledger,
  source,
  path: '',
  now: () => Date.now(),
});
await registerUi(app);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;

// The API alone, from Node: what the page waits for before it can draw the table.
const apiTimes: number[] = [];
let fleetBytes = 0;
for (let i = 0; i < LOADS; i++) {
  const start = performance.now();
  fleetBytes = (await (await fetch(`${url}/api/v1/fleet`)).text()).length;
  apiTimes.push(performance.now() - start);
}

const browser = await launchChromium();
const firstRows: number[] = [];
const interactive: number[] = [];
let liveUpdateMs = -1;
let reloaded = true;
try {
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.context.newPage();
    const start = performance.now();
    await page.goto(`${url}/ui/#/fleet`);
    await page.locator('tr[data-node]').first().waitFor();
    firstRows.push(performance.now() - start);
    await page.getByLabel('Search').fill('pool-07-n042');
    await page.locator('tr[data-node]:nth-child(2)').waitFor({ state: 'detached' });
    await page.locator('tr[data-node="pool-07-n042"]').waitFor();
    interactive.push(performance.now() - start);
    if (i < LOADS - 1) await page.close();
    else {
      await page.getByLabel('Search').fill('');
      await page.locator('[data-testid=live]', { hasText: 'Live' }).waitFor();
      await page.evaluate(() => {
        (globalThis as unknown as { benchMarker: number }).benchMarker = 1;
      });
      const creates = plan.changes.filter((c) => c.action === 'create');
      const liveStart = performance.now();
      state.planned(plan);
      state.applyEvent({
        type: 'run-started',
        runId: 'bench-run',
        changes: creates.map((c) => ({ id: c.id, node: c.node, action: c.action })),
      });
      for (const change of creates)
        state.applyEvent({
          type: 'step-started',
          changeId: change.id,
          node: change.node,
          step: 'allocate',
          attempt: 1,
          at: Date.now(),
        });
      await page
        .locator('button[data-state=in-flight] strong', { hasText: String(creates.length) })
        .waitFor();
      liveUpdateMs = performance.now() - liveStart;
      reloaded =
        (await page.evaluate(() => (globalThis as unknown as { benchMarker?: number }).benchMarker)) !== 1;
    }
  }
} finally {
  await browser.close();
  state.close();
  await app.close();
  await ledger.close();
  await rm(work, { recursive: true, force: true });
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (ms: number): number => Math.round(ms);
process.stdout.write(
  `${JSON.stringify({
    benchmark: 'dashboard',
    nodes: NODES,
    loads: LOADS,
    firstRowsMs: { median: round(median(firstRows)), max: round(Math.max(...firstRows)) },
    interactiveMs: { median: round(median(interactive)), max: round(Math.max(...interactive)) },
    fleetApiMs: { median: round(median(apiTimes)), max: round(Math.max(...apiTimes)) },
    fleetBytes,
    liveUpdateMs: round(liveUpdateMs),
    liveUpdateWithoutReload: !reloaded,
    targetMs: TARGET_MS,
  })}\n`,
);
