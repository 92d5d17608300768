import type {
  SeedEnclosure,
  SeedEnclosureGroup,
  SeedHardware,
  SeedHardwareType,
  SeedLogicalEnclosure,
  SeedNetwork,
} from '../presets/seed-spec.js';
import {
  ADAPTERS,
  BIOS_SETTINGS,
  SYNERGY_STORAGE,
  adapterWire,
  biosSettingWire,
} from './hardware-type-catalog.js';
import { lastSegment } from './ids.js';
import { iloAddress } from './ilo-state.js';
import type { HardwareWire, Wire } from './wire-types.js';

function stamp(iso: string, eTag: string): Pick<Wire, 'created' | 'modified' | 'eTag'> {
  return { created: iso, modified: iso, eTag };
}

/** The management IP of a server: 10.<frame>.<bay> style, stable per hardware index. */
export function serverAddress(index: number): string {
  return `10.${100 + Math.floor(index / 65_000)}.${Math.floor((index % 65_000) / 250)}.${(index % 250) + 2}`;
}

export function buildHardware(
  seed: SeedHardware,
  type: SeedHardwareType | undefined,
  index: number,
  iso: string,
  nowMs: number,
): HardwareWire {
  const id = lastSegment(seed.uri);
  const gen9 = (type?.model ?? '').includes('Gen9');
  const mac = (n: number): string =>
    [0x02, 0x23, (index >> 8) & 0xff, index & 0xff, n, 0x0a]
      .map((b) => b.toString(16).padStart(2, '0').toUpperCase())
      .join(':');
  return {
    type: 'server-hardware-12',
    category: 'server-hardware',
    uri: seed.uri,
    uuid: id,
    name: seed.name,
    description: null,
    serialNumber: seed.serialNumber,
    virtualSerialNumber: '',
    virtualUuid: null,
    model: type?.model ?? 'HPE Synergy 480 Gen10 Compute Module',
    shortModel: gen9 ? 'SY 480 Gen9' : 'SY 480 Gen10',
    formFactor: 'HalfHeight',
    partNumber: gen9 ? '732350-B21' : '871942-B21',
    assetTag: '',
    processorCount: 2,
    processorCoreCount: gen9 ? 12 : 20,
    processorSpeedMhz: gen9 ? 2200 : 2400,
    processorType: gen9
      ? 'Intel(R) Xeon(R) CPU E5-2650 v4 @ 2.20GHz'
      : 'Intel(R) Xeon(R) Gold 6148 CPU @ 2.40GHz',
    memoryMb: gen9 ? 262_144 : 393_216,
    romVersion: gen9 ? 'I37 v2.60 05/21/2018' : 'I42 v1.46 07/20/2018',
    intelligentProvisioningVersion: gen9 ? '2.70' : '3.20',
    mpModel: gen9 ? 'iLO4' : 'iLO5',
    mpFirmwareVersion: gen9 ? '2.61 Jul 27 2018' : '1.35 Aug 10 2018',
    mpState: 'OK',
    // Each iLO answers on its own loopback address (one port for all): see the simulator README, iLO.
    mpHostInfo: {
      mpHostName: iloAddress(index),
      mpIpAddresses: [
        { address: `fe80::${(index + 2).toString(16)}`, type: 'LinkLocal' },
        { address: iloAddress(index), type: 'DHCP' },
      ],
    },
    powerState: seed.powerState,
    powerLock: false,
    uidState: 'Off',
    state: 'NoProfileApplied',
    stateReason: 'NotApplicable',
    status: seed.status,
    refreshState: 'NotRefreshing',
    licensingIntent: 'OneView',
    migrationState: 'NotApplicable',
    serverHardwareTypeUri: seed.hardwareTypeUri,
    serverGroupUri: seed.enclosureGroupUri,
    locationUri: seed.enclosureUri,
    position: seed.bay,
    serverProfileUri: null,
    scopeUris: [],
    serverSettings: {
      firmwareAndDriversInstallState: { installState: null, installedStateTimestamp: null },
      hpSmartUpdateToolStatus: null,
    },
    portMap: {
      deviceSlots: [
        {
          location: 'Mezz',
          slotNumber: 3,
          deviceNumber: 3,
          deviceName: 'HPE Synergy 3820C 10/20Gb Converged Network Adapter',
          oa: null,
          physicalPorts: [1, 2].map((port) => ({
            portNumber: port,
            type: 'Ethernet',
            mac: mac(port),
            wwn: null,
            interconnectUri: null,
            interconnectPort: 0,
            physicalInterconnectUri: null,
            physicalInterconnectPort: 0,
            virtualPorts: [
              {
                portNumber: 1,
                portFunction: 'a',
                mac: mac(port + 16),
                wwnn: null,
                wwpn: null,
                currentAllocatedVirtualFunctionCount: 0,
              },
            ],
          })),
        },
      ],
    },
    signature: { personalityChecksum: 0, serverHwChecksum: 1_805_351_517 + index },
    serverFirmwareInventoryUri: `${seed.uri}/firmware`,
    remoteSupportUri: `/rest/support/server-hardware/${id}`,
    remoteSupportSettings: { remoteSupportCurrentState: 'Unregistered', destination: '' },
    supportState: 'NotSupported',
    supportDataCollectionState: null,
    supportDataCollectionType: null,
    supportDataCollectionsUri: `/rest/support/data-collections?deviceID=${id}&category=server-hardware`,
    ...stamp(iso, String(nowMs)),
  };
}

export function buildHardwareType(seed: SeedHardwareType, iso: string): Wire {
  return {
    type: 'server-hardware-type-12',
    category: 'server-hardware-types',
    uri: seed.uri,
    name: seed.name,
    description: null,
    model: seed.model,
    family: 'Synergy 480',
    formFactor: 'HalfHeight',
    bootModes: ['BIOS', 'UEFIOptimized', 'UEFI'],
    pxeBootPolicies: ['IPv4ThenIPv6', 'IPv4', 'IPv6ThenIPv4', 'IPv6', 'Auto'],
    bootCapabilities: ['CD', 'USB', 'HardDisk', 'FibreChannelHba', 'PXE'],
    capabilities: [
      'ManageBIOS',
      'VirtualUUID',
      'ManageLocalStorage',
      'VirtualWWN',
      'ManageBootOrder',
      'VCConnections',
      'VirtualMAC',
      'FirmwareUpdate',
    ],
    adapters: ADAPTERS.map(adapterWire),
    storageCapabilities: {
      raidLevels: [...SYNERGY_STORAGE.raidLevels],
      controllerModes: [...SYNERGY_STORAGE.controllerModes],
      driveTechnologies: [...SYNERGY_STORAGE.driveTechnologies],
      maximumDrives: SYNERGY_STORAGE.maximumDrives,
    },
    biosSettings: BIOS_SETTINGS.map(biosSettingWire),
    ...stamp(iso, iso),
  };
}

export function buildEnclosure(
  seed: SeedEnclosure,
  hardwareInBays: ReadonlyMap<number, string>,
  iso: string,
): Wire {
  return {
    type: 'EnclosureV300',
    category: 'enclosures',
    uri: seed.uri,
    uuid: lastSegment(seed.uri),
    name: seed.name,
    description: null,
    serialNumber: seed.serialNumber,
    partNumber: '797740-B21',
    enclosureType: 'SY12000',
    enclosureTypeUri: '/rest/enclosure-types/SY12000',
    enclosureModel: 'Synergy 12000 Frame',
    enclosureGroupUri: seed.enclosureGroupUri,
    logicalEnclosureUri: seed.logicalEnclosureUri,
    state: 'Configured',
    stateReason: 'None',
    status: 'OK',
    refreshState: 'NotRefreshing',
    uidState: 'Off',
    licensingIntent: 'NotApplicable',
    reconfigurationState: 'NotReapplyingConfiguration',
    deviceBayCount: seed.bayCount,
    deviceBays: Array.from({ length: seed.bayCount }, (_, i) =>
      deviceBay(seed.uri, i + 1, hardwareInBays.get(i + 1) ?? null),
    ),
    interconnectBayCount: 6,
    interconnectBays: [],
    applianceBayCount: 2,
    applianceBays: [1, 2].map((bayNumber) => ({
      bayNumber,
      model: 'Synergy Image Streamer',
      devicePresence: 'Present',
      status: 'OK',
    })),
    managerBayCount: 2,
    managerBays: [],
    fanBayCount: 10,
    fanBays: [],
    powerSupplyBayCount: 6,
    powerSupplyBays: [],
    frameLinkModuleDomain: `${seed.name}-domain`,
    fwBaselineName: null,
    fwBaselineUri: null,
    isFwManaged: false,
    forceInstallFirmware: false,
    powerMode: 'RedundantPowerFeed',
    powerCapacityWatts: 14_000,
    powerCapacityBoostWatts: 0,
    powerAllocatedWatts: 5_000,
    powerAvailableWatts: 9_000,
    minimumPowerSupplies: 2,
    minimumPowerSuppliesForRedundantPowerFeed: 4,
    deviceBayWatts: 0,
    interconnectBayWatts: 0,
    fansAndManagementDevicesWatts: 0,
    remoteSupportSettings: { remoteSupportCurrentState: 'Unregistered', destination: '' },
    remoteSupportUri: `/rest/support/enclosures/${lastSegment(seed.uri)}`,
    supportState: 'NotSupported',
    supportDataCollectionState: null,
    supportDataCollectionType: null,
    supportDataCollectionsUri: `/rest/support/data-collections?deviceID=${lastSegment(seed.uri)}&category=enclosures`,
    scopeUris: [],
    version: 'Synergy 12000 Frame',
    ...stamp(iso, iso),
  };
}

export function deviceBay(
  enclosureUri: string,
  bayNumber: number,
  hardwareUri: string | null,
): Record<string, unknown> {
  return {
    bayNumber,
    devicePresence: hardwareUri ? 'Present' : 'Absent',
    deviceUri: hardwareUri,
    model: hardwareUri ? 'Synergy 480 Compute Module' : null,
    profileUri: null,
    powerAllocationWatts: 0,
    availableForHalfHeightProfile: true,
    availableForFullHeightProfile: false,
    uri: `${enclosureUri}/device-bays/${bayNumber}`,
    category: 'device-bays',
  };
}

export function buildEnclosureGroup(seed: SeedEnclosureGroup, enclosureCount: number, iso: string): Wire {
  return {
    type: 'EnclosureGroupV300',
    category: 'enclosure-groups',
    uri: seed.uri,
    name: seed.name,
    description: null,
    status: 'OK',
    state: 'Normal',
    enclosureTypeUri: '/rest/enclosure-types/SY12000',
    enclosureCount,
    stackingMode: 'Enclosure',
    powerMode: 'RedundantPowerFeed',
    ipAddressingMode: 'DHCP',
    ipRangeUris: [],
    portMappingCount: 0,
    portMappings: [],
    interconnectBayMappingCount: 0,
    interconnectBayMappings: [],
    associatedLogicalInterconnectGroups: [],
    osDeploymentSettings: {
      manageOSDeployment: seed.osDeployment,
      deploymentModeSettings: {
        deploymentMode: seed.osDeployment ? 'Internal' : 'None',
        deploymentNetworkUri: null,
      },
    },
    scopesUri: `/rest/scopes/resources${seed.uri}`,
    ...stamp(iso, iso),
  };
}

export function buildLogicalEnclosure(seed: SeedLogicalEnclosure, osDeployment: boolean, iso: string): Wire {
  return {
    type: 'LogicalEnclosureV4',
    category: 'logical-enclosures',
    uri: seed.uri,
    name: seed.name,
    description: null,
    enclosureGroupUri: seed.enclosureGroupUri,
    enclosureUris: [...seed.enclosureUris],
    enclosures: Object.fromEntries(
      seed.enclosureUris.map((u) => [u, { enclosureUri: u, interconnectBays: [] }]),
    ),
    logicalInterconnectUris: [],
    ipv4Ranges: [],
    ipAddressingMode: 'DHCP',
    powerMode: 'RedundantPowerFeed',
    ambientTemperatureMode: 'Standard',
    firmware: {
      firmwareBaselineUri: null,
      forceInstallFirmware: false,
      validateIfLIFirmwareUpdateIsNonDisruptive: false,
    },
    deploymentManagerSettings: {
      deploymentClusterUri: osDeployment ? '/rest/deployment-servers/cluster' : '',
      osDeploymentSettings: {
        manageOSDeployment: osDeployment,
        deploymentModeSettings: {
          deploymentMode: osDeployment ? 'Internal' : 'None',
          deploymentNetworkUri: '',
        },
      },
    },
    scalingState: 'Stable',
    deleteFailed: false,
    state: 'Consistent',
    status: 'OK',
    scopesUri: `/rest/scopes/resources${seed.uri}`,
    ...stamp(iso, iso),
  };
}

export function buildNetwork(seed: SeedNetwork, iso: string): Wire {
  return {
    type: 'ethernet-networkV4',
    category: 'ethernet-networks',
    uri: seed.uri,
    name: seed.name,
    description: null,
    vlanId: seed.vlanId,
    ethernetNetworkType: 'Tagged',
    purpose: seed.purpose,
    smartLink: true,
    privateNetwork: false,
    connectionTemplateUri: null,
    fabricUri: null,
    subnetUri: null,
    state: 'Active',
    status: 'OK',
    scopesUri: `/rest/scopes/resources${seed.uri}`,
    ...stamp(iso, iso),
  };
}
