import { checkConnections } from './connection-rules.js';
import { httpError } from './error-body.js';
import type { SimState } from './sim-state.js';
import type { Wire } from './wire-types.js';

type Obj = Record<string, unknown>;

export const FIRMWARE_INSTALL_TYPES = ['FirmwareOnly', 'FirmwareAndOSDrivers', 'FirmwareOnlyOfflineMode'];
export const FIRMWARE_ACTIVATION_TYPES = ['Immediate', 'Scheduled', 'NotScheduled'];
const SECURE_BOOT = ['Enabled', 'Disabled', 'Unmanaged'];

function bad(code: string, message: string, field: string, details = '', data: Obj = {}): Error {
  return httpError(400, code, message, {
    details,
    errorSource: field,
    data,
    recommendedActions: ['Correct the settings and retry.'],
  });
}

function section(body: Obj, key: string): Obj | null {
  const v = body[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'object' || Array.isArray(v))
    throw bad('INVALID_SETTINGS', `${key} must be an object.`, key);
  return v as Obj;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(text) : []);

/**
 * Validates the server settings of a template or profile body as the appliance does before it accepts them:
 * connections, boot mode and order, BIOS overrides, firmware baseline and local storage, each against the
 * hardware type (when known) and the appliance's networks and firmware bundles. Throws a 400 naming the field.
 */
export function checkServerSettings(s: SimState, body: Obj, hardwareTypeUri: string | null): void {
  const type = hardwareTypeUri ? s.hardwareTypes.get(hardwareTypeUri) : undefined;
  checkConnections(s, body, hardwareTypeUri);
  checkBoot(body, type);
  checkBios(body, type);
  checkFirmware(s, body);
  checkLocalStorage(body, type);
}

function checkBoot(body: Obj, type: Wire | undefined): void {
  const mode = section(body, 'bootMode');
  if (mode && mode['manageMode'] !== false) {
    const modes = type ? strings(type['bootModes']) : ['BIOS', 'UEFI', 'UEFIOptimized'];
    if (mode['mode'] !== undefined && mode['mode'] !== null && !modes.includes(text(mode['mode'])))
      throw bad(
        'INVALID_BOOT_MODE',
        'The boot mode is not supported by the server hardware type.',
        'bootMode.mode',
        `mode must be one of ${modes.join(', ')}.`,
      );
    const pxe = type
      ? strings(type['pxeBootPolicies'])
      : ['Auto', 'IPv4', 'IPv6', 'IPv4ThenIPv6', 'IPv6ThenIPv4'];
    if (
      mode['pxeBootPolicy'] !== undefined &&
      mode['pxeBootPolicy'] !== null &&
      !pxe.includes(text(mode['pxeBootPolicy']))
    )
      throw bad(
        'INVALID_BOOT_MODE',
        'The PXE boot policy is not supported by the server hardware type.',
        'bootMode.pxeBootPolicy',
        `pxeBootPolicy must be one of ${pxe.join(', ')}.`,
      );
    const secure = mode['secureBoot'];
    if (secure !== undefined && secure !== null && !SECURE_BOOT.includes(text(secure)))
      throw bad(
        'INVALID_BOOT_MODE',
        'The secure boot setting is not valid.',
        'bootMode.secureBoot',
        `secureBoot must be one of ${SECURE_BOOT.join(', ')}.`,
      );
    if (secure === 'Enabled' && mode['mode'] === 'BIOS')
      throw bad('INVALID_BOOT_MODE', 'Secure boot needs a UEFI boot mode.', 'bootMode.secureBoot');
  }
  const boot = section(body, 'boot');
  if (boot && boot['manageBoot'] !== false && boot['order'] !== undefined) {
    if (!Array.isArray(boot['order']))
      throw bad('INVALID_BOOT_ORDER', 'The boot order must be a list.', 'boot.order');
    const allowed = type
      ? strings(type['bootCapabilities'])
      : ['CD', 'USB', 'HardDisk', 'FibreChannelHba', 'PXE'];
    const seen = new Set<string>();
    (boot['order'] as unknown[]).forEach((d, i) => {
      if (typeof d !== 'string' || !allowed.includes(d))
        throw bad(
          'INVALID_BOOT_ORDER',
          `The boot device ${text(d)} is not supported by the server hardware type.`,
          `boot.order[${i}]`,
          `Boot devices: ${allowed.join(', ')}.`,
        );
      if (seen.has(d))
        throw bad(
          'INVALID_BOOT_ORDER',
          `The boot device ${d} appears twice in the boot order.`,
          `boot.order[${i}]`,
        );
      seen.add(d);
    });
  }
}

interface BiosSettingWire {
  id: string;
  type: string;
  options: { id: string }[] | null;
  lowerBound: number | null;
  upperBound: number | null;
}

function checkBios(body: Obj, type: Wire | undefined): void {
  const bios = section(body, 'bios');
  const list = bios?.['overriddenSettings'];
  if (list === undefined || list === null) return;
  if (!Array.isArray(list))
    throw bad('INVALID_BIOS_SETTING', 'bios.overriddenSettings must be a list.', 'bios.overriddenSettings');
  const known = new Map(
    ((type?.['biosSettings'] as BiosSettingWire[] | undefined) ?? []).map((b) => [b.id, b]),
  );
  const seen = new Set<string>();
  list.forEach((raw: unknown, i) => {
    const at = `bios.overriddenSettings[${i}]`;
    const o = (raw ?? {}) as Obj;
    const id = o['id'];
    const value = o['value'];
    if (typeof id !== 'string' || id === '' || typeof value !== 'string')
      throw bad('INVALID_BIOS_SETTING', 'Each BIOS override needs a string id and a string value.', at);
    if (seen.has(id))
      throw bad('INVALID_BIOS_SETTING', `The BIOS setting ${id} is overridden twice.`, `${at}.id`);
    seen.add(id);
    if (!type) return;
    const setting = known.get(id);
    if (!setting)
      throw bad(
        'INVALID_BIOS_SETTING',
        `The BIOS setting ${id} does not exist on the server hardware type ${type.name}.`,
        `${at}.id`,
        '',
        { id },
      );
    if (setting.type === 'Option' && !(setting.options ?? []).some((opt) => opt.id === value))
      throw bad(
        'INVALID_BIOS_SETTING',
        `The value ${value} is not an option of the BIOS setting ${id}.`,
        `${at}.value`,
        `Options: ${(setting.options ?? []).map((opt) => opt.id).join(', ')}.`,
        { id, value },
      );
    if (setting.type === 'Integer') {
      const n = Number(value);
      if (
        !Number.isInteger(n) ||
        (setting.lowerBound !== null && n < setting.lowerBound) ||
        (setting.upperBound !== null && n > setting.upperBound)
      )
        throw bad(
          'INVALID_BIOS_SETTING',
          `The value ${value} is out of range for the BIOS setting ${id}.`,
          `${at}.value`,
          `Range: ${setting.lowerBound} to ${setting.upperBound}.`,
          { id, value },
        );
    }
  });
}

function checkFirmware(s: SimState, body: Obj): void {
  const fw = section(body, 'firmware');
  if (!fw) return;
  const baseline = fw['firmwareBaselineUri'];
  if (baseline !== undefined && baseline !== null && baseline !== '') {
    if (typeof baseline !== 'string' || !s.firmwareBundles.has(baseline))
      throw bad(
        'INVALID_FIRMWARE_BASELINE_URI',
        'The firmware baseline referenced by the settings does not exist.',
        'firmware.firmwareBaselineUri',
        text(baseline),
      );
  } else if (fw['manageFirmware'] === true)
    throw bad(
      'INVALID_FIRMWARE_BASELINE_URI',
      'Managing firmware needs a firmware baseline.',
      'firmware.firmwareBaselineUri',
    );
  const install = fw['firmwareInstallType'];
  if (install !== undefined && install !== null && !FIRMWARE_INSTALL_TYPES.includes(text(install)))
    throw bad(
      'INVALID_FIRMWARE_SETTINGS',
      'The firmware install type is not valid.',
      'firmware.firmwareInstallType',
      `firmwareInstallType must be one of ${FIRMWARE_INSTALL_TYPES.join(', ')}.`,
    );
  const activation = fw['firmwareActivationType'];
  if (
    activation !== undefined &&
    activation !== null &&
    !FIRMWARE_ACTIVATION_TYPES.includes(text(activation))
  )
    throw bad(
      'INVALID_FIRMWARE_SETTINGS',
      'The firmware activation type is not valid.',
      'firmware.firmwareActivationType',
      `firmwareActivationType must be one of ${FIRMWARE_ACTIVATION_TYPES.join(', ')}.`,
    );
  for (const flag of ['manageFirmware', 'forceInstallFirmware'])
    if (fw[flag] !== undefined && fw[flag] !== null && typeof fw[flag] !== 'boolean')
      throw bad('INVALID_FIRMWARE_SETTINGS', `firmware.${flag} must be a boolean.`, `firmware.${flag}`);
}

interface StorageCaps {
  raidLevels: string[];
  controllerModes: string[];
  driveTechnologies: string[];
  maximumDrives: number;
}

function checkLocalStorage(body: Obj, type: Wire | undefined): void {
  const storage = section(body, 'localStorage');
  const controllers = storage?.['controllers'];
  if (controllers === undefined || controllers === null) return;
  if (!Array.isArray(controllers))
    throw bad(
      'INVALID_LOCAL_STORAGE',
      'localStorage.controllers must be a list.',
      'localStorage.controllers',
    );
  const caps = type?.['storageCapabilities'] as StorageCaps | undefined;
  const slots = new Set<string>();
  controllers.forEach((raw: unknown, i) => {
    const at = `localStorage.controllers[${i}]`;
    const c = (raw ?? {}) as Obj;
    const slot = c['deviceSlot'];
    if (typeof slot !== 'string' || slot === '')
      throw bad('INVALID_LOCAL_STORAGE', 'Each controller needs a deviceSlot.', `${at}.deviceSlot`);
    if (type && slot !== 'Embedded' && !/^Mezz \d+$/.test(slot))
      throw bad(
        'INVALID_LOCAL_STORAGE',
        `The server hardware type has no storage controller in ${slot}.`,
        `${at}.deviceSlot`,
      );
    if (slots.has(slot))
      throw bad('INVALID_LOCAL_STORAGE', `The controller ${slot} is configured twice.`, `${at}.deviceSlot`);
    slots.add(slot);
    const mode = c['mode'];
    if (caps && mode !== undefined && mode !== null && !caps.controllerModes.includes(text(mode)))
      throw bad(
        'INVALID_LOCAL_STORAGE',
        `The controller mode ${text(mode)} is not supported.`,
        `${at}.mode`,
        `Modes: ${caps.controllerModes.join(', ')}.`,
      );
    const drives = c['logicalDrives'] ?? [];
    if (!Array.isArray(drives))
      throw bad('INVALID_LOCAL_STORAGE', 'logicalDrives must be a list.', `${at}.logicalDrives`);
    const names = new Set<string>();
    let used = 0;
    let bootable = 0;
    drives.forEach((rawDrive: unknown, j) => {
      const dat = `${at}.logicalDrives[${j}]`;
      const d = (rawDrive ?? {}) as Obj;
      const name = d['name'];
      if (typeof name !== 'string' || name === '')
        throw bad('INVALID_LOCAL_STORAGE', 'Each logical drive needs a name.', `${dat}.name`);
      if (names.has(name))
        throw bad('INVALID_LOCAL_STORAGE', `Two logical drives are named ${name}.`, `${dat}.name`);
      names.add(name);
      const raid = d['raidLevel'];
      if (caps && !caps.raidLevels.includes(text(raid)))
        throw bad(
          'INVALID_LOCAL_STORAGE',
          `The RAID level ${text(raid)} of logical drive ${name} is not supported.`,
          `${dat}.raidLevel`,
          `RAID levels: ${caps.raidLevels.join(', ')}.`,
        );
      const count = d['numPhysicalDrives'];
      if (
        count !== undefined &&
        count !== null &&
        (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
      )
        throw bad(
          'INVALID_LOCAL_STORAGE',
          `numPhysicalDrives of logical drive ${name} must be a positive integer.`,
          `${dat}.numPhysicalDrives`,
        );
      used += typeof count === 'number' ? count : 0;
      if (caps && used > caps.maximumDrives)
        throw bad(
          'INVALID_LOCAL_STORAGE',
          `The logical drives of controller ${slot} need ${used} physical drives; the server has ${caps.maximumDrives}.`,
          `${dat}.numPhysicalDrives`,
        );
      const tech = d['driveTechnology'];
      if (caps && tech !== undefined && tech !== null && !caps.driveTechnologies.includes(text(tech)))
        throw bad(
          'INVALID_LOCAL_STORAGE',
          `The drive technology ${text(tech)} is not supported.`,
          `${dat}.driveTechnology`,
        );
      if (d['bootable'] === true) bootable++;
      if (bootable > 1)
        throw bad(
          'INVALID_LOCAL_STORAGE',
          `Controller ${slot} has more than one bootable logical drive.`,
          `${dat}.bootable`,
        );
    });
  });
}
