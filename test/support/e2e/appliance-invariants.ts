import { parseStamp } from '../../../src/core/stamp/stamp.js';
import type { SimState } from './e2e-simulator.js';

/** The unstamped profile the synergy-demo preset seeds; Phoenix never owns it. */
export const FOREIGN_PROFILE = 'legacy-db-01';

/** The node names of example-repo, as its declarations expand them. */
export const EXAMPLE_NODES = [
  'docker-01',
  'docker-02',
  'docker-03',
  'k8s-master-01',
  'k8s-w-01',
  'k8s-w-02',
  'k8s-w-03',
  'k8s-w-04',
  'openstack-aio-01',
  'os-compute-01',
  'os-compute-02',
  'rocky-01',
  'rocky-02',
] as const;

export function fqdnOf(node: string): string {
  return `${node}.dc1.example.org`;
}

/**
 * What is wrong with the appliance for a converged site, as sentences (empty when nothing): a duplicate or
 * missing profile, a profile without Phoenix's stamp, hardware that is not On, a node not in Consul, hardware
 * and profile that disagree, hardware held by a profile that is not a desired node's, hardware left in a
 * half-applied state.
 */
export function convergenceProblems(
  state: SimState,
  consulNodes: readonly string[],
  desired: readonly string[],
  site = 'dc1',
): string[] {
  const problems: string[] = [];
  const hardware = new Map(state.hardware.map((h) => [h.uri, h]));
  const profiles = new Map(state.profiles.map((p) => [p.uri, p]));
  for (const name of desired) {
    const mine = state.profiles.filter((p) => p.name === name);
    if (mine.length !== 1) {
      problems.push(`${name}: ${mine.length} profiles`);
      continue;
    }
    const profile = mine[0]!;
    const stamp = parseStamp(profile.description);
    if (stamp?.site !== site || stamp.node !== name) problems.push(`${name}: no stamp of its own`);
    if (profile.inProgress || profile.status === 'Critical')
      problems.push(`${name}: profile ${profile.state}`);
    const hw = profile.serverHardwareUri === null ? undefined : hardware.get(profile.serverHardwareUri);
    if (hw === undefined) problems.push(`${name}: no hardware`);
    else if (hw.powerState !== 'On') problems.push(`${name}: hardware ${hw.powerState}`);
    if (!consulNodes.includes(fqdnOf(name))) problems.push(`${name}: not registered in Consul`);
  }
  for (const profile of state.profiles) {
    if (!desired.includes(profile.name) && profile.name !== FOREIGN_PROFILE)
      problems.push(`${profile.name}: profile of no desired node`);
    const hw = profile.serverHardwareUri === null ? undefined : hardware.get(profile.serverHardwareUri);
    if (hw !== undefined && hw.serverProfileUri !== profile.uri)
      problems.push(`${profile.name}: its hardware ${hw.name} points elsewhere`);
  }
  for (const hw of state.hardware) {
    if (hw.serverProfileUri === null) {
      if (hw.state !== 'NoProfileApplied') problems.push(`${hw.name}: no profile but state ${hw.state}`);
      continue;
    }
    const profile = profiles.get(hw.serverProfileUri);
    if (profile === undefined) problems.push(`${hw.name}: held by a profile that does not exist`);
    else if (profile.serverHardwareUri !== hw.uri) problems.push(`${hw.name}: its profile points elsewhere`);
  }
  return problems;
}
