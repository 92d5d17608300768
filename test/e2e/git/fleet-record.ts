import { expect } from 'vitest';
import type { InventorySnapshot } from '../../../src/core/observed/inventory.js';
import { runCli, type CliEnv } from '../../support/e2e/built-cli.js';
import type { GitSite } from './git-site.js';

/** What a rebuilt fleet must reproduce of one node: everything but the hardware it landed on. */
export interface NodeRecord {
  readonly template: string | null;
  readonly deploymentPlan: string | null;
  readonly attributes: Readonly<Record<string, string>>;
  readonly stamp: { readonly site: string; readonly spec: string; readonly rev: string } | null;
}

/** The site's stamped profiles of an exported inventory, by profile name, with names instead of URIs. */
export function fleetRecord(snapshot: InventorySnapshot, site: string): Record<string, NodeRecord> {
  const templates = new Map(snapshot.templates.map((t) => [t.uri, t.name]));
  const plans = new Map(snapshot.deploymentPlans.map((p) => [p.uri, p.name]));
  const out: Record<string, NodeRecord> = {};
  for (const profile of [...snapshot.profiles].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (profile.stamp?.site !== site) continue;
    out[profile.name] = {
      template: profile.templateUri === null ? null : (templates.get(profile.templateUri) ?? null),
      deploymentPlan:
        profile.deploymentPlanUri === null ? null : (plans.get(profile.deploymentPlanUri) ?? null),
      attributes: profile.customAttributes,
      stamp: { site: profile.stamp.site, spec: profile.stamp.spec, rev: profile.stamp.rev },
    };
  }
  return out;
}

/** `phoenix inventory export` of the site's appliance, read through the served repository. */
export async function exportInventory(site: GitSite, env: CliEnv): Promise<InventorySnapshot> {
  const result = await runCli(['inventory', 'export', '--repo', site.url], env);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as InventorySnapshot;
}
