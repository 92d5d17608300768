import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { DECLARATION_KINDS, type DeclarationKind } from '../../../src/declarations/declaration-kinds.js';
import { loadRepo } from './fixtures.js';
import { EXAMPLE_NODES } from '../../support/e2e/appliance-invariants.js';

const EXAMPLE = fileURLToPath(new URL('../../../example-repo/', import.meta.url));

describe('example-repo', () => {
  it('is valid and declares the dc1 site', async () => {
    const result = await loadRepo(EXAMPLE);
    expect(result.diagnostics).toEqual([]);
    const desired = result.desired!;
    expect(desired.site.name).toBe('dc1');
    expect(desired.nodes.map((n) => n.name)).toEqual([...EXAMPLE_NODES]);
    expect(desired.pools.map((p) => [p.name, p.replicas])).toEqual([
      ['docker-hosts', 3],
      ['k8s-workers', 4],
      ['openstack-compute', 2],
      ['rocky-hosts', 2],
    ]);
  });

  it('resolves inheritance, templating, pins and dependencies', async () => {
    const desired = (await loadRepo(EXAMPLE)).desired!;
    const node = (name: string) => desired.nodes.find((n) => n.name === name)!;
    expect(node('k8s-w-03')).toMatchObject({
      plan: 'k8s-worker',
      profileTemplate: 'k8s-worker',
      templateSpec: desired.templates.find((t) => t.name === 'k8s-worker')!.specHash,
      deploymentPlan: { name: 'DP-K8S-Worker-Fedora-27', id: null },
      fqdn: 'k8s-w-03.dc1.example.org',
      attributes: {
        SERVER_FQDN: 'k8s-w-03.dc1.example.org',
        CONSUL_FQDN: 'consul.dc1.example.org',
        K8S_CLUSTER_NAME: 'dc1-k8s',
        DATADOG_TAG: 'role:k8s-worker',
        VLAN_ID: '210',
      },
      hardware: {
        serverHardwareType: 'SY 480 Gen10 1',
        enclosureGroup: 'EG-I3S',
        spread: 'enclosure',
        pin: null,
      },
      dependsOn: ['k8s-master-01'],
      remediation: { enabled: true, strategy: 'recycle' },
    });
    expect(desired.templates.find((t) => t.name === 'k8s-worker')!.content).toMatchObject({
      serverHardwareType: 'SY 480 Gen10 1',
      firmware: { baseline: 'SSP 2024.04.02' },
      bios: { WorkloadProfile: 'Virtualization-MaxPerformance', MinProcIdlePower: 'NoCStates' },
      deploymentPlan: 'DP-K8S-Worker-Fedora-27',
    });
    expect(node('k8s-w-03').verify.checks.map((c) => c.name)).toEqual(['consul-node', 'kubelet']);
    expect(node('k8s-master-01').hardware.pin).toEqual({ enclosure: 'SYN-FRAME-01', bay: 1 });
    expect(node('openstack-aio-01').hardware).toMatchObject({
      serverHardwareType: 'SY 480 Gen9 1',
      pin: { enclosure: 'SYN-FRAME-02', bay: 9 },
    });
    expect(node('os-compute-02').dependsOn).toEqual(['openstack-aio-01']);
    expect(node('docker-02').attributes['DATADOG_TAG']).toBe('role:docker,team:genomics');
    expect(node('docker-01').attributes['DATADOG_TAG']).toBe('role:docker');
    expect(desired.plans.find((p) => p.name === 'k8s-worker')?.chain).toEqual([
      'base',
      'k8s-base',
      'k8s-worker',
    ]);
  });

  it('is deeply frozen', async () => {
    const desired = (await loadRepo(EXAMPLE)).desired!;
    expect(Object.isFrozen(desired)).toBe(true);
    expect(Object.isFrozen(desired.nodes[0]!.attributes)).toBe(true);
    expect(Object.isFrozen(desired.nodes[0]!.verify.checks[0])).toBe(true);
    expect(Object.isFrozen(desired.site.guards)).toBe(true);
  });

  it('has the schema modeline of its kind in every file', async () => {
    const files = (await readdir(EXAMPLE, { recursive: true })).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = await readFile(`${EXAMPLE}${file}`, 'utf8');
      const kind = parseAllDocuments(text)[0]?.toJS().kind as DeclarationKind;
      const depth = file.split('/').length - 1;
      const expected = `# yaml-language-server: $schema=${'../'.repeat(depth + 1)}schemas/declarations/${DECLARATION_KINDS[kind]}`;
      expect(text.split('\n')[0], file).toBe(expected);
    }
  });
});
