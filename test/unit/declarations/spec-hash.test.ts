import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/desired/canonical-json.js';
import { specHashInput, type DesiredNode } from '../../../src/core/desired/desired-state.js';
import { loadFiles, VALID_REPO } from './fixtures.js';

async function nodesOf(files: Readonly<Record<string, string>>): Promise<Map<string, DesiredNode>> {
  const result = await loadFiles(files);
  expect(result.diagnostics).toEqual([]);
  return new Map(result.desired!.nodes.map((node) => [node.name, node]));
}

const edit = (file: string, from: string, to: string): Record<string, string> => {
  const content = VALID_REPO[file]!;
  expect(content).toContain(from);
  return { ...VALID_REPO, [file]: content.replace(from, to) };
};

const PLAN = 'plans/worker.yaml';

describe('spec hash', () => {
  it.each([
    [
      'a verify check is added',
      edit(
        PLAN,
        'ROLE: worker',
        'ROLE: worker\n  verify:\n    checks: [{ name: docker, type: consul, service: docker }]',
      ),
    ],
    [
      'verify timing changes',
      edit(PLAN, 'ROLE: worker', 'ROLE: worker\n  verify: { stableFor: 2m, timeout: 1h }'),
    ],
    [
      'rollout changes',
      edit(PLAN, 'ROLE: worker', "ROLE: worker\n  rollout: { maxUnavailable: '50%', maxSurge: 2 }"),
    ],
    [
      'remediation changes',
      edit(PLAN, 'ROLE: worker', 'ROLE: worker\n  remediation: { enabled: true, strategy: abandon }'),
    ],
    ['a node becomes protected', edit('nodes/db-01.yaml', 'spec:\n', 'spec:\n  protected: true\n')],
    ['a dependency is added', edit('nodes/db-01.yaml', 'spec:\n', 'spec:\n  dependsOn: [workers]\n')],
    ['the enclosure group changes', edit('site.yaml', 'enclosureGroup: EG-1', 'enclosureGroup: EG-2')],
    ['a label changes', edit(PLAN, 'name: worker', 'name: worker\n  labels: { team: infra }')],
  ])('is unchanged when %s', async (_name, files) => {
    const [before, after] = await Promise.all([nodesOf(VALID_REPO), nodesOf(files)]);
    for (const [name, node] of before) expect(after.get(name)?.specHash, name).toBe(node.specHash);
  });

  it.each([
    ['an attribute changes', edit(PLAN, 'ROLE: worker', 'ROLE: builder'), ['db-01', 'w-01', 'w-02', 'w-03']],
    [
      'an inherited attribute is deleted',
      edit(PLAN, 'ROLE: worker', 'ROLE: worker\n    VLAN_ID: null'),
      ['db-01', 'w-01', 'w-02', 'w-03'],
    ],
    [
      'a templated value changes',
      edit('pools/workers.yaml', '.lab.example.org', '.lab2.example.org'),
      ['w-01', 'w-02', 'w-03'],
    ],
    [
      'the profile template changes',
      edit(PLAN, 'spt-worker', 'spt-worker-v2'),
      ['db-01', 'w-01', 'w-02', 'w-03'],
    ],
    [
      'the deployment plan changes',
      edit(PLAN, 'DP-Worker }', 'DP-Worker-2 }'),
      ['db-01', 'w-01', 'w-02', 'w-03'],
    ],
    [
      'the deployment plan gets pinned by id',
      edit(PLAN, 'DP-Worker }', 'DP-Worker, id: 7b6c }'),
      ['db-01', 'w-01', 'w-02', 'w-03'],
    ],
    [
      'the hardware type changes',
      edit('plans/base.yaml', 'SY 480 Gen10 1', 'SY 480 Gen9 1'),
      ['db-01', 'w-01', 'w-02', 'w-03'],
    ],
    [
      'one node gets an override',
      edit(
        'pools/workers.yaml',
        "lab.example.org'\n",
        "lab.example.org'\n  overrides:\n    w-02: { attributes: { ROLE: canary } }\n",
      ),
      ['w-02'],
    ],
  ])('changes when %s', async (_name, files, changed) => {
    const [before, after] = await Promise.all([nodesOf(VALID_REPO), nodesOf(files)]);
    const differing = [...before.keys()].filter(
      (name) => after.get(name)?.specHash !== before.get(name)?.specHash,
    );
    expect(differing).toEqual(changed);
  });

  it('is the sha256 hex of the canonical immutable part', async () => {
    const node = (await nodesOf(VALID_REPO)).get('w-01')!;
    expect(node.specHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is that hash for every node, overrides and pets included, though nodes of a stack share its tail', async () => {
    const files = edit(
      'pools/workers.yaml',
      "lab.example.org'\n",
      "lab.example.org'\n  overrides:\n    w-02: { attributes: { ROLE: 'can\"ary', EXTRA: 'é' } }\n",
    );
    for (const nodes of [await nodesOf(VALID_REPO), await nodesOf(files)]) {
      expect(nodes.size).toBeGreaterThan(2);
      for (const node of nodes.values()) {
        const reference = createHash('sha256')
          .update(canonicalJson(specHashInput(node)))
          .digest('hex');
        expect(node.specHash, node.name).toBe(reference);
      }
    }
  });
});
