import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, type CliEnv } from '../support/e2e/built-cli.js';
import { E2eSimulator } from '../support/e2e/e2e-simulator.js';

interface PlanJson {
  summary: Record<string, number | boolean>;
  templates: { template: string; action: string; cause: string }[];
}

describe('phoenix import of a site whose templates and profiles were made by hand', () => {
  let sim: E2eSimulator;
  let root: string;
  let env: CliEnv;

  beforeAll(async () => {
    await ensureBuilt();
    sim = await E2eSimulator.start();
    root = await mkdtemp(join(tmpdir(), 'phoenix-import-'));
    env = sim.env(join(root, 'state'));
    await sim.createForeignProfile('legacy-web-01', 'SYN-FRAME-02, bay 4');
  }, 180_000);

  afterAll(async () => {
    await sim?.close();
    if (root !== undefined) await rm(root, { recursive: true, force: true });
  });

  it('writes declarations that validate and whose plan adopts, replaces and deletes nothing', async () => {
    const out = join(root, 'repo');
    const imported = await runCli(['import', '--out', out, '--site', 'dc1'], env);
    expect(imported.code, imported.stderr).toBe(0);
    const validate = await runCli(['validate', '--repo', out], env);
    expect(validate.code, validate.stdout).toBe(0);

    const since = await sim.lastSeq();
    const result = await runCli(['plan', '--repo', out, '--format', 'json', '--allow-deletions'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(await sim.mutations(since)).toEqual([]);
    const plan = JSON.parse(result.stdout) as PlanJson;
    expect(plan.summary).toMatchObject({ create: 0, replace: 0, heal: 0, delete: 0, blocked: 0 });
    // The hand-made templates stay as they are; only their declared copies (used by nothing yet) are new.
    const hand = (await sim.templates()).map((t) => String(t['name']));
    expect(hand).toContain('spt-k8s-worker');
    expect(plan.templates.filter((t) => t.action === 'delete' || t.action === 'update')).toEqual([]);
    expect(plan.templates.filter((t) => t.action === 'create').map((t) => t.template)).toEqual(
      hand.map((name) => `${name}-declared`),
    );
  });

  it('refuses to write into a folder that is not empty', async () => {
    const result = await runCli(['import', '--out', join(root, 'repo')], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the folder is not empty');
  });
});
