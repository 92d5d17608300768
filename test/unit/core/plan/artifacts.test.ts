import { describe, expect, it } from 'vitest';
import { desiredNode, desiredState } from '../../../support/builders/desired.js';
import { demoInventory } from '../../../support/builders/inventory.js';
import { changeOf, plan } from '../../../support/builders/plan-input.js';

const base = desiredNode({ name: 'docker-01' });

describe('artifacts and attributes', () => {
  it.each([
    {
      label: 'unknown template',
      input: { profileTemplate: 'spt-nope' },
      blocked: { kind: 'template-not-found', template: 'spt-nope' },
      code: 'PLAN_TEMPLATE_NOT_FOUND',
    },
    {
      label: 'unknown deployment plan',
      input: { deploymentPlan: { name: 'DP-Nope', id: null } },
      blocked: { kind: 'deployment-plan-not-found', deploymentPlan: 'DP-Nope', id: null },
      code: 'PLAN_DEPLOYMENT_PLAN_NOT_FOUND',
    },
    {
      label: 'golden image assertion not met',
      input: { goldenImage: { name: 'GI-Fedora-27-x64', id: null } },
      blocked: { kind: 'golden-image-mismatch', expected: 'GI-Fedora-27-x64', actual: 'GI-CentOS-7.4-x64' },
      code: 'PLAN_GOLDEN_IMAGE_MISMATCH',
    },
    {
      label: 'declared attribute not set',
      input: { attributes: { SERVER_FQDN: 'a', CONSUL_FQDN: 'b', DATADOG_TAG: 'c' } },
      blocked: { kind: 'attributes-missing', attributes: ['VLAN_ID'] },
      code: 'PLAN_ATTRIBUTE_MISSING',
    },
  ])('blocks on $label with a diagnostic', ({ input, blocked, code }) => {
    const result = plan(desiredState([desiredNode({ name: 'docker-01', ...input })]), demoInventory());
    expect(changeOf(result, 'docker-01').blockedBy).toEqual(blocked);
    expect(result.diagnostics).toMatchObject([
      { severity: 'error', code, nodes: ['docker-01'], source: { file: 'nodes/docker-01.yaml' } },
    ]);
  });

  it('warns about attributes set but not declared, and does not send them', () => {
    const extra = desiredNode({ name: 'docker-01', attributes: { ...base.attributes, EXTRA: '1' } });
    const result = plan(desiredState([extra]), demoInventory());
    expect(result.diagnostics).toMatchObject([
      { severity: 'warning', code: 'PLAN_ATTRIBUTE_NOT_DECLARED', subject: 'DP-Docker-CentOS-7.4/EXTRA' },
    ]);
    const compose = changeOf(result, 'docker-01').steps.find((s) => s.kind === 'compose');
    expect(compose?.kind === 'compose' && compose.customAttributes.map((a) => a.name)).not.toContain('EXTRA');
  });

  it('expands NIC attributes to five keys, with node values first', () => {
    const nic = desiredNode({
      name: 'docker-01',
      attributes: { ...base.attributes, 'ManagementNIC.constraint': 'dhcp' },
    });
    const compose = changeOf(plan(desiredState([nic]), demoInventory()), 'docker-01').steps.find(
      (s) => s.kind === 'compose',
    );
    expect(
      compose?.kind === 'compose' &&
        compose.customAttributes.filter((a) => a.name.startsWith('ManagementNIC')),
    ).toEqual([
      { name: 'ManagementNIC.connectionid', value: '1', sensitive: false },
      { name: 'ManagementNIC.constraint', value: 'dhcp', sensitive: false },
      { name: 'ManagementNIC.dhcp', value: 'false', sensitive: false },
      { name: 'ManagementNIC.ipv4disable', value: 'false', sensitive: false },
      { name: 'ManagementNIC.networkuri', value: '', sensitive: false },
    ]);
  });

  it('groups a diagnostic over every node it affects', () => {
    const nodes = ['a-01', 'a-02'].map((name) => desiredNode({ name, profileTemplate: 'spt-nope' }));
    expect(plan(desiredState(nodes), demoInventory()).diagnostics).toMatchObject([
      { code: 'PLAN_TEMPLATE_NOT_FOUND', nodes: ['a-01', 'a-02'] },
    ]);
  });

  it('fills the compose and verify steps with what the executor needs', () => {
    const result = plan(desiredState([base]), demoInventory());
    const [allocate, compose, boot, verify] = changeOf(result, 'docker-01').steps;
    expect(allocate).toMatchObject({
      kind: 'allocate',
      mutates: false,
      hardwareName: 'SYN-FRAME-01, bay 1',
      serialNumber: 'SN0101',
      bay: 1,
    });
    expect(compose).toMatchObject({
      kind: 'compose',
      mutates: true,
      profileName: 'docker-01',
      templateUri: '/rest/server-profile-templates/spt-docker-centos74',
      deploymentPlanUri: '/rest/os-deployment-plans/dp-docker-centos-7-4',
      hardwareUri: '/rest/server-hardware/f1b01',
    });
    expect(boot).toEqual({
      id: 'docker-01/boot',
      kind: 'boot',
      mutates: true,
      hardwareUri: '/rest/server-hardware/f1b01',
    });
    expect(verify).toMatchObject({
      kind: 'verify',
      consulNodeName: 'docker-01.dc1.example.org',
      stableForMs: 30_000,
      timeoutMs: 900_000,
    });
  });
});
