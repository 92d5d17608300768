import type { SeedFcNetwork, SeedFirmwareBundle, SeedNetworkSet } from '../presets/seed-spec.js';
import { lastSegment, stableGuid } from './ids.js';
import type { Wire } from './wire-types.js';

/** A network set (fixture `NetworkSet.json`, network-setV4): ethernet networks a connection carries as a trunk. */
export function buildNetworkSet(seed: SeedNetworkSet, iso: string): Wire {
  return {
    type: 'network-setV5',
    category: 'network-sets',
    uri: seed.uri,
    name: seed.name,
    description: null,
    networkUris: [...seed.networkUris],
    nativeNetworkUri: seed.nativeNetworkUri,
    networkSetType: 'Regular',
    connectionTemplateUri: `/rest/connection-templates/${stableGuid(`ct:${seed.uri}`)}`,
    state: 'Active',
    status: 'OK',
    scopesUri: `/rest/scopes/resources${seed.uri}`,
    eTag: stableGuid(`etag:${seed.uri}`),
    created: iso,
    modified: iso,
  };
}

export function buildFcNetwork(seed: SeedFcNetwork, iso: string): Wire {
  return {
    type: 'fc-networkV4',
    category: 'fc-networks',
    uri: seed.uri,
    name: seed.name,
    description: null,
    fabricType: seed.fabricType,
    linkStabilityTime: 30,
    autoLoginRedistribution: false,
    managedSanUri: null,
    connectionTemplateUri: `/rest/connection-templates/${stableGuid(`ct:${seed.uri}`)}`,
    state: 'Active',
    status: 'OK',
    scopesUri: `/rest/scopes/resources${seed.uri}`,
    eTag: stableGuid(`etag:${seed.uri}`),
    created: iso,
    modified: iso,
  };
}

/** A firmware bundle as `GET /rest/firmware-drivers` lists it (field names of the SDKs' FirmwareDrivers). */
export function buildFirmwareBundle(seed: SeedFirmwareBundle, iso: string): Wire {
  const id = lastSegment(seed.uri);
  return {
    type: 'firmware-baselines',
    category: 'firmware-drivers',
    uri: seed.uri,
    name: seed.name,
    description: `${seed.name} ${seed.version}`,
    version: seed.version,
    baselineShortName: seed.baselineShortName,
    isoFileName: seed.isoFileName,
    xmlKeyName: id,
    resourceId: id,
    uuid: id,
    releaseDate: seed.releaseDate,
    bundleType: 'SPP',
    bundleSize: 9_663_676_416,
    hpsumVersion: '10.1.0',
    supportedOSList: [
      'Microsoft Windows Server 2022',
      'Red Hat Enterprise Linux 9',
      'SUSE Linux Enterprise Server 15',
      'VMware ESXi 8.0',
    ],
    supportedLanguages: 'en',
    swPackagesFullPath: `/rest/firmware-drivers/${id}/packages`,
    fwComponents: [
      { name: 'System ROM', componentVersion: seed.version, fileName: `rom-${id}.fwpkg`, swKeyNameList: [] },
      { name: 'iLO 5', componentVersion: '3.01', fileName: `ilo5-${id}.fwpkg`, swKeyNameList: [] },
      {
        name: 'HPE Synergy 3820C CNA',
        componentVersion: '7.18.77',
        fileName: `cna-${id}.fwpkg`,
        swKeyNameList: [],
      },
    ],
    hotfixes: [],
    parentBundle: { parentBundleName: null, releaseDate: null, version: null },
    signatureFileName: `${seed.isoFileName}.sig`,
    signatureFileRequired: false,
    resourceState: 'Created',
    lastTaskUri: null,
    locations: { [stableGuid(`loc:${id}`)]: 'Internal' },
    mirrorlist: {},
    state: 'Created',
    status: 'OK',
    scopesUri: `/rest/scopes/resources${seed.uri}`,
    eTag: stableGuid(`etag:${seed.uri}`),
    created: iso,
    modified: iso,
  };
}
