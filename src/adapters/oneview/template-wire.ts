import type {
  MpSetting,
  StorageController,
  TemplateConnection,
  TemplateContent,
} from '../../core/template/template-content.js';
import {
  arrayOf,
  booleanOr,
  isWireObject,
  optionalNumber,
  optionalObject,
  optionalString,
  stringOr,
  type WireObject,
} from './wire-fields.js';

/**
 * Server profile template sections <-> TemplateContent (references as URIs). The same mapping reads a template
 * and writes one, so what Phoenix writes reads back equal.
 */
export function templateContentOf(obj: WireObject): TemplateContent {
  const bootMode = optionalObject(obj, 'bootMode');
  const boot = optionalObject(obj, 'boot');
  const bios = optionalObject(obj, 'bios');
  const firmware = optionalObject(obj, 'firmware');
  const storage = optionalObject(obj, 'localStorage');
  const mp = optionalObject(obj, 'managementProcessor');
  const controllers = arrayOf(storage, 'controllers').filter(isWireObject).map(controllerOf);
  const settings = arrayOf(mp, 'mpSettings').filter(isWireObject).map(mpSettingOf);
  const connections = arrayOf(optionalObject(obj, 'connectionSettings'), 'connections')
    .concat(arrayOf(obj, 'connections'))
    .filter(isWireObject)
    .map(connectionOf)
    .sort((a, b) => a.id - b.id);
  return {
    serverHardwareType: stringOr(obj, 'serverHardwareTypeUri', ''),
    enclosureGroup: optionalString(obj, 'enclosureGroupUri'),
    affinity: optionalString(obj, 'affinity') === 'BayAndServer' ? 'BayAndServer' : 'Bay',
    connections,
    bootMode:
      bootMode !== null && booleanOr(bootMode, 'manageMode', false)
        ? {
            mode: stringOr(bootMode, 'mode', 'UEFI'),
            pxeBootPolicy: stringOr(bootMode, 'pxeBootPolicy', 'Auto'),
            secureBoot: stringOr(bootMode, 'secureBoot', 'Unmanaged'),
          }
        : null,
    bootOrder:
      boot !== null && booleanOr(boot, 'manageBoot', false)
        ? arrayOf(boot, 'order').filter((o): o is string => typeof o === 'string')
        : null,
    bios: bios !== null && booleanOr(bios, 'manageBios', false) ? biosOf(bios) : null,
    firmware:
      firmware !== null && booleanOr(firmware, 'manageFirmware', false)
        ? {
            baseline: stringOr(firmware, 'firmwareBaselineUri', ''),
            installType: stringOr(firmware, 'firmwareInstallType', 'FirmwareOnly'),
            force: booleanOr(firmware, 'forceInstallFirmware', false),
            activation: stringOr(firmware, 'firmwareActivationType', 'Immediate'),
          }
        : null,
    localStorage: controllers.length > 0 ? { controllers } : null,
    managementProcessor:
      mp !== null && booleanOr(mp, 'manageMp', false) && settings.length > 0 ? { settings } : null,
    deploymentPlan: optionalString(optionalObject(obj, 'osDeploymentSettings'), 'osDeploymentPlanUri'),
  };
}

function connectionOf(c: WireObject): TemplateConnection {
  const uri = stringOr(c, 'networkUri', '');
  const mbps = c['requestedMbps'];
  const requested = typeof mbps === 'number' ? mbps : typeof mbps === 'string' ? Number(mbps) : NaN;
  return {
    id: optionalNumber(c, 'id') ?? 0,
    name: stringOr(c, 'name', ''),
    portId: stringOr(c, 'portId', 'Auto'),
    functionType: stringOr(c, 'functionType', 'Ethernet'),
    network: { kind: uri.startsWith('/rest/network-sets/') ? 'networkSet' : 'network', name: uri },
    requestedMbps: Number.isFinite(requested) ? requested : null,
    bootPriority: stringOr(optionalObject(c, 'boot'), 'priority', 'NotBootable'),
  };
}

function biosOf(bios: WireObject): Record<string, string> {
  const entries = arrayOf(bios, 'overriddenSettings')
    .filter(isWireObject)
    .map((s) => {
      const value = s['value'];
      const text =
        typeof value === 'string'
          ? value
          : value === undefined || value === null
            ? ''
            : JSON.stringify(value);
      return [stringOr(s, 'id', ''), text] as const;
    })
    .filter(([id]) => id !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

function controllerOf(c: WireObject): StorageController {
  return {
    deviceSlot: stringOr(c, 'deviceSlot', ''),
    mode: stringOr(c, 'mode', 'RAID'),
    initialize: booleanOr(c, 'initialize', false),
    logicalDrives: arrayOf(c, 'logicalDrives')
      .filter(isWireObject)
      .map((d) => ({
        name: stringOr(d, 'name', ''),
        raidLevel: stringOr(d, 'raidLevel', ''),
        bootable: booleanOr(d, 'bootable', false),
        numPhysicalDrives: optionalNumber(d, 'numPhysicalDrives'),
        driveTechnology: optionalString(d, 'driveTechnology'),
      })),
  };
}

function mpSettingOf(s: WireObject): MpSetting {
  const args: Record<string, string | number | boolean> = {};
  const raw = optionalObject(s, 'args');
  for (const [key, value] of Object.entries(raw ?? {})) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      args[key] = value;
  }
  return { settingType: stringOr(s, 'settingType', ''), args };
}

/**
 * The sections of a template body for a TemplateContent whose references are URIs. Sections Phoenix does not
 * model (SAN storage, identifiers) are left to the appliance's defaults or, on update, as they are.
 */
export function templateSections(content: TemplateContent): Record<string, unknown> {
  const checked = { complianceControl: 'Checked' };
  const { bootMode, bootOrder, bios, firmware, localStorage, managementProcessor } = content;
  return {
    serverHardwareTypeUri: content.serverHardwareType,
    enclosureGroupUri: content.enclosureGroup,
    affinity: content.affinity,
    connectionSettings: {
      manageConnections: true,
      ...checked,
      connections: content.connections.map((c) => ({
        id: c.id,
        name: c.name,
        functionType: c.functionType,
        networkUri: c.network.name,
        portId: c.portId,
        ...(c.requestedMbps === null ? {} : { requestedMbps: String(c.requestedMbps) }),
        boot: { priority: c.bootPriority },
      })),
    },
    bootMode: bootMode === null ? { manageMode: false } : { manageMode: true, ...bootMode, ...checked },
    boot:
      bootOrder === null
        ? { manageBoot: false, order: [] }
        : { manageBoot: true, order: bootOrder, ...checked },
    bios:
      bios === null
        ? { manageBios: false, overriddenSettings: [] }
        : {
            manageBios: true,
            overriddenSettings: Object.entries(bios).map(([id, value]) => ({ id, value })),
            ...checked,
          },
    firmware:
      firmware === null
        ? { manageFirmware: false, forceInstallFirmware: false }
        : {
            manageFirmware: true,
            firmwareBaselineUri: firmware.baseline,
            firmwareInstallType: firmware.installType,
            forceInstallFirmware: firmware.force,
            firmwareActivationType: firmware.activation,
            ...checked,
          },
    localStorage: {
      controllers: localStorage?.controllers ?? [],
      sasLogicalJBODs: [],
      complianceControl: localStorage === null ? 'Unchecked' : 'Checked',
    },
    managementProcessor:
      managementProcessor === null
        ? { manageMp: false, mpSettings: [] }
        : { manageMp: true, mpSettings: managementProcessor.settings, ...checked },
    osDeploymentSettings:
      content.deploymentPlan === null
        ? null
        : { osDeploymentPlanUri: content.deploymentPlan, osCustomAttributes: [], ...checked },
  };
}
