import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';

type Edit = readonly [file: string, from: string, to: string];

/**
 * Every bad input of a declared template, and references only the appliance can check: each is refused with a
 * diagnostic naming the file and line, exit 1, and not one mutating request reaches the appliance.
 */
describe('bad template input and unresolvable references', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  async function withEdits<T>(edits: readonly Edit[], run: () => Promise<T>): Promise<T> {
    const originals = new Map<string, string>();
    for (const [file, from, to] of edits) {
      const path = join(site.repo, file);
      const text = originals.get(file) ?? (await readFile(path, 'utf8'));
      if (!originals.has(file)) originals.set(file, text);
      const current = await readFile(path, 'utf8');
      expect(current, `${file} contains ${from}`).toContain(from);
      await writeFile(path, current.replace(from, to));
    }
    try {
      return await run();
    } finally {
      for (const [file, text] of originals) await writeFile(join(site.repo, file), text);
    }
  }

  it.each<[string, readonly Edit[], RegExp]>([
    [
      'a network the appliance does not have',
      [['templates/synergy-base.yaml', 'network: Management', 'network: Managment']],
      /templates\/synergy-base\.yaml:\d+: template \w.*The appliance has no network "Managment"/,
    ],
    [
      'a firmware bundle the appliance does not have',
      [['templates/synergy-base.yaml', 'baseline: SSP 2024.04.02', 'baseline: SSP 2099.01.01']],
      /The appliance has no firmwareBundle "SSP 2099\.01\.01" \(firmware\.baseline\)/,
    ],
    [
      'a hardware type the appliance does not have',
      [
        [
          'templates/synergy-base.yaml',
          'serverHardwareType: SY 480 Gen10 1',
          'serverHardwareType: SY 660 Gen11 1',
        ],
      ],
      /The appliance has no hardwareType "SY 660 Gen11 1"/,
    ],
    [
      'an enclosure group the appliance does not have',
      [['templates/synergy-base.yaml', 'enclosureGroup: EG-I3S', 'enclosureGroup: EG-NOPE']],
      /The appliance has no enclosureGroup "EG-NOPE"/,
    ],
    [
      'a bandwidth over the port maximum',
      [
        [
          'templates/synergy-base.yaml',
          'requestedMbps: 2500\n      bootPriority: Primary',
          'requestedMbps: 40000\n      bootPriority: Primary',
        ],
      ],
      /40000 Mb\/s exceeds the 20000 Mb\/s of port Mezz 3:1-a/,
    ],
    [
      'a Plan naming a template neither declared nor on the appliance',
      [['plans/k8s-master.yaml', 'profileTemplate: k8s-master', 'profileTemplate: spt-k8s-mastr']],
      /nodes\/k8s-master-01\.yaml:\d+: k8s-master-01: Profile template "spt-k8s-mastr" does not exist/,
    ],
    [
      'a declared template named like a template Phoenix did not create',
      [
        ['templates/k8s-worker.yaml', 'name: k8s-worker', 'name: spt-k8s-worker'],
        ['plans/k8s-worker.yaml', 'profileTemplate: k8s-worker', 'profileTemplate: spt-k8s-worker'],
      ],
      /template spt-k8s-worker: A template named "spt-k8s-worker" exists and is not Phoenix's/,
    ],
    [
      'a pin to a bay that does not exist',
      [['nodes/k8s-master-01.yaml', 'bay: 1', 'bay: 40']],
      /nodes\/k8s-master-01\.yaml:\d+: k8s-master-01: /,
    ],
  ])('refuses %s when planning and applying, and changes nothing', async (_label, edits, finding) => {
    await withEdits(edits, async () => {
      const since = await sim.lastSeq();
      const plan = await runCli(['plan', '--repo', site.repo], env);
      expect(plan.code, plan.stdout).toBe(1);
      expect(plan.stderr).toContain('PLAN_UNRESOLVED_REFERENCE');
      expect(plan.stderr).toMatch(finding);
      const apply = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
      expect(apply.code).toBe(1);
      expect(apply.stderr).toContain('PLAN_UNRESOLVED_REFERENCE');
      expect(await sim.mutations(since)).toEqual([]);
    });
  });

  it.each<[string, readonly Edit[], RegExp]>([
    [
      'connections with duplicate port ids',
      [['templates/synergy-base.yaml', "portId: 'Mezz 3:2-a'", "portId: 'Mezz 3:1-a'"]],
      /templates\/synergy-base\.yaml:\d+:\d+: error DECL_DUPLICATE_CONNECTION/,
    ],
    [
      'a template cycle',
      [['templates/synergy-base.yaml', 'spec:\n', 'spec:\n  extends: k8s-worker\n']],
      /templates\/\S+\.yaml:\d+:\d+: error DECL_EXTENDS_CYCLE/,
    ],
  ])('refuses %s at validation, and changes nothing', async (_label, edits, finding) => {
    await withEdits(edits, async () => {
      const since = await sim.lastSeq();
      const validate = await runCli(['validate', '--repo', site.repo], env);
      expect(validate.code).toBe(1);
      expect(validate.stdout).toMatch(finding);
      const apply = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
      expect(apply.code).toBe(1);
      expect(await sim.mutations(since)).toEqual([]);
    });
  });
});
