import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksForSite } from '../../../src/adapters/checks/index.js';
import { systemClock } from '../../../src/adapters/clock/system-clock.js';
import type { OneViewAppliance } from '../../../src/adapters/oneview/oneview-appliance.js';
import type { VerifyCheck } from '../../../src/core/desired/desired-state.js';
import { formatStamp } from '../../../src/core/stamp/stamp.js';
import { oneviewReadyProbe } from '../../../src/engine/verify/oneview-ready-probe.js';
import { waitUntilReady } from '../../../src/engine/verify/wait-until-ready.js';
import type { Checks } from '../../../src/ports/checks.js';
import { connectSim, control, startSim, type Sim } from '../oneview/sim-harness.js';

/**
 * The verify path against the simulator: a node composed and powered on through the OneView adapter joins the
 * simulator's Consul catalog under its SERVER_FQDN after its (fast) boot time. Waits run on the simulator's fast
 * time model with short intervals; nothing asserts on durations.
 */
let sim: Sim;
let appliance: OneViewAppliance;
let checks: Checks;

const NODE = 'k8s-w-01';
const FQDN = 'k8s-w-01.dc1.example.org';
const consulNode: VerifyCheck = { name: 'consul', type: 'consul', service: null };
const kubelet: VerifyCheck = { name: 'kubelet', type: 'consul', service: 'kubelet' };
const docker: VerifyCheck = { name: 'docker', type: 'consul', service: 'docker' };
const target = { node: NODE, consulNodeName: FQDN };

beforeEach(async () => {
  sim = await startSim();
  appliance = await connectSim(sim);
  checks = checksForSite(
    { consulUrl: 'http://consul.invalid:8500' },
    { CONSUL_HTTP_ADDR: new URL(sim.consulUrl).host },
  );
});
afterEach(async () => {
  await appliance.close();
  await sim.close();
});

async function composeAndBoot(bay: string): Promise<{ hardwareUri: string; profileName: string }> {
  const inventory = await appliance.readInventory();
  const hw = inventory.hardware.find((h) => h.name === bay)!;
  const template = inventory.templates.find((t) => t.name === 'spt-k8s-worker')!;
  await appliance.composeProfile({
    name: NODE,
    templateUri: template.uri,
    hardwareUri: hw.uri,
    description: formatStamp({
      site: 'dc1',
      node: NODE,
      spec: '0123456789abcdef',
      rev: 'abcdef012345',
      gen: 1,
    }),
    deploymentPlanUri: template.deploymentPlanUri,
    customAttributes: [
      { name: 'SERVER_FQDN', value: FQDN },
      { name: 'CONSUL_FQDN', value: 'consul.dc1.example.org' },
      { name: 'DATADOG_TAG', value: 'k8s' },
      { name: 'VLAN_ID', value: '210' },
      { name: 'K8S_CLUSTER_NAME', value: 'dc1-k8s' },
    ],
  });
  await appliance.powerOn(hw.uri);
  return { hardwareUri: hw.uri, profileName: NODE };
}

const fast = { clock: systemClock, intervalMs: 10, attemptTimeoutMs: 2_000 };

describe('verify checks against the simulator', () => {
  it('fails before the node is composed: not in the catalog', async () => {
    expect(await checks.probe(target, consulNode, { timeoutMs: 2_000 })).toMatchObject({
      passed: false,
      failure: 'not-registered',
    });
  });

  it('finds a booted node under its SERVER_FQDN with its plan service passing', async () => {
    const node = await composeAndBoot('SYN-FRAME-01, bay 2');
    const report = await waitUntilReady(target, [consulNode, kubelet], {
      ...fast,
      checks,
      stableForMs: 0,
      timeoutMs: 20_000,
      extraProbes: [oneviewReadyProbe(appliance, node)],
    });
    expect(report.results).toEqual([
      { check: 'oneview', passed: true, detail: 'profile applied, hardware On' },
      { check: 'consul', passed: true, detail: 'registered, 1 node checks passing' },
      { check: 'kubelet', passed: true, detail: 'kubelet passing' },
    ]);
    expect(await checks.probe(target, docker, { timeoutMs: 2_000 })).toMatchObject({
      passed: false,
      failure: 'service-not-passing',
    });
  });

  it('reports failing node checks once the hardware fails, and the OneView check blames the hardware', async () => {
    const node = await composeAndBoot('SYN-FRAME-01, bay 3');
    await waitUntilReady(target, [consulNode], { ...fast, checks, stableForMs: 0, timeoutMs: 20_000 });
    await control(sim, 'POST', '/faults/hardware-failure', { hardware: node.hardwareUri, mode: 'critical' });
    expect(await checks.probe(target, consulNode, { timeoutMs: 2_000 })).toEqual({
      check: 'consul',
      passed: false,
      failure: 'node-check-failing',
      detail: 'serfHealth=critical',
    });
    expect(await checks.probe(target, kubelet, { timeoutMs: 2_000 })).toMatchObject({ passed: false });
    // The appliance reads the hardware Critical: the OneView check fails the verify at once, blaming it.
    await expect(oneviewReadyProbe(appliance, node).run({ timeoutMs: 2_000 })).rejects.toMatchObject({
      code: 'APPLY_HARDWARE_UNUSABLE',
      details: { hardwareUri: node.hardwareUri, attribution: 'hardware', problem: 'critical' },
    });
  });

  it('times out with APPLY_VERIFY_TIMEOUT for a node that never registers', async () => {
    await control(sim, 'POST', '/faults/never-register', { node: FQDN });
    const node = await composeAndBoot('SYN-FRAME-02, bay 1');
    const error = await waitUntilReady(target, [consulNode], {
      ...fast,
      checks,
      stableForMs: 0,
      timeoutMs: 300,
      extraProbes: [oneviewReadyProbe(appliance, node)],
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'APPLY_VERIFY_TIMEOUT',
      details: { node: NODE, failing: [{ check: 'consul', failure: 'not-registered' }] },
    });
  });
});
