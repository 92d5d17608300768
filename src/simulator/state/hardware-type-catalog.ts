/**
 * What a Synergy 480 hardware type reports about its adapters, storage and BIOS (shapes of the fixture
 * `ServerHardwareTypes.json`, server-hardware-type-5): the facts template and profile validation checks against.
 */

export interface AdapterPort {
  readonly number: number;
  readonly type: 'Ethernet' | 'FibreChannel' | 'SAS';
  readonly maxSpeedMbps: number;
  readonly virtualPorts: readonly { portNumber: number; portFunction: string; capabilities: string[] }[];
}

export interface Adapter {
  readonly location: string;
  readonly slot: number;
  readonly model: string;
  readonly deviceNumber: number;
  readonly capabilities: readonly string[];
  readonly ports: readonly AdapterPort[];
  readonly storageCapabilities: StorageCapabilities | null;
}

export interface StorageCapabilities {
  readonly raidLevels: readonly string[];
  readonly controllerModes: readonly string[];
  readonly driveTechnologies: readonly string[];
  readonly maximumDrives: number;
}

export interface BiosSetting {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly type: 'Option' | 'Integer' | 'String';
  readonly defaultValue: string;
  readonly options?: readonly string[];
  readonly lowerBound?: number;
  readonly upperBound?: number;
}

const FUNCTIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

/** The converged network adapter of every demo compute module: Mezz 3, two 20 Gb ports of eight functions each. */
export const CNA_3820C: Adapter = {
  location: 'Mezz',
  slot: 3,
  model: 'HPE Synergy 3820C 10/20Gb Converged Network Adapter',
  deviceNumber: 3,
  capabilities: [
    'SRIOV',
    'PXE',
    'Ethernet',
    'FibreChannel',
    'AutoHideUnusedFlexNIC',
    'SupportsSparseFunctions',
  ],
  ports: [1, 2].map((number) => ({
    number,
    type: 'Ethernet' as const,
    maxSpeedMbps: 20_000,
    virtualPorts: FUNCTIONS.map((f, i) => ({
      portNumber: i + 1,
      portFunction: f,
      capabilities: f === 'a' ? ['Ethernet', 'PXE'] : f === 'b' ? ['Ethernet', 'FibreChannel'] : ['Ethernet'],
    })),
  })),
  storageCapabilities: null,
};

export const SYNERGY_STORAGE: StorageCapabilities = {
  raidLevels: ['RAID0', 'RAID1', 'RAID10', 'RAID5'],
  controllerModes: ['RAID', 'HBA', 'Mixed'],
  driveTechnologies: ['SasHdd', 'SataHdd', 'SasSsd', 'SataSsd'],
  maximumDrives: 4,
};

/** The embedded Smart Array controller: local storage `deviceSlot: "Embedded"`. */
export const EMBEDDED_SMART_ARRAY: Adapter = {
  location: 'Embedded',
  slot: 0,
  model: 'HPE Smart Array P204i-c SR Gen10',
  deviceNumber: 0,
  capabilities: ['SAS'],
  ports: [],
  storageCapabilities: SYNERGY_STORAGE,
};

const onOff = ['Enabled', 'Disabled'];

/** A subset of the BIOS attributes a Synergy 480 reports: enough to override and to validate against. */
export const BIOS_SETTINGS: readonly BiosSetting[] = [
  {
    id: 'WorkloadProfile',
    name: 'Workload Profile',
    category: 'System Options//Workload Profile',
    type: 'Option',
    defaultValue: 'GeneralPowerEfficientCompute',
    options: [
      'GeneralPowerEfficientCompute',
      'GeneralPeakFrequencyCompute',
      'GeneralThroughputCompute',
      'Virtualization-PowerEfficient',
      'Virtualization-MaxPerformance',
      'LowLatency',
      'HighPerformanceCompute',
      'Custom',
    ],
  },
  {
    id: 'PowerRegulator',
    name: 'Power Regulator',
    category: 'Power and Performance Options',
    type: 'Option',
    defaultValue: 'DynamicPowerSavings',
    options: ['DynamicPowerSavings', 'StaticLowPower', 'StaticHighPerf', 'OsControl'],
  },
  {
    id: 'MinProcIdlePower',
    name: 'Minimum Processor Idle Power Core C-State',
    category: 'Power and Performance Options',
    type: 'Option',
    defaultValue: 'C6',
    options: ['C6', 'C1E', 'NoCStates'],
  },
  {
    id: 'ProcHyperthreading',
    name: 'Intel(R) Hyper-Threading',
    category: 'Processor Options',
    type: 'Option',
    defaultValue: 'Enabled',
    options: onOff,
  },
  {
    id: 'ProcVirtualization',
    name: 'Intel(R) Virtualization Technology',
    category: 'Virtualization Options',
    type: 'Option',
    defaultValue: 'Enabled',
    options: onOff,
  },
  {
    id: 'IntelProcVtd',
    name: 'Intel(R) VT-d',
    category: 'Virtualization Options',
    type: 'Option',
    defaultValue: 'Enabled',
    options: onOff,
  },
  {
    id: 'Sriov',
    name: 'SR-IOV',
    category: 'Virtualization Options',
    type: 'Option',
    defaultValue: 'Enabled',
    options: onOff,
  },
  {
    id: 'BootOrderPolicy',
    name: 'Boot Order Policy',
    category: 'Boot Options',
    type: 'Option',
    defaultValue: 'RetryIndefinitely',
    options: ['RetryIndefinitely', 'AttemptOnce', 'ResetAfterFailed'],
  },
  {
    id: 'NumaGroupSizeOpt',
    name: 'NUMA Group Size Optimization',
    category: 'Performance Options',
    type: 'Option',
    defaultValue: 'Clustered',
    options: ['Clustered', 'Flat'],
  },
  {
    id: 'PostAsr',
    name: 'ASR Status',
    category: 'Server Availability',
    type: 'Option',
    defaultValue: 'Enabled',
    options: onOff,
  },
  {
    id: 'PostAsrDelay',
    name: 'ASR Timeout',
    category: 'Server Availability',
    type: 'Integer',
    defaultValue: '10',
    lowerBound: 5,
    upperBound: 30,
  },
  {
    id: 'ServerOtherInfo',
    name: 'Server Other Information',
    category: 'System Options//Server Information',
    type: 'String',
    defaultValue: '',
  },
];

/** The wire form of a BIOS setting (fields of the fixture's `biosSettings[]`). */
export function biosSettingWire(s: BiosSetting): Record<string, unknown> {
  return {
    id: s.id,
    name: s.name,
    category: s.category,
    type: s.type,
    defaultValue: s.defaultValue,
    options: s.options?.map((id) => ({ id, name: id, optionLinks: null })) ?? null,
    lowerBound: s.lowerBound ?? null,
    upperBound: s.upperBound ?? null,
    scalarIncrement: s.type === 'Integer' ? 1 : null,
    stringMinLength: s.type === 'String' ? 0 : null,
    stringMaxLength: s.type === 'String' ? 255 : null,
    helpText: null,
    warningText: null,
    valueExpression: null,
    dependencyList: [],
  };
}

/** The wire form of an adapter (fields of the fixture's `adapters[]`). */
export function adapterWire(a: Adapter): Record<string, unknown> {
  return {
    location: a.location,
    slot: a.slot,
    model: a.model,
    deviceType: a.storageCapabilities ? 'Storage' : 'Ethernet',
    deviceNumber: a.deviceNumber,
    capabilities: [...a.capabilities],
    maxVFsSupported: a.storageCapabilities ? -1 : 256,
    minVFsIncrement: a.storageCapabilities ? -1 : 8,
    storageCapabilities: a.storageCapabilities
      ? {
          raidLevels: [...a.storageCapabilities.raidLevels],
          controllerModes: [...a.storageCapabilities.controllerModes],
          driveTechnologies: [...a.storageCapabilities.driveTechnologies],
          maximumDrives: a.storageCapabilities.maximumDrives,
        }
      : null,
    ports: a.ports.map((p) => ({
      number: p.number,
      type: p.type,
      maxSpeedMbps: p.maxSpeedMbps,
      mapping: p.number,
      maxVFsSupported: 128,
      physicalFunctionCount: p.virtualPorts.length,
      supportedFcGbps: null,
      virtualPorts: p.virtualPorts.map((v) => ({ ...v, capabilities: [...v.capabilities] })),
    })),
  };
}

/** Every hardware type of the simulator has these adapters. */
export const ADAPTERS: readonly Adapter[] = [EMBEDDED_SMART_ARRAY, CNA_3820C];
