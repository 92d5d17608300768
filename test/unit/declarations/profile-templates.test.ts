import { describe, expect, it } from 'vitest';
import { loadFiles, VALID_REPO } from './fixtures.js';

const BASE_TEMPLATE = `apiVersion: phoenix/v1alpha1
kind: ProfileTemplate
metadata:
  name: spt-base
spec:
  serverHardwareType: SY 480 Gen10 1
  enclosureGroup: EG-1
  bootMode: { mode: UEFIOptimized }
  bootOrder: [HardDisk]
  bios:
    WorkloadProfile: Virtualization-MaxPerformance
    MinProcIdlePower: NoCStates
  firmware: { baseline: SPP-2024.01 }
  connections:
    - { id: 1, portId: 'Mezz 3:1-a', network: Deploy, bootPriority: Primary }
    - { id: 2, portId: 'Mezz 3:2-a', network: Management, requestedMbps: 2500 }
`;

const WORKER_TEMPLATE = `apiVersion: phoenix/v1alpha1
kind: ProfileTemplate
metadata:
  name: spt-worker
spec:
  extends: spt-base
  bios:
    MinProcIdlePower: null
    IntelHyperthreading: Disabled
  firmware: { baseline: SPP-2024.07, force: true }
`;

const WITH_TEMPLATES = {
  ...VALID_REPO,
  'templates/base.yaml': BASE_TEMPLATE,
  'templates/worker.yaml': WORKER_TEMPLATE,
};

async function findings(files: Readonly<Record<string, string>>): Promise<string[]> {
  const result = await loadFiles(files);
  expect(result.desired).toBeNull();
  return result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);
}

describe('ProfileTemplate declarations', () => {
  it('merges extends like plans and gives nodes on a declared template its content hash', async () => {
    const result = await loadFiles(WITH_TEMPLATES);
    expect(result.diagnostics).toEqual([]);
    const desired = result.desired!;
    expect(desired.templates.map((t) => t.name)).toEqual(['spt-base', 'spt-worker']);
    const worker = desired.templates.find((t) => t.name === 'spt-worker')!;
    expect(worker.content.bios).toEqual({
      IntelHyperthreading: 'Disabled',
      WorkloadProfile: 'Virtualization-MaxPerformance',
    });
    expect(worker.content.firmware).toEqual({
      baseline: 'SPP-2024.07',
      installType: 'FirmwareOnly',
      force: true,
      activation: 'Immediate',
    });
    expect(worker.content.connections.map((c) => c.network.name)).toEqual(['Deploy', 'Management']);
    expect(worker.references.find((r) => r.kind === 'firmwareBundle')).toMatchObject({
      name: 'SPP-2024.07',
      path: 'firmware.baseline',
      source: { file: 'templates/worker.yaml', line: 10 },
    });
    for (const node of desired.nodes) expect(node.templateSpec).toBe(worker.specHash);
  });

  it('replaces the nodes of a template whose baseline changes, and only those', async () => {
    const before = (await loadFiles(WITH_TEMPLATES)).desired!;
    const after = (
      await loadFiles({
        ...WITH_TEMPLATES,
        'templates/worker.yaml': WORKER_TEMPLATE.replace('SPP-2024.07', 'SPP-2025.01'),
      })
    ).desired!;
    const hashes = (d: typeof before) => d.nodes.map((n) => n.specHash);
    expect(hashes(after).every((h, i) => h !== hashes(before)[i])).toBe(true);
    // A template no node uses changes no node.
    const other = (
      await loadFiles({
        ...WITH_TEMPLATES,
        'templates/other.yaml': BASE_TEMPLATE.replace('spt-base', 'spt-other'),
      })
    ).desired!;
    expect(hashes(other)).toEqual(hashes(before));
  });

  it('keeps the spec hash of nodes whose template is not declared', async () => {
    const plain = (await loadFiles(VALID_REPO)).desired!;
    const other = (await loadFiles({ ...VALID_REPO, 'templates/base.yaml': BASE_TEMPLATE })).desired!;
    expect(other.nodes.map((n) => n.specHash)).toEqual(plain.nodes.map((n) => n.specHash));
    expect(other.nodes.every((n) => n.templateSpec === null)).toBe(true);
  });

  it.each([
    [
      'duplicate connection ids',
      BASE_TEMPLATE.replace("{ id: 2, portId: 'Mezz 3:2-a'", "{ id: 1, portId: 'Mezz 3:2-a'"),
      ['templates/base.yaml:16:13 DECL_DUPLICATE_CONNECTION'],
    ],
    [
      'duplicate port ids',
      BASE_TEMPLATE.replace("portId: 'Mezz 3:2-a'", "portId: 'Mezz 3:1-a'"),
      ['templates/base.yaml:16:24 DECL_DUPLICATE_CONNECTION'],
    ],
    [
      'a connection with neither network nor network set',
      BASE_TEMPLATE.replace(', network: Management', ''),
      ['templates/base.yaml:16:7 DECL_SCHEMA'],
    ],
    [
      'a secret in management processor settings',
      `${BASE_TEMPLATE}  managementProcessor:\n    settings:\n      - settingType: LocalAccounts\n        args: { userName: admin, password: hunter2 }\n`,
      ['templates/base.yaml:20:44 DECL_LITERAL_SECRET'],
    ],
  ])('refuses %s', async (_label, base, expected) => {
    expect(await findings({ ...WITH_TEMPLATES, 'templates/base.yaml': base })).toEqual(expected);
  });

  it('refuses a template cycle and an unknown parent', async () => {
    expect(
      await findings({
        ...WITH_TEMPLATES,
        'templates/base.yaml': BASE_TEMPLATE.replace('spec:\n', 'spec:\n  extends: spt-worker\n'),
      }),
    ).toEqual(['templates/base.yaml:6:12 DECL_EXTENDS_CYCLE']);
    expect(
      await findings({
        ...WITH_TEMPLATES,
        'templates/worker.yaml': WORKER_TEMPLATE.replace('extends: spt-base', 'extends: spt-nope'),
      }),
    ).toEqual(['templates/worker.yaml:6:12 DECL_UNKNOWN_REFERENCE']);
  });
});
