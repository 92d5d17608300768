import { stableGuid } from '../state/ids.js';
import {
  DEMO_FC_NETWORKS,
  DEMO_FIRMWARE_BUNDLES,
  DEMO_NETWORK_SETS,
  DEMO_NETWORKS,
  ENCLOSURE_GROUP_URI,
  HARDWARE_TYPES,
  LOGICAL_ENCLOSURE_URI,
  demoDeploymentPlans,
  demoGoldenImages,
  demoTemplates,
  hardwareTypeUri,
} from './demo-catalogue.js';
import type { SeedEnclosure, SeedHardware, SeedProfile, SeedSpec } from './seed-spec.js';

export type PresetName = 'synergy-demo';
export type PresetChoice = PresetName | { readonly frames: number; readonly bays: number };

export const PRESET_NAMES: readonly PresetName[] = ['synergy-demo'];

/** The largest generated inventory (frames x bays). */
export const MAX_GENERATED_SERVERS = 10_000;

function hardwareUuid(frame: number, bay: number): string {
  const f = frame.toString(16).padStart(4, '0').toUpperCase();
  const b = bay.toString(16).padStart(4, '0').toUpperCase();
  return `30303437-3034-4D32-${f}-${b}00000000`.slice(0, 36);
}

function frames(
  names: readonly string[],
  bays: number,
  generationOfBay: (bay: number) => 'Gen10' | 'Gen9',
): { enclosures: SeedEnclosure[]; hardware: SeedHardware[] } {
  const enclosures: SeedEnclosure[] = [];
  const hardware: SeedHardware[] = [];
  names.forEach((name, i) => {
    const serial = `CN7${String(5000 + i).padStart(7, '0')}`;
    const uri = `/rest/enclosures/0000000000${serial.slice(-6)}${String(i).padStart(4, '0')}`;
    enclosures.push({
      uri,
      name,
      serialNumber: serial,
      enclosureGroupUri: ENCLOSURE_GROUP_URI,
      logicalEnclosureUri: LOGICAL_ENCLOSURE_URI,
      bayCount: bays,
    });
    for (let bay = 1; bay <= bays; bay++) {
      hardware.push({
        uri: `/rest/server-hardware/${hardwareUuid(i + 1, bay)}`,
        name: `${name}, bay ${bay}`,
        serialNumber: `MXQ${String(i + 1).padStart(4, '0')}${String(bay).padStart(3, '0')}`,
        hardwareTypeUri: hardwareTypeUri(generationOfBay(bay)),
        enclosureGroupUri: ENCLOSURE_GROUP_URI,
        enclosureUri: uri,
        bay,
        powerState: 'Off',
        status: 'OK',
      });
    }
  });
  return { enclosures, hardware };
}

function common(): Pick<
  SeedSpec,
  | 'enclosureGroups'
  | 'hardwareTypes'
  | 'networks'
  | 'networkSets'
  | 'fcNetworks'
  | 'firmwareBundles'
  | 'goldenImages'
  | 'deploymentPlans'
  | 'templates'
  | 'deploymentServer'
> {
  const deploymentPlans = demoDeploymentPlans();
  return {
    enclosureGroups: [{ uri: ENCLOSURE_GROUP_URI, name: 'EG-I3S', osDeployment: true }],
    hardwareTypes: (['Gen10', 'Gen9'] as const).map((g) => ({
      uri: hardwareTypeUri(g),
      ...HARDWARE_TYPES[g],
    })),
    networks: DEMO_NETWORKS,
    networkSets: DEMO_NETWORK_SETS,
    fcNetworks: DEMO_FC_NETWORKS,
    firmwareBundles: DEMO_FIRMWARE_BUNDLES,
    goldenImages: demoGoldenImages(),
    deploymentPlans,
    templates: demoTemplates(deploymentPlans),
    deploymentServer: { name: 'I3S-DG-01' },
  };
}

/**
 * The demo site: three Synergy frames of 12 bays, Gen10 in bays 1-8 and Gen9 in 9-12, all Off and free except a
 * foreign profile `legacy-db-01` on SYN-FRAME-03, bay 12, powered On.
 */
export function synergyDemoPreset(): SeedSpec {
  const names = ['SYN-FRAME-01', 'SYN-FRAME-02', 'SYN-FRAME-03'];
  const { enclosures, hardware } = frames(names, 12, (bay) => (bay <= 8 ? 'Gen10' : 'Gen9'));
  const legacyIndex = hardware.findIndex((h) => h.name === 'SYN-FRAME-03, bay 12');
  const legacyHw = hardware[legacyIndex]!;
  hardware[legacyIndex] = { ...legacyHw, powerState: 'On' };
  const legacy: SeedProfile = {
    uri: `/rest/server-profiles/${stableGuid('sp:legacy-db-01')}`,
    name: 'legacy-db-01',
    description: 'Legacy database server',
    hardwareUri: legacyHw.uri,
    templateUri: null,
    deploymentPlanUri: null,
    customAttributes: {},
  };
  return {
    ...common(),
    logicalEnclosures: [
      {
        uri: LOGICAL_ENCLOSURE_URI,
        name: 'LE-SYNERGY-01',
        enclosureGroupUri: ENCLOSURE_GROUP_URI,
        enclosureUris: enclosures.map((e) => e.uri),
      },
    ],
    enclosures,
    hardware,
    profiles: [legacy],
  };
}

/**
 * A generated site for scale tests: `frames` frames named SYN-FRAME-0001... with `bays` bays each, the demo's
 * templates and plans; the first two thirds of each frame's bays are Gen10, the rest Gen9. No profiles.
 */
export function generatedPreset(frameCount: number, bays: number): SeedSpec {
  if (!Number.isInteger(frameCount) || frameCount < 1)
    throw new Error(`frames must be a positive integer, got ${frameCount}`);
  if (!Number.isInteger(bays) || bays < 1 || bays > 12)
    throw new Error(`bays must be an integer from 1 to 12, got ${bays}`);
  if (frameCount * bays > MAX_GENERATED_SERVERS)
    throw new Error(`frames x bays must be at most ${MAX_GENERATED_SERVERS}, got ${frameCount * bays}`);
  const width = Math.max(2, String(frameCount).length);
  const names = Array.from(
    { length: frameCount },
    (_, i) => `SYN-FRAME-${String(i + 1).padStart(width, '0')}`,
  );
  const gen10Bays = Math.max(1, Math.ceil((bays * 2) / 3));
  const { enclosures, hardware } = frames(names, bays, (bay) => (bay <= gen10Bays ? 'Gen10' : 'Gen9'));
  return {
    ...common(),
    logicalEnclosures: [
      {
        uri: LOGICAL_ENCLOSURE_URI,
        name: 'LE-SYNERGY-01',
        enclosureGroupUri: ENCLOSURE_GROUP_URI,
        enclosureUris: enclosures.map((e) => e.uri),
      },
    ],
    enclosures,
    hardware,
    profiles: [],
  };
}

export function presetSeed(choice: PresetChoice): SeedSpec {
  if (typeof choice === 'string') {
    if (choice === 'synergy-demo') return synergyDemoPreset();
    throw new Error(`unknown preset '${String(choice)}'; known presets: ${PRESET_NAMES.join(', ')}`);
  }
  return generatedPreset(choice.frames, choice.bays);
}
