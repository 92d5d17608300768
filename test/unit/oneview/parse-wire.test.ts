import { describe, expect, it } from 'vitest';
import { parseCollectionPage } from '../../../src/adapters/oneview/collection-reader.js';
import {
  attributeTypeOf,
  customAttributesOf,
  parseDeploymentPlan,
  parseEnclosure,
  parseGoldenImage,
  parseHardware,
  parseNamed,
  parseProfile,
  parseStreamerPlan,
  parseTemplate,
} from '../../../src/adapters/oneview/parse-wire.js';
import { hasErrorCode } from '../../../src/core/errors/phoenix-error.js';
import { fixture } from './fixture.js';

describe('parseHardware against recorded server-hardware', () => {
  it('reads a Synergy compute module with a profile applied', () => {
    expect(parseHardware(fixture('oneview-redfish-toolkit/ServerHardware.json'))).toEqual({
      uri: '/rest/server-hardware/30303437-3034-4D32-3230-313133364752',
      name: '0000A66103, bay 5',
      serialNumber: '2M201136GR',
      hardwareTypeUri: '/rest/server-hardware-types/0AB36CC2-D424-4C88-9CA5-25DF0B1A2A87',
      enclosureGroupUri: '/rest/enclosure-groups/bc41f38d-e8ce-4241-acd1-00b2d8c5d0fa',
      enclosureUri: '/rest/enclosures/0000000000A66103',
      bay: 5,
      powerState: 'On',
      powerLock: false,
      state: 'ProfileApplied',
      status: 'OK',
      profileUri: '/rest/server-profiles/b425802b-a6a5-4941-8885-aab68dfa2ee2',
      eTag: '1504511998556',
    });
  });

  it('reads all 24 modules of a list, none with a profile', () => {
    const list = fixture('oneview-redfish-toolkit/ServerHardwareList.json') as unknown[];
    const parsed = list.map(parseHardware);
    expect(parsed).toHaveLength(24);
    expect(new Set(parsed.map((h) => h.uri)).size).toBe(24);
    expect(parsed.every((h) => h.state === 'Monitored' && h.profileUri === null && h.status === 'OK')).toBe(
      true,
    );
    expect(parsed.filter((h) => h.powerState === 'Off')).toHaveLength(1);
    expect(
      parsed.every((h) => typeof h.bay === 'number' && h.enclosureUri?.startsWith('/rest/enclosures/')),
    ).toBe(true);
  });

  it('reads a module with Fibre Channel ports', () => {
    const hw = parseHardware(fixture('oneview-redfish-toolkit/ServerHardwareFibreChannel.json'));
    expect(hw.uri).toMatch(/^\/rest\/server-hardware\//);
    expect(['On', 'Off']).toContain(hw.powerState);
  });

  it('maps unknown enums to Unknown and refuses a member without uri', () => {
    const hw = parseHardware({ uri: '/rest/server-hardware/x', powerState: 'Sideways', status: 'Ok' });
    expect(hw).toMatchObject({
      powerState: 'Unknown',
      status: 'OK',
      state: 'Unknown',
      profileUri: null,
      bay: null,
      eTag: '',
    });
    let caught: unknown;
    try {
      parseHardware({ name: 'no uri' });
    } catch (error) {
      caught = error;
    }
    expect(hasErrorCode(caught, 'ONEVIEW_BAD_RESPONSE')).toBe(true);
  });
});

describe('parseProfile against recorded server-profiles', () => {
  it('reads a V9 Synergy profile with osDeploymentSettings and eTag', () => {
    const p = parseProfile(fixture('oneview-redfish-toolkit/ServerProfile.json'));
    expect(p).toEqual({
      uri: '/rest/server-profiles/b425802b-a6a5-4941-8885-aab68dfa2ee2',
      name: 'Apache_Primary',
      description: 'Description for Composed System',
      stamp: null,
      hardwareUri: '/rest/server-hardware/30303437-3034-4D32-3230-313130304752',
      templateUri: '/rest/server-profile-templates/1f0ca9ef-7f81-45e3-9d64-341b46cf87e0',
      deploymentPlanUri: null,
      customAttributes: {},
      state: 'Normal',
      status: 'OK',
      inProgress: false,
      taskUri: '/rest/tasks/A24C7754-9FF9-4CA3-9A3E-2B993D56105F',
      eTag: '1526058827348/42',
      templateCompliance: 'Compliant',
      complianceIssues: [],
      sections: null,
    });
  });

  it('reads an API 200 profile with no hardware and no OS deployment section', () => {
    const p = parseProfile(fixture('oneview-sdk-java/ServerProfileGet.json'));
    expect(p).toMatchObject({
      hardwareUri: null,
      deploymentPlanUri: null,
      state: 'Normal',
      eTag: '1458674574018/3',
      description: 'profile',
    });
  });

  it('reads every profile of the V8 list and of a network-set profile', () => {
    const list = (fixture('oneview-redfish-toolkit/ServerProfileList.json') as unknown[]).map(parseProfile);
    expect(list).toHaveLength(3);
    expect(list.every((p) => p.stamp === null && p.eTag !== '')).toBe(true);
    expect(parseProfile(fixture('oneview-redfish-toolkit/ServerProfileNetworkSet.json')).uri).toMatch(
      /^\/rest\/server-profiles\//,
    );
  });

  it('parses the stamp from a multi-line description and the custom attributes', () => {
    const recorded = fixture('oneview-redfish-toolkit/ServerProfile.json');
    const p = parseProfile({
      ...recorded,
      description:
        'Managed by Phoenix.\nphoenix:v1 site=dc1 node=k8s-w-01 spec=0123456789abcdef rev=0123456789ab gen=2',
      osDeploymentSettings: {
        ...recorded.osDeploymentSettings,
        osDeploymentPlanUri: '/rest/os-deployment-plans/abc',
        osCustomAttributes: [
          { name: 'SERVER_FQDN', value: 'k8s-w-01.dc1.example.org' },
          { name: 'VLAN_ID', value: 210 },
          { name: 'ManagementNIC.dhcp', value: 'true' },
          { name: 'Password', value: null },
        ],
      },
    });
    expect(p.stamp).toEqual({
      site: 'dc1',
      node: 'k8s-w-01',
      spec: '0123456789abcdef',
      rev: '0123456789ab',
      gen: 2,
    });
    expect(p.deploymentPlanUri).toBe('/rest/os-deployment-plans/abc');
    expect(p.customAttributes).toEqual({
      SERVER_FQDN: 'k8s-w-01.dc1.example.org',
      VLAN_ID: '210',
      'ManagementNIC.dhcp': 'true',
      Password: '',
    });
  });
});

describe('parseTemplate against recorded server-profile-templates', () => {
  it('reads a Synergy template', () => {
    expect(parseTemplate(fixture('oneview-redfish-toolkit/ServerProfileTemplate.json'))).toEqual({
      uri: '/rest/server-profile-templates/1f0ca9ef-7f81-45e3-9d64-341b46cf87e0',
      name: 'Apache_Template',
      hardwareTypeUri: '/rest/server-hardware-types/0AB36CC2-D424-4C88-9CA5-25DF0B1A2A87',
      enclosureGroupUri: '/rest/enclosure-groups/bc41f38d-e8ce-4241-acd1-00b2d8c5d0fa',
      deploymentPlanUri: null,
      eTag: '1526058717329/3',
      description: '',
      stamp: null,
      content: {
        serverHardwareType: '/rest/server-hardware-types/0AB36CC2-D424-4C88-9CA5-25DF0B1A2A87',
        enclosureGroup: '/rest/enclosure-groups/bc41f38d-e8ce-4241-acd1-00b2d8c5d0fa',
        affinity: 'Bay',
        connections: [
          {
            id: 1,
            name: 'production',
            portId: 'Mezz 3:1-a',
            functionType: 'Ethernet',
            network: {
              kind: 'network',
              name: '/rest/ethernet-networks/19638712-679d-4232-9743-c7cb6c7bf718',
            },
            requestedMbps: 2500,
            bootPriority: 'NotBootable',
          },
        ],
        bootMode: { mode: 'UEFI', pxeBootPolicy: 'Auto', secureBoot: 'Unmanaged' },
        bootOrder: ['HardDisk'],
        bios: null,
        firmware: null,
        localStorage: {
          controllers: [
            { deviceSlot: 'Mezz 1', mode: 'HBA', initialize: true, logicalDrives: [] },
            { deviceSlot: 'Embedded', mode: 'HBA', initialize: true, logicalDrives: [] },
          ],
        },
        managementProcessor: null,
        deploymentPlan: null,
      },
    });
  });

  it('reads every template file (V1, V2, V4 with SAN storage, network set)', () => {
    const all = [
      fixture('oneview-sdk-java/ServerProfileTemplateGet.json'),
      fixture('oneview-redfish-toolkit/ServerProfileTemplateNetworkSet.json'),
      ...(fixture('oneview-redfish-toolkit/ServerProfileTemplateWithSanStorage.json') as unknown[]),
      ...(fixture('oneview-redfish-toolkit/ServerProfileTemplates.json') as unknown[]),
    ].map(parseTemplate);
    expect(all).toHaveLength(5);
    for (const t of all) {
      expect(t.uri).toMatch(/^\/rest\/server-profile-templates\//);
      expect(t.name).not.toBe('');
      expect(t.eTag).not.toBe('');
    }
  });
});

describe('enclosures, groups and hardware types', () => {
  it('reads Synergy and c7000 enclosures; an empty enclosureGroupUri is null', () => {
    expect(parseEnclosure(fixture('oneview-redfish-toolkit/Enclosure.json'))).toEqual({
      uri: '/rest/enclosures/0000000000A66101',
      name: '0000A66101',
      serialNumber: '0000A66101',
      enclosureGroupUri: null,
    });
    expect(
      (fixture('oneview-redfish-toolkit/Enclosures.json') as unknown[]).map(parseEnclosure),
    ).toHaveLength(3);
    const c7000 = parseEnclosure(fixture('oneview-sdk-java/EnclosureGet.json'));
    expect(c7000.enclosureGroupUri).toMatch(/^\/rest\/enclosure-groups\//);
  });

  it('reads the enclosure group and the hardware type as named resources', () => {
    expect(parseNamed(fixture('oneview-sdk-java/EnclosureGroupGet.json'), 'enclosure-group').uri).toMatch(
      /^\/rest\/enclosure-groups\//,
    );
    const type = parseNamed(
      fixture('oneview-redfish-toolkit/ServerHardwareTypes.json'),
      'server-hardware-type',
    );
    expect(type.uri).toMatch(/^\/rest\/server-hardware-types\//);
    expect(type.name).toMatch(/SY 480 Gen9/);
  });
});

describe('collection envelopes', () => {
  it.each([
    ['oneview-sdk-java/EnclosureGetAll.json', 1],
    ['oneview-sdk-java/EnclosureGroupGetAll.json', 1],
    ['oneview-sdk-java/ServerProfileGetAll.json', 1],
    ['oneview-sdk-java/ServerProfileGetByName.json', 1],
    ['oneview-sdk-java/ServerProfileTemplateGetAll.json', 1],
    ['oneview-sdk-java/ServerProfileTemplateGetByName.json', 1],
    ['oneview-sdk-java/EthernetNetworkCollectionResponse.json', 3],
    ['oneview-sdk-ruby/ethernet_networks_members.json', 4],
    ['oneview-redfish-toolkit/ApplianceHealthStatus.json', 3],
  ])('%s: members, total and the end of paging', (path, count) => {
    const page = parseCollectionPage(fixture(path), path);
    expect(page.members).toHaveLength(count);
    expect(page.total).toBe(count);
    expect(page.nextPageUri).toBeNull();
  });

  it('parses the members of recorded envelopes with the resource parsers', () => {
    const profiles = parseCollectionPage(
      fixture('oneview-sdk-java/ServerProfileGetByName.json'),
      'p',
    ).members.map(parseProfile);
    expect(profiles[0]!.name).toBe('ServerProfile_Template');
    const templates = parseCollectionPage(
      fixture('oneview-sdk-java/ServerProfileTemplateGetByName.json'),
      't',
    ).members.map(parseTemplate);
    expect(templates[0]!.name).toBe('sp_template');
    expect(
      parseCollectionPage(fixture('oneview-sdk-java/EnclosureGetAll.json'), 'e').members.map(parseEnclosure),
    ).toHaveLength(1);
  });

  it('refuses an envelope without members', () => {
    expect(() => parseCollectionPage({ total: 0 }, 'x')).toThrow(/cannot read/);
  });
});

describe('deployment plans, golden images and custom attributes', () => {
  const osdp = {
    type: 'Osdp',
    uri: '/rest/os-deployment-plans/ca7d7f3d-668a-4f56-9f83-ab491470a50a',
    name: 'RHEL-7.3-personalize',
    nativePlanUri: '/rest/deployment-plans/611f051a-3588-4b42-bf93-9fc70e034710',
    additionalParameters: [
      {
        caId: '1',
        name: 'DomainName',
        value: 'example.com',
        caType: 'string',
        caEditable: true,
        caConstraints: '{}',
      },
      { caId: '2', name: 'ManagementNIC', value: '', caType: 'nic', caEditable: true, caConstraints: '{}' },
      { caId: '3', name: 'volumesize', value: '1045898', caType: 'number', caEditable: false },
    ],
  };

  it('reads the OneView mirror of a plan (oneview-api.md 9.2) and joins the golden image by plan id', () => {
    const golden = new Map([['611f051a-3588-4b42-bf93-9fc70e034710', '/rest/golden-images/g1']]);
    expect(parseDeploymentPlan(osdp, golden)).toEqual({
      uri: osdp.uri,
      name: 'RHEL-7.3-personalize',
      id: '611f051a-3588-4b42-bf93-9fc70e034710',
      goldenImageUri: '/rest/golden-images/g1',
      attributes: [
        { name: 'DomainName', type: 'string', editable: true, defaultValue: 'example.com' },
        { name: 'ManagementNIC', type: 'nic', editable: true, defaultValue: '' },
        { name: 'volumesize', type: 'number', editable: false, defaultValue: '1045898' },
      ],
    });
  });

  it('reads Image Streamer plans (goldenImageURI with capital URI) and golden images', () => {
    expect(
      parseStreamerPlan({ uri: '/rest/deployment-plans/p1', goldenImageURI: '/rest/golden-images/g1' }),
    ).toEqual({ id: 'p1', goldenImageUri: '/rest/golden-images/g1' });
    expect(parseGoldenImage({ uri: '/rest/golden-images/g1', name: 'GI-CentOS-7.4-x64' })).toEqual({
      uri: '/rest/golden-images/g1',
      name: 'GI-CentOS-7.4-x64',
      id: 'g1',
    });
  });

  it.each([
    ['String', 'string'],
    ['Password', 'password'],
    ['IPv4 Address', 'ipv4'],
    ['Hostname', 'hostname'],
    ['FQDN', 'fqdn'],
    ['Number', 'number'],
    ['Option', 'option'],
    ['Nic', 'nic'],
    ['nic', 'nic'],
    [null, 'string'],
  ] as const)('attribute type %s -> %s', (raw, expected) => {
    expect(attributeTypeOf(raw)).toBe(expected);
  });

  it('reads custom attributes of a section that has none', () => {
    expect(customAttributesOf(null)).toEqual({});
  });
});
