import type { SeedDeploymentPlan, SeedSpec } from '../presets/seed-spec.js';
import { stableGuid } from './ids.js';
import {
  buildEnclosure,
  buildEnclosureGroup,
  buildHardware,
  buildHardwareType,
  buildLogicalEnclosure,
  buildNetwork,
} from './wire-hardware.js';
import {
  buildBuildPlan,
  buildGoldenImage,
  buildI3sDeploymentPlan,
  buildOsDeploymentPlan,
  buildPlanScript,
} from './wire-i3s.js';
import { buildFcNetwork, buildFirmwareBundle, buildNetworkSet } from './wire-networks.js';
import { buildTemplate, completeProfile, newProfileFromTemplate } from './wire-profile.js';
import type { HardwareWire, ProfileWire, TaskWire, TemplateWire, Wire } from './wire-types.js';

export interface ResourceLabels {
  resourceUri: string;
  labelUris: string[];
  created: string;
  modified: string;
  eTag: number;
}

/** Everything the simulated appliance holds, keyed by URI, in creation order. Pure data; rules live elsewhere. */
export class SimState {
  readonly enclosureGroups = new Map<string, Wire>();
  readonly logicalEnclosures = new Map<string, Wire>();
  readonly enclosures = new Map<string, Wire>();
  readonly hardwareTypes = new Map<string, Wire>();
  readonly hardware = new Map<string, HardwareWire>();
  /** Hardware pulled out of its bay: kept aside so the state dump can show it. */
  readonly removedHardware = new Map<string, HardwareWire>();
  readonly networks = new Map<string, Wire>();
  readonly networkSets = new Map<string, Wire>();
  readonly fcNetworks = new Map<string, Wire>();
  readonly firmwareBundles = new Map<string, Wire>();
  readonly templates = new Map<string, TemplateWire>();
  readonly profiles = new Map<string, ProfileWire>();
  readonly tasks = new Map<string, TaskWire>();
  readonly osDeploymentPlans = new Map<string, Wire>();
  readonly deploymentServers = new Map<string, Wire>();
  readonly labels = new Map<string, Wire>();
  readonly resourceLabels = new Map<string, ResourceLabels>();
  /** Image Streamer side. */
  readonly i3sDeploymentPlans = new Map<string, Wire>();
  readonly goldenImages = new Map<string, Wire>();
  readonly buildPlans = new Map<string, Wire>();
  readonly planScripts = new Map<string, Wire>();
  readonly osVolumes = new Map<string, Wire>();
  readonly artifactBundles = new Map<string, Wire>();
  readonly deploymentGroups = new Map<string, Wire>();
  /** Seed facts the rules need: deployment plans by OneView URI (attributes, services). */
  readonly plans = new Map<string, SeedDeploymentPlan>();
  /** Stable index of each hardware, for its simulated IP address. */
  readonly hardwareIndex = new Map<string, number>();
  managementNetworkUri: string | null = null;
  deploymentNetworkUri: string | null = null;
  labelSeq = 1;
  serialSeq = 1;

  /** The collection a URI belongs to, for lookups by URI of any kind. */
  resourceByUri(uri: string): Wire | undefined {
    for (const map of [
      this.profiles,
      this.hardware,
      this.templates,
      this.enclosures,
      this.enclosureGroups,
      this.hardwareTypes,
      this.logicalEnclosures,
      this.networks,
      this.networkSets,
      this.fcNetworks,
      this.firmwareBundles,
      this.osDeploymentPlans,
      this.deploymentServers,
    ]) {
      const found = map.get(uri);
      if (found) return found;
    }
    return undefined;
  }
}

export interface BuildContext {
  readonly nowMs: number;
  /** Address of the Image Streamer as OneView reports it (deployment server, plan mirror). */
  readonly imageStreamerHost: string;
  readonly imageStreamerUrl: string;
}

/** Builds the full wire state from a seed. Profiles in the seed come out applied (as on a running appliance). */
export function buildState(seed: SeedSpec, ctx: BuildContext): SimState {
  const s = new SimState();
  const iso = new Date(ctx.nowMs).toISOString();
  const osDeployGroups = new Set(seed.enclosureGroups.filter((g) => g.osDeployment).map((g) => g.uri));
  for (const g of seed.enclosureGroups)
    s.enclosureGroups.set(
      g.uri,
      buildEnclosureGroup(g, seed.enclosures.filter((e) => e.enclosureGroupUri === g.uri).length, iso),
    );
  for (const le of seed.logicalEnclosures)
    s.logicalEnclosures.set(le.uri, buildLogicalEnclosure(le, osDeployGroups.has(le.enclosureGroupUri), iso));
  const types = new Map(seed.hardwareTypes.map((t) => [t.uri, t]));
  for (const t of seed.hardwareTypes) s.hardwareTypes.set(t.uri, buildHardwareType(t, iso));
  const bays = new Map<string, Map<number, string>>();
  seed.hardware.forEach((h, i) => {
    s.hardware.set(h.uri, buildHardware(h, types.get(h.hardwareTypeUri), i, iso, ctx.nowMs));
    s.hardwareIndex.set(h.uri, i);
    if (h.enclosureUri && h.bay !== null) {
      let m = bays.get(h.enclosureUri);
      if (!m) bays.set(h.enclosureUri, (m = new Map<number, string>()));
      m.set(h.bay, h.uri);
    }
  });
  for (const e of seed.enclosures)
    s.enclosures.set(e.uri, buildEnclosure(e, bays.get(e.uri) ?? new Map(), iso));
  for (const n of seed.networks) s.networks.set(n.uri, buildNetwork(n, iso));
  for (const n of seed.networkSets) s.networkSets.set(n.uri, buildNetworkSet(n, iso));
  for (const n of seed.fcNetworks) s.fcNetworks.set(n.uri, buildFcNetwork(n, iso));
  for (const f of seed.firmwareBundles) s.firmwareBundles.set(f.uri, buildFirmwareBundle(f, iso));
  s.managementNetworkUri = seed.networks.find((n) => n.purpose === 'Management')?.uri ?? null;
  s.deploymentNetworkUri = seed.networks.find((n) => n.purpose === 'ISCSI')?.uri ?? null;

  const script = buildPlanScript('personalize', iso);
  s.planScripts.set(script.uri, script);
  const buildPlan = buildBuildPlan('BP-Personalize', script.uri, iso);
  s.buildPlans.set(buildPlan.uri, buildPlan);
  const images = new Map(seed.goldenImages.map((g) => [g.id, g]));
  for (const g of seed.goldenImages) {
    const w = buildGoldenImage(g, buildPlan.uri, iso);
    s.goldenImages.set(w.uri, w);
  }
  for (const p of seed.deploymentPlans) {
    s.plans.set(p.uri, p);
    const osType = (p.goldenImageId && images.get(p.goldenImageId)?.osType) || 'Linux';
    s.osDeploymentPlans.set(p.uri, buildOsDeploymentPlan(p, ctx.imageStreamerHost, osType, iso));
    const native = buildI3sDeploymentPlan(p, buildPlan.uri, iso);
    s.i3sDeploymentPlans.set(native.uri, native);
  }
  const bundleId = stableGuid('bundle:site');
  s.artifactBundles.set(`/rest/artifact-bundles/${bundleId}`, {
    type: 'ArtifactsBundle',
    uri: `/rest/artifact-bundles/${bundleId}`,
    id: bundleId,
    category: 'artifact-bundles',
    name: 'site-artifacts',
    description: 'Deployment plans, build plans, plan scripts and golden images of this site',
    readOnly: true,
    buildPlans: [...s.buildPlans.values()].map((b) => ({
      resourceUri: b.uri,
      name: b.name,
      readOnly: false,
    })),
    planScripts: [...s.planScripts.values()].map((b) => ({
      resourceUri: b.uri,
      name: b.name,
      readOnly: false,
    })),
    deploymentPlans: [...s.i3sDeploymentPlans.values()].map((b) => ({
      resourceUri: b.uri,
      name: b.name,
      readOnly: false,
    })),
    goldenImages: [...s.goldenImages.values()].map((b) => ({
      resourceUri: b.uri,
      name: b.name,
      readOnly: false,
    })),
    downloadURI: `/rest/artifact-bundles/download/${bundleId}`,
    state: 'Active',
    status: 'OK',
    eTag: '1',
    created: iso,
    modified: iso,
  });
  const groupId = stableGuid('dg:default');
  s.deploymentGroups.set(`/rest/deployment-groups/${groupId}`, {
    type: 'DeploymentGroup',
    uri: `/rest/deployment-groups/${groupId}`,
    id: groupId,
    category: 'deployment-groups',
    name: 'DG-default',
    eTag: '1',
    created: iso,
    modified: iso,
  });
  if (seed.deploymentServer) {
    const id = stableGuid(`ds:${seed.deploymentServer.name}`);
    const uri = `/rest/deployment-servers/${id}`;
    s.deploymentServers.set(uri, {
      type: 'DeploymentServerV1',
      uri,
      id,
      category: 'deployment-servers',
      name: seed.deploymentServer.name,
      description: 'Image Streamer HA pair',
      mgmtNetworkUri: s.managementNetworkUri,
      primaryIPV4: ctx.imageStreamerHost,
      primaryIP: ctx.imageStreamerHost,
      primaryUUID: stableGuid(`ds-primary:${id}`),
      primaryClusterName: `${seed.deploymentServer.name}-cluster`,
      primaryClusterStatus: 'Online',
      primaryActiveAppliance: 'SYN-FRAME-01, appliance bay 1',
      primaryUIUri: ctx.imageStreamerUrl,
      deplManagersType: 'Image Streamer',
      checksum: stableGuid(`ds-sum:${id}`),
      state: 'Connected',
      status: 'OK',
      eTag: iso,
      created: iso,
      modified: iso,
    });
  }

  const networks = { deploy: s.deploymentNetworkUri, mgmt: s.managementNetworkUri };
  for (const t of seed.templates)
    s.templates.set(
      t.uri,
      buildTemplate(
        t,
        t.deploymentPlanUri ? s.plans.get(t.deploymentPlanUri) : undefined,
        networks,
        iso,
        ctx.nowMs,
      ),
    );

  for (const p of seed.profiles) {
    const hw = p.hardwareUri ? s.hardware.get(p.hardwareUri) : undefined;
    const template = p.templateUri ? s.templates.get(p.templateUri) : undefined;
    const body: Record<string, unknown> = {
      ...(template ? newProfileFromTemplate(template) : { connectionSettings: { connections: [] } }),
      description: p.description,
      serverProfileTemplateUri: p.templateUri,
      osDeploymentSettings: p.deploymentPlanUri
        ? {
            osDeploymentPlanUri: p.deploymentPlanUri,
            osCustomAttributes: Object.entries(p.customAttributes).map(([name, value]) => ({ name, value })),
          }
        : null,
    };
    const profile = completeProfile(
      body,
      {
        uri: p.uri,
        name: p.name,
        serialNumber: `VCGU${String(s.serialSeq++).padStart(6, '0')}`,
        hardware: hw ? { uri: hw.uri, enclosureUri: hw.locationUri, bay: hw.position } : null,
        hardwareTypeUri: hw?.serverHardwareTypeUri ?? template?.serverHardwareTypeUri ?? null,
        enclosureGroupUri: hw?.serverGroupUri ?? template?.enclosureGroupUri ?? null,
        taskUri: null,
      },
      iso,
      ctx.nowMs,
    );
    profile.state = 'Normal';
    profile.inProgress = false;
    s.profiles.set(profile.uri, profile);
    if (hw) {
      hw.state = 'ProfileApplied';
      hw.serverProfileUri = profile.uri;
    }
  }
  return s;
}
