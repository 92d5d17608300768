import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPlanJson } from '../../../src/cli/views/plan/plan-json.js';
import { GITHUB_COMMENT_LIMIT, renderPlanMarkdown } from '../../../src/cli/views/plan/plan-markdown.js';
import { renderPlanText } from '../../../src/cli/views/plan/plan-text.js';
import { desiredState, poolNodes } from '../../support/builders/desired.js';
import { demoInventory } from '../../support/builders/inventory.js';
import { plan } from '../../support/builders/plan-input.js';
import { freshDemoPlan, mixedPlan } from '../../support/builders/sample-plans.js';
import { planAgainstBase } from '../../../src/engine/reconcile/pull-request/plan-against-base.js';

const fixtures = fileURLToPath(new URL('../../fixtures/plans/', import.meta.url));

/** Compares with a golden file; PHOENIX_UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
function golden(name: string, actual: string): void {
  const path = `${fixtures}${name}`;
  if (process.env['PHOENIX_UPDATE_GOLDEN'] === '1') writeFileSync(path, actual);
  expect(existsSync(path), `golden file ${name} is missing`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('plan views', () => {
  it.each([
    ['fresh-demo', freshDemoPlan],
    ['mixed', mixedPlan],
  ] as const)('renders the %s plan as text, Markdown and JSON', (name, build) => {
    const p = build();
    golden(`${name}.txt`, renderPlanText(p, { color: false }));
    golden(`${name}.md`, renderPlanMarkdown(p));
    golden(`${name}.json`, renderPlanJson(p));
  });

  it('says an offline plan without changes compares two commits, not an appliance', () => {
    const desired = desiredState(poolNodes('web', 'web', 2));
    const revision = 'b'.repeat(40);
    const p = planAgainstBase({ base: desired, baseRevision: 'a'.repeat(40), head: desired, revision });
    expect(p.summary.hasChanges).toBe(false);
    for (const text of [renderPlanText(p, { color: false }), renderPlanMarkdown(p)]) {
      expect(text).toContain('No changes: the head commit declares what the base commit does.');
      expect(text).not.toContain('the appliance matches');
    }
  });

  it('colours text only when asked', () => {
    const p = mixedPlan();
    expect(renderPlanText(p, { color: false })).not.toContain('\u001b[');
    expect(renderPlanText(p, { color: true })).toContain('\u001b[33m');
  });

  it('never shows a secret', () => {
    const p = mixedPlan();
    for (const text of [renderPlanText(p, { color: false }), renderPlanMarkdown(p), renderPlanJson(p)]) {
      expect(text).not.toContain('hunter2');
      expect(text).toContain('(sensitive)');
    }
  });

  it('keeps a Markdown comment under the limit by leaving details out, and says so', () => {
    const big = plan(desiredState(poolNodes('web', 'web', 400)), demoInventory({ frames: 40 }));
    const full = renderPlanMarkdown(big, { maxLength: 10_000_000 });
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    const cut = renderPlanMarkdown(big);
    expect(cut.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(cut).toMatch(/> \d+ of 400 change details were left out/);
    expect(cut.indexOf('| create |')).toBeLessThan(cut.indexOf('<details>'));
  });

  it('renders byte-identical output for identical plans', () => {
    expect(renderPlanJson(mixedPlan())).toBe(renderPlanJson(mixedPlan()));
  });
});
