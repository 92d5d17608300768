import { describe, expect, it } from 'vitest';
import { composeProfileBody } from '../../../src/adapters/oneview/compose-profile-body.js';
import { expandNicAttribute } from '../../../src/core/plan/nic-attribute.js';
import {
  inventoryFingerprint,
  type FingerprintInput,
} from '../../../src/adapters/oneview/inventory-fingerprint.js';
import { parseHardware, parseProfile, parseTemplate } from '../../../src/adapters/oneview/parse-wire.js';
import type { ComposeRequest } from '../../../src/ports/appliance.js';
import { fixture } from './fixture.js';

const request: ComposeRequest = {
  name: 'k8s-w-01',
  templateUri: '/rest/server-profile-templates/t1',
  hardwareUri: '/rest/server-hardware/h1',
  description: 'phoenix:v1 site=dc1 node=k8s-w-01 spec=0123456789abcdef rev=0123456789ab gen=1',
  deploymentPlanUri: '/rest/os-deployment-plans/p1',
  customAttributes: [
    { name: 'SERVER_FQDN', value: 'k8s-w-01.dc1.example.org' },
    { name: 'VLAN_ID', value: '210' },
  ],
};

describe('composeProfileBody', () => {
  it('sets name, hardware, description and OS deployment on the template new-profile, keeping the rest', () => {
    const newProfile = {
      ...fixture('oneview-redfish-toolkit/ServerProfile.json'),
      uri: undefined,
      eTag: undefined,
      name: null,
      serverHardwareUri: null,
    };
    const body = composeProfileBody(newProfile, request);
    expect(body).toMatchObject({
      name: 'k8s-w-01',
      serverHardwareUri: '/rest/server-hardware/h1',
      description: request.description,
      connectionSettings: newProfile.connectionSettings,
      bootMode: newProfile.bootMode,
    });
    expect(body).not.toHaveProperty('uri');
    expect(body).not.toHaveProperty('eTag');
    expect(body['osDeploymentSettings']).toEqual({
      ...newProfile.osDeploymentSettings,
      osDeploymentPlanUri: '/rest/os-deployment-plans/p1',
      osCustomAttributes: [
        { name: 'SERVER_FQDN', value: 'k8s-w-01.dc1.example.org' },
        { name: 'VLAN_ID', value: '210' },
      ],
    });
  });

  it('sends the NIC keys the planner expanded as they are, and adds none of its own', () => {
    const newProfile = { ...fixture('oneview-redfish-toolkit/ServerProfile.json'), name: null };
    const nic = expandNicAttribute('ManagementNIC', { 'ManagementNIC.constraint': 'dhcp' }).map((a) => ({
      name: a.name,
      value: a.value ?? '',
    }));
    const body = composeProfileBody(newProfile, { ...request, customAttributes: nic });
    const sent = (body['osDeploymentSettings'] as { osCustomAttributes: { name: string; value: string }[] })
      .osCustomAttributes;
    expect(sent.filter((a) => a.name.startsWith('ManagementNIC'))).toEqual(nic);
  });

  it('keeps the template NIC keys and lets the request override template attributes', () => {
    const newProfile = {
      name: null,
      osDeploymentSettings: {
        osDeploymentPlanUri: '/rest/os-deployment-plans/p0',
        osCustomAttributes: [
          { name: 'VLAN_ID', value: '100' },
          { name: 'ManagementNIC.connectionid', value: '3' },
          { name: 'ManagementNIC.dhcp', value: 'false' },
          { name: 'ManagementNIC.ipv4disable', value: 'false' },
          { name: 'ManagementNIC.networkuri', value: '/rest/ethernet-networks/m' },
          { name: 'ManagementNIC.constraint', value: 'auto' },
        ],
      },
    };
    const body = composeProfileBody(newProfile, { ...request, deploymentPlanUri: null });
    const settings = body['osDeploymentSettings'] as {
      osDeploymentPlanUri: string;
      osCustomAttributes: { name: string; value: string }[];
    };
    expect(settings.osDeploymentPlanUri).toBe('/rest/os-deployment-plans/p0');
    expect(Object.fromEntries(settings.osCustomAttributes.map((a) => [a.name, a.value]))).toEqual({
      VLAN_ID: '210',
      'ManagementNIC.connectionid': '3',
      'ManagementNIC.dhcp': 'false',
      'ManagementNIC.ipv4disable': 'false',
      'ManagementNIC.networkuri': '/rest/ethernet-networks/m',
      'ManagementNIC.constraint': 'auto',
      SERVER_FQDN: 'k8s-w-01.dc1.example.org',
    });
  });

  it('leaves a recorded request body unchanged apart from the node fields when there is no OS deployment', () => {
    const recorded = fixture('oneview-redfish-toolkit/ServerProfileBuiltFromTemplateToCreateASystem.json');
    const body = composeProfileBody(recorded, { ...request, deploymentPlanUri: null, customAttributes: [] });
    expect(body).toEqual({
      ...recorded,
      name: 'k8s-w-01',
      serverHardwareUri: '/rest/server-hardware/h1',
      description: request.description,
    });
  });
});

describe('inventoryFingerprint', () => {
  const input = (): FingerprintInput => ({
    enclosures: [],
    enclosureGroups: [{ uri: '/rest/enclosure-groups/a', name: 'EG' }],
    hardwareTypes: [],
    hardware: (fixture('oneview-redfish-toolkit/ServerHardwareList.json') as unknown[]).map(parseHardware),
    templates: [parseTemplate(fixture('oneview-redfish-toolkit/ServerProfileTemplate.json'))],
    profiles: (fixture('oneview-redfish-toolkit/ServerProfileList.json') as unknown[]).map(parseProfile),
    networks: [],
    networkSets: [],
    firmwareBundles: [],
    deploymentPlans: [],
    goldenImages: [],
  });

  it('is a sha256 hex, independent of member order', () => {
    const a = input();
    const b = { ...input(), hardware: [...input().hardware].reverse() };
    expect(inventoryFingerprint(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(inventoryFingerprint(b)).toBe(inventoryFingerprint(a));
  });

  it('changes with an eTag, a power state or a profile description', () => {
    const base = inventoryFingerprint(input());
    const etag = input();
    (etag.hardware as unknown[])[0] = { ...etag.hardware[0]!, eTag: 'changed' };
    expect(inventoryFingerprint(etag)).not.toBe(base);
    const power = input();
    (power.hardware as unknown[])[3] = { ...power.hardware[3]!, powerState: 'Off' };
    expect(inventoryFingerprint(power)).not.toBe(base);
    const desc = input();
    (desc.profiles as unknown[])[0] = { ...desc.profiles[0]!, description: 'other' };
    expect(inventoryFingerprint(desc)).not.toBe(base);
  });
});
