import type { SeedDeploymentPlan, SeedGoldenImage } from '../presets/seed-spec.js';
import { stableGuid } from './ids.js';
import type { Wire } from './wire-types.js';

const caType: Record<string, string> = {
  string: 'string',
  password: 'password',
  ipv4: 'ipv4',
  hostname: 'hostname',
  fqdn: 'fqdn',
  number: 'number',
  option: 'option',
  nic: 'nic',
};
const i3sType: Record<string, string> = {
  string: 'String',
  password: 'Password',
  ipv4: 'IPv4 Address',
  hostname: 'Hostname',
  fqdn: 'FQDN',
  number: 'Number',
  option: 'Option',
  nic: 'Nic',
};

/** OneView's read-only mirror of an Image Streamer deployment plan: /rest/os-deployment-plans/{id}. */
export function buildOsDeploymentPlan(
  seed: SeedDeploymentPlan,
  applianceIp: string,
  osType: string,
  iso: string,
): Wire {
  return {
    type: 'Osdp',
    uri: seed.uri,
    id: seed.uri.slice(seed.uri.lastIndexOf('/') + 1),
    category: 'os-deployment-plans',
    name: seed.name,
    description: '',
    nativePlanUri: `/rest/deployment-plans/${seed.id}`,
    deploymentType: 'I3S',
    deploymentAppliance: applianceIp,
    deploymentApplianceIpv4: applianceIp,
    osType,
    architecture: 'x86_64',
    osdpSize: '40GB',
    additionalParameters: seed.attributes.map((a) => ({
      caId: stableGuid(`ca:${seed.id}:${a.name}`),
      name: a.name,
      value: a.defaultValue,
      caType: caType[a.type] ?? 'string',
      caEditable: a.editable,
      caConstraints: '{}',
      description: '',
    })),
    state: 'Active',
    status: 'OK',
    eTag: iso,
    created: iso,
    modified: iso,
  };
}

export function buildI3sDeploymentPlan(seed: SeedDeploymentPlan, buildPlanUri: string, iso: string): Wire {
  return {
    type: 'OEDeploymentPlanV5',
    uri: `/rest/deployment-plans/${seed.id}`,
    id: seed.id,
    category: 'oe-deployment-plan',
    name: seed.name,
    description: '',
    hpProvided: false,
    oeBuildPlanURI: buildPlanUri,
    goldenImageURI: seed.goldenImageId ? `/rest/golden-images/${seed.goldenImageId}` : null,
    customAttributes: seed.attributes.map((a) => ({
      id: stableGuid(`ca:${seed.id}:${a.name}`),
      name: a.name,
      type: i3sType[a.type] ?? 'String',
      value: a.defaultValue,
      constraints: '{}',
      description: '',
      editable: a.editable,
      visible: true,
    })),
    state: 'Active',
    status: 'OK',
    eTag: '1',
    created: iso,
    modified: iso,
  };
}

export function buildGoldenImage(seed: SeedGoldenImage, buildPlanUri: string, iso: string): Wire {
  return {
    type: 'GoldenImage',
    uri: `/rest/golden-images/${seed.id}`,
    id: seed.id,
    category: 'golden-images',
    name: seed.name,
    description: `${seed.osType} golden image`,
    osVolumeURI: `/rest/os-volumes/${stableGuid(`gv:${seed.id}`)}`,
    buildPlanUri,
    imageCapture: true,
    readOnly: false,
    size: 21_474_836_480,
    checkSum: stableGuid(`sum:${seed.id}`).replace(/-/g, ''),
    bundleName: null,
    bundleURI: null,
    importedFromBundle: false,
    dependentArtifacts: [],
    state: 'Active',
    status: 'OK',
    eTag: '1',
    created: iso,
    modified: iso,
  };
}

export function buildBuildPlan(name: string, planScriptUri: string, iso: string): Wire {
  const id = stableGuid(`bp:${name}`);
  return {
    type: 'OeBuildPlanV5',
    uri: `/rest/build-plans/${id}`,
    id,
    category: 'oe-build-plans',
    name,
    description: 'Personalise the OS volume from the custom attributes',
    hpProvided: false,
    oeBuildPlanType: 'deploy',
    buildStep: [{ serialNumber: '1', parameters: 'all', planScriptName: 'personalize', planScriptUri }],
    customAttributes: [],
    state: 'Active',
    status: 'OK',
    eTag: '1',
    created: iso,
    modified: iso,
  };
}

export function buildPlanScript(name: string, iso: string): Wire {
  const id = stableGuid(`ps:${name}`);
  return {
    type: 'PlanScript',
    uri: `/rest/plan-scripts/${id}`,
    id,
    category: 'plan-scripts',
    name,
    description: 'Writes hostname and consul settings',
    hpProvided: false,
    planType: 'deploy',
    content: 'upload -<<END /etc/hostname\n@SERVER_FQDN@\nEND\n',
    customAttributes: JSON.stringify([{ name: 'SERVER_FQDN', value: '' }]),
    dependentArtifacts: [],
    state: 'Active',
    status: 'OK',
    eTag: '1',
    created: iso,
    modified: iso,
  };
}
