/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- JSON wire bodies are untyped here */
import type { SimClient } from './sim-client.js';

/** Looks up catalogue URIs by name, as a client resolving a declaration's names would. */
export async function catalogue(c: SimClient) {
  const uriOf = async (collection: string, filter: string): Promise<string> => {
    const r = await c.call('GET', `${collection}?filter=${encodeURIComponent(`"${filter}"`)}`);
    if (r.body.total !== 1) throw new Error(`${collection} ${filter}: ${r.body.total} matches`);
    return r.body.members[0].uri;
  };
  return {
    gen10: await uriOf('/rest/server-hardware-types', "name='SY 480 Gen10 1'"),
    eg: await uriOf('/rest/enclosure-groups', "name='EG-I3S'"),
    prodSet: await uriOf('/rest/network-sets', "name='Prod-Set'"),
    mgmt: await uriOf('/rest/ethernet-networks', "name='Management'"),
    backup: await uriOf('/rest/ethernet-networks', "name='Backup-VLAN-400'"),
    sanA: await uriOf('/rest/fc-networks', "name='SAN-A'"),
    ssp2023: await uriOf('/rest/firmware-drivers', "version='SY-2023.10.01'"),
    ssp2024: await uriOf('/rest/firmware-drivers', "version='SY-2024.04.02'"),
  };
}

export type Catalogue = Awaited<ReturnType<typeof catalogue>>;

/** A full template body: connections, boot, BIOS, firmware, local storage, management processor. */
export function templateBody(cat: Catalogue, name: string): any {
  return {
    type: 'ServerProfileTemplateV8',
    name,
    description: 'phoenix:v1 site=dc1 template=web spec=0123456789abcdef rev=0123456789ab',
    serverProfileDescription: '',
    serverHardwareTypeUri: cat.gen10,
    enclosureGroupUri: cat.eg,
    connectionSettings: {
      manageConnections: true,
      complianceControl: 'Checked',
      connections: [
        {
          id: 1,
          name: 'prod-a',
          functionType: 'Ethernet',
          networkUri: cat.prodSet,
          portId: 'Mezz 3:1-c',
          requestedMbps: '5000',
          boot: { priority: 'NotBootable' },
        },
        {
          id: 2,
          name: 'mgmt',
          functionType: 'Ethernet',
          networkUri: cat.mgmt,
          portId: 'Mezz 3:2-c',
          requestedMbps: '1000',
          boot: { priority: 'NotBootable' },
        },
      ],
    },
    bootMode: { manageMode: true, mode: 'UEFIOptimized', pxeBootPolicy: 'Auto', secureBoot: 'Disabled' },
    boot: { manageBoot: true, order: ['HardDisk'] },
    bios: {
      manageBios: true,
      overriddenSettings: [
        { id: 'WorkloadProfile', value: 'Virtualization-MaxPerformance' },
        { id: 'ProcHyperthreading', value: 'Disabled' },
      ],
    },
    firmware: {
      manageFirmware: true,
      firmwareBaselineUri: cat.ssp2023,
      firmwareInstallType: 'FirmwareOnlyOfflineMode',
      forceInstallFirmware: false,
      firmwareActivationType: 'Immediate',
    },
    localStorage: {
      controllers: [
        {
          deviceSlot: 'Embedded',
          mode: 'RAID',
          initialize: true,
          logicalDrives: [{ name: 'boot', raidLevel: 'RAID1', bootable: true, numPhysicalDrives: 2 }],
        },
      ],
    },
    managementProcessor: {
      manageMp: true,
      mpSettings: [{ settingType: 'Hostname', args: { hostName: 'ilo-web' } }],
    },
    osDeploymentSettings: null,
  };
}
