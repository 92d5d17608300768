import type { ProfileWire, TemplateWire } from './wire-types.js';

type Obj = Record<string, unknown>;

/** Template sections whose consistency OneView checks, each governed by its `complianceControl`. */
export const COMPLIANCE_SECTIONS = [
  'connectionSettings',
  'bootMode',
  'boot',
  'bios',
  'firmware',
  'localStorage',
  'osDeploymentSettings',
] as const;
export type ComplianceSection = (typeof COMPLIANCE_SECTIONS)[number];

export interface SectionDifference {
  readonly section: ComplianceSection | 'hardware';
  /** Changes an update from the template makes by itself. */
  readonly automatic: string[];
  /** Changes it cannot make: the section is left as it is and the profile stays NonCompliant. */
  readonly manual: string[];
  /** The change needs the server powered off. */
  readonly offline: boolean;
}

export interface ComplianceReport {
  readonly differences: readonly SectionDifference[];
  readonly automaticUpdates: string[];
  readonly manualUpdates: string[];
  readonly isOnlineUpdate: boolean;
}

/** Names for URIs in the messages (network, firmware bundle, deployment plan, hardware type). */
export type NameOf = (uri: string | null) => string;

const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
const checked = (template: TemplateWire, key: string): boolean =>
  obj(template[key])['complianceControl'] !== 'Unchecked';

interface Conn {
  id: number;
  name: string;
  functionType: string;
  networkUri: string;
  portId: string;
  requestedMbps: string;
  priority: string;
}

function connections(owner: Obj): Map<number, Conn> {
  const list = obj(owner['connectionSettings'])['connections'];
  const out = new Map<number, Conn>();
  for (const raw of Array.isArray(list) ? (list as unknown[]) : []) {
    const c = obj(raw);
    out.set(Number(c['id']), {
      id: Number(c['id']),
      name: str(c['name']),
      functionType: str(c['functionType'] ?? 'Ethernet'),
      networkUri: str(c['networkUri']),
      portId: str(c['portId'] ?? 'Auto'),
      requestedMbps: str(c['requestedMbps'] ?? '2500'),
      priority: str(obj(c['boot'])['priority'] ?? 'NotBootable'),
    });
  }
  return out;
}

function compareConnections(t: TemplateWire, p: ProfileWire, nameOf: NameOf): SectionDifference {
  const want = connections(t);
  const have = connections(p);
  const automatic: string[] = [];
  let offline = false;
  for (const [id, w] of want) {
    const h = have.get(id);
    if (!h) {
      automatic.push(
        `Add connection ${id} (${w.name || w.functionType}) to ${nameOf(w.networkUri)} on port ${w.portId}.`,
      );
      offline = true;
      continue;
    }
    if (h.networkUri !== w.networkUri)
      automatic.push(
        `Change the network of connection ${id} from ${nameOf(h.networkUri)} to ${nameOf(w.networkUri)}.`,
      );
    if (Number(h.requestedMbps) !== Number(w.requestedMbps))
      automatic.push(
        `Change the requested bandwidth of connection ${id} from ${h.requestedMbps} Mb/s to ${w.requestedMbps} Mb/s.`,
      );
    if (h.portId !== w.portId) {
      automatic.push(`Move connection ${id} from port ${h.portId} to port ${w.portId}.`);
      offline = true;
    }
    if (h.functionType !== w.functionType) {
      automatic.push(
        `Change the function type of connection ${id} from ${h.functionType} to ${w.functionType}.`,
      );
      offline = true;
    }
    if (h.priority !== w.priority) {
      automatic.push(`Change the boot priority of connection ${id} from ${h.priority} to ${w.priority}.`);
      offline = true;
    }
  }
  for (const [id, h] of have)
    if (!want.has(id)) {
      automatic.push(`Remove connection ${id} (${h.name || h.functionType}).`);
      offline = true;
    }
  return { section: 'connectionSettings', automatic, manual: [], offline };
}

function compareBootMode(t: TemplateWire, p: ProfileWire): SectionDifference {
  const w = obj(t['bootMode']);
  const h = obj(p['bootMode']);
  const automatic: string[] = [];
  if (Boolean(w['manageMode']) !== Boolean(h['manageMode']))
    automatic.push(w['manageMode'] ? 'Manage the boot mode.' : 'Stop managing the boot mode.');
  if (w['manageMode']) {
    for (const [key, label] of [
      ['mode', 'boot mode'],
      ['pxeBootPolicy', 'PXE boot policy'],
      ['secureBoot', 'secure boot setting'],
    ] as const)
      if (w[key] !== undefined && str(w[key]) !== str(h[key]))
        automatic.push(`Change the ${label} from ${str(h[key]) || 'unset'} to ${str(w[key])}.`);
  }
  return { section: 'bootMode', automatic, manual: [], offline: automatic.length > 0 };
}

function compareBoot(t: TemplateWire, p: ProfileWire): SectionDifference {
  const w = obj(t['boot']);
  const h = obj(p['boot']);
  const automatic: string[] = [];
  if (Boolean(w['manageBoot']) !== Boolean(h['manageBoot']))
    automatic.push(w['manageBoot'] ? 'Manage the boot order.' : 'Stop managing the boot order.');
  const order = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(', ') : '');
  if (w['manageBoot'] && order(w['order']) !== order(h['order']))
    automatic.push(
      `Change the boot order from ${order(h['order']) || 'none'} to ${order(w['order']) || 'none'}.`,
    );
  return { section: 'boot', automatic, manual: [], offline: automatic.length > 0 };
}

function biosMap(owner: Obj): Map<string, string> {
  const list = obj(owner['bios'])['overriddenSettings'];
  return new Map(
    (Array.isArray(list) ? (list as unknown[]) : []).map((raw) => [
      str(obj(raw)['id']),
      str(obj(raw)['value']),
    ]),
  );
}

function compareBios(t: TemplateWire, p: ProfileWire): SectionDifference {
  const w = obj(t['bios']);
  const h = obj(p['bios']);
  const automatic: string[] = [];
  if (Boolean(w['manageBios']) !== Boolean(h['manageBios']))
    automatic.push(w['manageBios'] ? 'Manage the BIOS settings.' : 'Stop managing the BIOS settings.');
  const want = biosMap(t);
  const have = biosMap(p);
  for (const id of [...new Set([...want.keys(), ...have.keys()])].sort()) {
    const a = have.get(id);
    const b = want.get(id);
    if (a !== b)
      automatic.push(`Change the BIOS setting ${id} from ${a ?? 'its default'} to ${b ?? 'its default'}.`);
  }
  return { section: 'bios', automatic, manual: [], offline: automatic.length > 0 };
}

function compareFirmware(t: TemplateWire, p: ProfileWire, nameOf: NameOf): SectionDifference {
  const w = obj(t['firmware']);
  const h = obj(p['firmware']);
  const automatic: string[] = [];
  if (Boolean(w['manageFirmware']) !== Boolean(h['manageFirmware']))
    automatic.push(w['manageFirmware'] ? 'Manage the firmware.' : 'Stop managing the firmware.');
  if (w['manageFirmware']) {
    if (str(w['firmwareBaselineUri']) !== str(h['firmwareBaselineUri']))
      automatic.push(
        `Change the firmware baseline from ${h['firmwareBaselineUri'] ? nameOf(str(h['firmwareBaselineUri'])) : 'none'} to ${nameOf(str(w['firmwareBaselineUri']))}.`,
      );
    for (const [key, label] of [
      ['firmwareInstallType', 'firmware install type'],
      ['firmwareActivationType', 'firmware activation type'],
      ['forceInstallFirmware', 'forced firmware installation'],
    ] as const)
      if (w[key] !== undefined && str(w[key]) !== str(h[key]))
        automatic.push(`Change the ${label} from ${str(h[key]) || 'unset'} to ${str(w[key])}.`);
  }
  const online = ['FirmwareOnly', 'FirmwareAndOSDrivers'].includes(str(w['firmwareInstallType']));
  return { section: 'firmware', automatic, manual: [], offline: automatic.length > 0 && !online };
}

interface Drive {
  controller: string;
  name: string;
  shape: string;
}

function drives(owner: Obj): { controllers: Map<string, string>; drives: Map<string, Drive> } {
  const list = obj(owner['localStorage'])['controllers'];
  const controllers = new Map<string, string>();
  const out = new Map<string, Drive>();
  for (const raw of Array.isArray(list) ? (list as unknown[]) : []) {
    const c = obj(raw);
    const slot = str(c['deviceSlot']);
    controllers.set(slot, `${str(c['mode'])}`);
    const ds = c['logicalDrives'];
    for (const rd of Array.isArray(ds) ? (ds as unknown[]) : []) {
      const d = obj(rd);
      const name = str(d['name']);
      out.set(`${slot}/${name}`, {
        controller: slot,
        name,
        shape: [d['raidLevel'], d['numPhysicalDrives'], d['driveTechnology'], d['bootable'] === true]
          .map(str)
          .join('/'),
      });
    }
  }
  return { controllers, drives: out };
}

function compareLocalStorage(t: TemplateWire, p: ProfileWire): SectionDifference {
  const want = drives(t);
  const have = drives(p);
  const automatic: string[] = [];
  const manual: string[] = [];
  for (const [slot, mode] of want.controllers) {
    const current = have.controllers.get(slot);
    if (current === undefined) automatic.push(`Configure the storage controller ${slot} in ${mode} mode.`);
    else if (current !== mode)
      manual.push(
        `Change the mode of storage controller ${slot} from ${current} to ${mode}; its logical drives are lost.`,
      );
  }
  for (const slot of have.controllers.keys())
    if (!want.controllers.has(slot)) manual.push(`Stop managing the storage controller ${slot}.`);
  for (const [key, d] of want.drives) {
    const h = have.drives.get(key);
    if (!h) automatic.push(`Create the logical drive ${d.name} on controller ${d.controller}.`);
    else if (h.shape !== d.shape)
      manual.push(`Re-create the logical drive ${d.name} on controller ${d.controller}; its data is lost.`);
  }
  for (const [key, h] of have.drives)
    if (!want.drives.has(key))
      manual.push(`Delete the logical drive ${h.name} on controller ${h.controller}; its data is lost.`);
  return { section: 'localStorage', automatic, manual, offline: automatic.length + manual.length > 0 };
}

function compareOsDeployment(t: TemplateWire, p: ProfileWire, nameOf: NameOf): SectionDifference {
  const w = str(obj(t['osDeploymentSettings'])['osDeploymentPlanUri']);
  const h = str(obj(p['osDeploymentSettings'])['osDeploymentPlanUri']);
  // Another plan means another OS volume with other custom attributes: not something an update does by itself.
  const manual =
    w === h
      ? []
      : [
          `Change the OS deployment plan from ${h ? nameOf(h) : 'none'} to ${w ? nameOf(w) : 'none'}; the OS volume is deployed again.`,
        ];
  return { section: 'osDeploymentSettings', automatic: [], manual, offline: manual.length > 0 };
}

/**
 * How a profile differs from its template, section by section, in the words of OneView's compliance preview.
 * Sections whose `complianceControl` is `Unchecked` are not compared.
 */
export function compareWithTemplate(
  template: TemplateWire,
  profile: ProfileWire,
  nameOf: NameOf,
): ComplianceReport {
  const differences: SectionDifference[] = [];
  const hardware: string[] = [];
  if (template.serverHardwareTypeUri && profile.serverHardwareTypeUri !== template.serverHardwareTypeUri)
    hardware.push(
      `Change the server hardware type from ${nameOf(profile.serverHardwareTypeUri)} to ${nameOf(template.serverHardwareTypeUri)}.`,
    );
  if (template.enclosureGroupUri && profile.enclosureGroupUri !== template.enclosureGroupUri)
    hardware.push(
      `Change the enclosure group from ${nameOf(profile.enclosureGroupUri)} to ${nameOf(template.enclosureGroupUri)}.`,
    );
  if (hardware.length > 0)
    differences.push({ section: 'hardware', automatic: [], manual: hardware, offline: true });
  const compare: Record<ComplianceSection, () => SectionDifference> = {
    connectionSettings: () => compareConnections(template, profile, nameOf),
    bootMode: () => compareBootMode(template, profile),
    boot: () => compareBoot(template, profile),
    bios: () => compareBios(template, profile),
    firmware: () => compareFirmware(template, profile, nameOf),
    localStorage: () => compareLocalStorage(template, profile),
    osDeploymentSettings: () => compareOsDeployment(template, profile, nameOf),
  };
  for (const section of COMPLIANCE_SECTIONS) {
    if (!checked(template, section)) continue;
    const d = compare[section]();
    if (d.automatic.length + d.manual.length > 0) differences.push(d);
  }
  return {
    differences,
    automaticUpdates: differences.flatMap((d) => d.automatic),
    manualUpdates: differences.flatMap((d) => d.manual),
    isOnlineUpdate: !differences.some((d) => d.offline),
  };
}

export function complianceOf(report: ComplianceReport): 'Compliant' | 'NonCompliant' {
  return report.differences.length === 0 ? 'Compliant' : 'NonCompliant';
}

/** The template's settings copied onto the profile for every section without manual updates (keeps MACs). */
export function applyTemplate(template: TemplateWire, profile: ProfileWire, report: ComplianceReport): void {
  for (const d of report.differences) {
    if (d.manual.length > 0 || d.section === 'hardware') continue;
    const source = structuredClone(obj(template[d.section]));
    delete source['complianceControl'];
    delete source['manageConnections'];
    if (d.section === 'connectionSettings') {
      const current = new Map(
        ((obj(profile['connectionSettings'])['connections'] as Obj[] | undefined) ?? []).map((c) => [
          Number(c['id']),
          c,
        ]),
      );
      const list = (source['connections'] as Obj[] | undefined) ?? [];
      source['connections'] = list.map((c) => {
        const old = current.get(Number(c['id']));
        return {
          ...(old ?? {}),
          ...c,
          allocatedMbps: Number(c['requestedMbps'] ?? 2500),
          mac: old?.['mac'] ?? null,
          state: 'Deployed',
          status: 'OK',
        };
      });
    }
    (profile as Record<string, unknown>)[d.section] = {
      ...obj(profile[d.section]),
      ...source,
      reapplyState: 'NotApplying',
    };
  }
}

/** Whether applying the report changes the firmware (the apply then takes the firmware install time too). */
export function changesFirmware(report: ComplianceReport): boolean {
  return report.differences.some((d) => d.section === 'firmware' && d.automatic.length > 0);
}
