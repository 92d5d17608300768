import type { SeedDeploymentPlan, SeedPlanAttribute, SeedTemplate } from '../presets/seed-spec.js';
import type { CustomAttribute, OsDeploymentSettings, ProfileWire, TemplateWire } from './wire-types.js';

/** The five keys a `nic` custom attribute expands to in a profile (oneview-api.md §9.2). */
export const NIC_KEYS = ['connectionid', 'dhcp', 'ipv4disable', 'networkuri', 'constraint'] as const;

/** The osCustomAttributes a plan's attributes give by default (nic attributes expanded). */
export function defaultCustomAttributes(
  attributes: readonly SeedPlanAttribute[],
  managementNetworkUri: string | null,
): CustomAttribute[] {
  const out: CustomAttribute[] = [];
  for (const a of attributes) {
    if (!a.editable) continue;
    if (a.type === 'nic') {
      const values: Record<(typeof NIC_KEYS)[number], string> = {
        connectionid: '3',
        dhcp: 'false',
        ipv4disable: 'false',
        networkuri: managementNetworkUri ?? '',
        constraint: 'auto',
      };
      for (const key of NIC_KEYS) out.push({ name: `${a.name}.${key}`, value: values[key] });
    } else out.push({ name: a.name, value: a.defaultValue });
  }
  return out;
}

/** Every custom attribute name a plan accepts in a profile. */
export function acceptedAttributeNames(attributes: readonly SeedPlanAttribute[]): Set<string> {
  const names = new Set<string>();
  for (const a of attributes) {
    if (a.type === 'nic') for (const key of [...NIC_KEYS, 'mac', 'ipaddress']) names.add(`${a.name}.${key}`);
    else names.add(a.name);
  }
  return names;
}

export function deploymentConnections(
  deployNetworkUri: string | null,
  mgmtNetworkUri: string | null,
): Record<string, unknown>[] {
  const deploy = (id: number, port: string, priority: string): Record<string, unknown> => ({
    id,
    name: `Deployment Network ${id === 1 ? 'A' : 'B'}`,
    functionType: 'Ethernet',
    networkUri: deployNetworkUri,
    portId: port,
    requestedMbps: '2500',
    requestedVFs: '0',
    lagName: null,
    boot: {
      priority,
      bootVolumeSource: 'UserDefined',
      ethernetBootType: 'iSCSI',
      iscsi: { initiatorNameSource: 'ProfileInitiatorName' },
    },
  });
  return [
    deploy(1, 'Mezz 3:1-a', 'Primary'),
    deploy(2, 'Mezz 3:2-a', 'Secondary'),
    {
      id: 3,
      name: 'Management',
      functionType: 'Ethernet',
      networkUri: mgmtNetworkUri,
      portId: 'Mezz 3:1-b',
      requestedMbps: '2500',
      requestedVFs: '0',
      lagName: null,
      boot: { priority: 'NotBootable' },
    },
  ];
}

/** The one connection of a template whose OS is on local disk: the management network, PXE-capable port. */
function managementConnection(mgmtNetworkUri: string | null): Record<string, unknown> {
  return {
    id: 1,
    name: 'Management',
    functionType: 'Ethernet',
    networkUri: mgmtNetworkUri,
    portId: 'Mezz 3:1-a',
    requestedMbps: '2500',
    requestedVFs: '0',
    lagName: null,
    boot: { priority: 'NotBootable' },
  };
}

export function osDeploymentSettings(
  planUri: string | null,
  attributes: CustomAttribute[],
): OsDeploymentSettings {
  return {
    osDeploymentPlanUri: planUri,
    osCustomAttributes: attributes,
    osVolumeUri: null,
    forceOsDeployment: false,
    reapplyState: 'NotApplying',
  };
}

export function buildTemplate(
  seed: SeedTemplate,
  plan: SeedDeploymentPlan | undefined,
  networks: { deploy: string | null; mgmt: string | null },
  iso: string,
  nowMs: number,
): TemplateWire {
  const withPlan = plan !== undefined;
  return {
    ...templateBody({
      connectionSettings: {
        manageConnections: true,
        connections: withPlan
          ? deploymentConnections(networks.deploy, networks.mgmt)
          : seed.osOnLocalDisk
            ? [managementConnection(networks.mgmt)]
            : [],
      },
      bootMode: { manageMode: true, mode: 'UEFIOptimized', pxeBootPolicy: 'Auto', secureBoot: 'Disabled' },
      boot: { manageBoot: true, order: seed.osOnLocalDisk ? ['HardDisk', 'CD'] : ['HardDisk'] },
      ...(seed.osOnLocalDisk
        ? {
            localStorage: {
              controllers: [
                {
                  deviceSlot: 'Embedded',
                  mode: 'RAID',
                  initialize: true,
                  logicalDrives: [
                    {
                      name: 'os',
                      raidLevel: 'RAID1',
                      bootable: true,
                      numPhysicalDrives: 2,
                      driveTechnology: 'SasSsd',
                    },
                  ],
                },
              ],
            },
          }
        : {}),
    }),
    type: 'ServerProfileTemplateV8',
    category: 'server-profile-templates',
    uri: seed.uri,
    name: seed.name,
    serverHardwareTypeUri: seed.hardwareTypeUri,
    enclosureGroupUri: seed.enclosureGroupUri,
    osDeploymentSettings: withPlan
      ? {
          ...osDeploymentSettings(plan.uri, defaultCustomAttributes(plan.attributes, networks.mgmt)),
          complianceControl: 'Checked',
        }
      : null,
    scopesUri: `/rest/scopes/resources${seed.uri}`,
    status: 'OK',
    state: null,
    created: iso,
    modified: iso,
    eTag: `${nowMs}/1`,
  };
}

/** The settings sections of a template with nothing managed; `complianceControl` Checked where OneView checks. */
const TEMPLATE_SECTIONS: Record<string, Record<string, unknown>> = {
  firmware: {
    manageFirmware: false,
    forceInstallFirmware: false,
    firmwareBaselineUri: null,
    firmwareInstallType: null,
    firmwareActivationType: null,
    firmwareScheduleDateTime: null,
    complianceControl: 'Checked',
  },
  connectionSettings: { manageConnections: true, connections: [], complianceControl: 'Checked' },
  bootMode: {
    manageMode: false,
    mode: null,
    pxeBootPolicy: null,
    secureBoot: 'Unmanaged',
    complianceControl: 'Checked',
  },
  boot: { manageBoot: false, order: [], complianceControl: 'Checked' },
  bios: { manageBios: false, overriddenSettings: [], complianceControl: 'Checked' },
  localStorage: { controllers: [], sasLogicalJBODs: [], complianceControl: 'Checked' },
  sanStorage: { manageSanStorage: false, volumeAttachments: [], complianceControl: 'Unchecked' },
  managementProcessor: { manageMp: false, mpSettings: [], complianceControl: 'Unchecked' },
};

/**
 * A template's stored body from what a client sent: every field kept, the usual top-level defaults, and each
 * settings section filled in from the unmanaged defaults (so a section left out reads back complete).
 */
export function templateBody(given: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    description: '',
    serverProfileDescription: '',
    enclosureGroupUri: null,
    affinity: 'Bay',
    hideUnusedFlexNics: true,
    macType: 'Virtual',
    wwnType: 'Virtual',
    serialNumberType: 'Virtual',
    iscsiInitiatorNameType: 'AutoGenerated',
    osDeploymentSettings: null,
    ...given,
  };
  for (const [key, defaults] of Object.entries(TEMPLATE_SECTIONS)) {
    const v = given[key];
    out[key] = {
      ...structuredClone(defaults),
      ...(v && typeof v === 'object' && !Array.isArray(v) ? v : {}),
    };
  }
  return out;
}

/** `GET …/{id}/new-profile`: a profile body built from the template, without uri, name or hardware. */
export function newProfileFromTemplate(template: TemplateWire): Record<string, unknown> {
  const copy = structuredClone(template) as Record<string, unknown>;
  const strip = (section: unknown): void => {
    if (section && typeof section === 'object')
      delete (section as Record<string, unknown>)['complianceControl'];
  };
  for (const key of [
    'firmware',
    'connectionSettings',
    'bootMode',
    'boot',
    'bios',
    'localStorage',
    'sanStorage',
    'managementProcessor',
    'osDeploymentSettings',
  ])
    strip(copy[key]);
  const conn = copy['connectionSettings'] as Record<string, unknown> | undefined;
  if (conn) delete conn['manageConnections'];
  return {
    type: 'ServerProfileV12',
    uri: null,
    name: null,
    description: copy['serverProfileDescription'] ?? '',
    serverProfileTemplateUri: template.uri,
    templateCompliance: 'Unknown',
    serverHardwareUri: null,
    serverHardwareTypeUri: template.serverHardwareTypeUri,
    enclosureGroupUri: template.enclosureGroupUri,
    enclosureUri: null,
    enclosureBay: null,
    affinity: copy['affinity'],
    hideUnusedFlexNics: copy['hideUnusedFlexNics'],
    macType: copy['macType'],
    wwnType: copy['wwnType'],
    serialNumberType: copy['serialNumberType'],
    iscsiInitiatorNameType: copy['iscsiInitiatorNameType'],
    firmware: copy['firmware'],
    connectionSettings: copy['connectionSettings'],
    bootMode: copy['bootMode'],
    boot: copy['boot'],
    bios: copy['bios'],
    localStorage: copy['localStorage'],
    sanStorage: copy['sanStorage'],
    managementProcessor: copy['managementProcessor'],
    osDeploymentSettings: copy['osDeploymentSettings'],
    category: 'server-profiles',
    eTag: null,
    created: null,
    modified: null,
  };
}

/** Fills the read-only fields a stored profile carries (ServerProfileV12 shape of the fixture). */
export function completeProfile(
  body: Record<string, unknown>,
  fields: {
    uri: string;
    name: string;
    serialNumber: string;
    hardware: { uri: string; enclosureUri: string | null; bay: number | null } | null;
    hardwareTypeUri: string | null;
    enclosureGroupUri: string | null;
    taskUri: string | null;
  },
  iso: string,
  nowMs: number,
): ProfileWire {
  const id = fields.uri.slice(fields.uri.lastIndexOf('/') + 1);
  const osd = body['osDeploymentSettings'] as Partial<OsDeploymentSettings> | null | undefined;
  const section = (key: string, fallback: Record<string, unknown>): Record<string, unknown> => ({
    ...fallback,
    ...((body[key] as Record<string, unknown> | undefined) ?? {}),
    reapplyState: 'NotApplying',
  });
  const connections = (
    (body['connectionSettings'] as { connections?: Record<string, unknown>[] } | undefined)?.connections ?? []
  ).map((c, i) => ({
    macType: 'Virtual',
    wwpnType: 'Virtual',
    mac: `9A:A0:22:${((nowMs >> 8) & 0xff).toString(16).padStart(2, '0').toUpperCase()}:${(nowMs & 0xff).toString(16).padStart(2, '0').toUpperCase()}:${String(i + 1).padStart(2, '0')}`,
    wwnn: null,
    wwpn: null,
    allocatedMbps: Number(c['requestedMbps'] ?? 2500),
    maximumMbps: 20_000,
    allocatedVFs: 0,
    interconnectUri: null,
    ipv4: null,
    state: 'Deployed',
    status: 'OK',
    managed: true,
    networkName: null,
    ...c,
  }));
  return {
    type: 'ServerProfileV12',
    uri: fields.uri,
    category: 'server-profiles',
    name: fields.name,
    description: typeof body['description'] === 'string' ? body['description'] : '',
    serialNumber: fields.serialNumber,
    uuid: id,
    serialNumberType: body['serialNumberType'] ?? 'Virtual',
    macType: body['macType'] ?? 'Virtual',
    wwnType: body['wwnType'] ?? 'Virtual',
    iscsiInitiatorName: `iqn.2015-02.com.hpe:oneview-${fields.serialNumber.toLowerCase()}`,
    iscsiInitiatorNameType: body['iscsiInitiatorNameType'] ?? 'AutoGenerated',
    serverProfileTemplateUri: (body['serverProfileTemplateUri'] as string | null | undefined) || null,
    templateCompliance: body['serverProfileTemplateUri'] ? 'Compliant' : 'Unknown',
    serverHardwareUri: fields.hardware?.uri ?? null,
    serverHardwareTypeUri: fields.hardwareTypeUri,
    enclosureGroupUri: fields.enclosureGroupUri,
    enclosureUri: fields.hardware?.enclosureUri ?? null,
    enclosureBay: fields.hardware?.bay ?? null,
    affinity: body['affinity'] ?? 'Bay',
    associatedServer: null,
    hideUnusedFlexNics: body['hideUnusedFlexNics'] ?? true,
    firmware: section('firmware', {
      firmwareBaselineUri: null,
      manageFirmware: false,
      forceInstallFirmware: false,
      firmwareInstallType: null,
      firmwareScheduleDateTime: null,
      firmwareActivationType: null,
    }),
    connectionSettings: { ...section('connectionSettings', {}), connections },
    bootMode: body['bootMode'] ?? { manageMode: false },
    boot: body['boot'] ?? { manageBoot: false, order: [] },
    bios: section('bios', { manageBios: false, overriddenSettings: [] }),
    localStorage: section('localStorage', { sasLogicalJBODs: [], controllers: [] }),
    sanStorage: section('sanStorage', {
      manageSanStorage: false,
      volumeAttachments: [],
      sanSystemCredentials: [],
    }),
    managementProcessor: section('managementProcessor', { manageMp: false, mpSettings: [] }),
    osDeploymentSettings: osd?.osDeploymentPlanUri
      ? {
          osDeploymentPlanUri: osd.osDeploymentPlanUri,
          osCustomAttributes: (osd.osCustomAttributes ?? []).map((a) => ({
            name: String(a.name),
            value: String(a.value ?? ''),
          })),
          osVolumeUri: null,
          forceOsDeployment: osd.forceOsDeployment === true,
          reapplyState: 'NotApplying',
        }
      : null,
    serverHardwareReapplyState: 'NotApplying',
    status: 'OK',
    state: 'Creating',
    inProgress: true,
    taskUri: fields.taskUri,
    refreshState: 'NotRefreshing',
    scopesUri: `/rest/scopes/resources${fields.uri}`,
    created: iso,
    modified: iso,
    eTag: `${nowMs}/1`,
  };
}
