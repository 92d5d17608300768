import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksForSite } from '../../../src/adapters/checks/index.js';
import { systemClock } from '../../../src/adapters/clock/system-clock.js';
import type { OneViewAppliance } from '../../../src/adapters/oneview/oneview-appliance.js';
import type { DesiredNode } from '../../../src/core/desired/desired-state.js';
import type { ComposeStep, VerifyStep } from '../../../src/core/plan/plan-step.js';
import { createVerifyNode } from '../../../src/engine/verify/create-verify-node.js';
import { createSilentLogger } from '../../../src/logging/create-logger.js';
import { demoNodes } from '../../support/builders/demo-site.js';
import { desiredState } from '../../support/builders/desired.js';
import { changeOf, plan } from '../../support/builders/plan-input.js';
import { connectSim, control, startSim, type Sim } from '../oneview/sim-harness.js';

/**
 * The verify step as the executor runs it (createVerifyNode), on a node planned by the real planner from the demo
 * site and composed on the simulator: the Consul node name comes from the plan (the node's SERVER_FQDN).
 */
let sim: Sim;
let appliance: OneViewAppliance;

beforeEach(async () => {
  sim = await startSim();
  appliance = await connectSim(sim);
});
afterEach(async () => {
  await appliance.close();
  await sim.close();
});

async function planned(
  name: string,
): Promise<{ node: DesiredNode; compose: ComposeStep; verify: VerifyStep }> {
  const nodes = demoNodes().map((n) =>
    n.name === name
      ? {
          ...n,
          verify: {
            checks: [
              { name: 'consul', type: 'consul' as const, service: null },
              { name: 'kube-apiserver', type: 'consul' as const, service: 'kube-apiserver' },
            ],
            stableForMs: 0,
            timeoutMs: 20_000,
          },
        }
      : n,
  );
  const change = changeOf(plan(desiredState(nodes), await appliance.readInventory()), name);
  const compose = change.steps.find((s): s is ComposeStep => s.kind === 'compose')!;
  const verify = change.steps.find((s): s is VerifyStep => s.kind === 'verify')!;
  return { node: nodes.find((n) => n.name === name)!, compose, verify };
}

async function composeAndBoot(compose: ComposeStep): Promise<void> {
  await appliance.composeProfile({
    name: compose.profileName,
    templateUri: compose.templateUri!,
    hardwareUri: compose.hardwareUri,
    description: compose.description,
    deploymentPlanUri: compose.deploymentPlanUri,
    customAttributes: compose.customAttributes.map((a) => ({ name: a.name, value: a.value ?? '' })),
  });
  await appliance.powerOn(compose.hardwareUri);
}

function verifyNode(): ReturnType<typeof createVerifyNode> {
  return createVerifyNode({
    appliance,
    checks: checksForSite({ consulUrl: sim.consulUrl }, {}),
    clock: systemClock,
    logger: createSilentLogger(),
    intervalMs: 10,
    attemptTimeoutMs: 2_000,
  });
}

describe('createVerifyNode', () => {
  it('resolves once the planned node is up in OneView and in Consul under its SERVER_FQDN', async () => {
    const { node, compose, verify } = await planned('k8s-master-01');
    expect(verify).toMatchObject({ consulNodeName: 'k8s-master-01.dc1.example.org', stableForMs: 0 });
    await composeAndBoot(compose);
    await expect(verifyNode()(node, verify, new AbortController().signal)).resolves.toBeUndefined();
  });

  it('rejects with APPLY_VERIFY_TIMEOUT when the node never registers in Consul', async () => {
    const { node, compose, verify } = await planned('k8s-master-01');
    await control(sim, 'POST', '/faults/never-register', { node: 'k8s-master-01' });
    await composeAndBoot(compose);
    const error = await verifyNode()(node, { ...verify, timeoutMs: 300 }, new AbortController().signal).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'APPLY_VERIFY_TIMEOUT',
      details: {
        node: 'k8s-master-01',
        failing: [
          { check: 'consul', failure: 'not-registered' },
          { check: 'kube-apiserver', failure: 'service-not-passing' },
        ],
      },
    });
  });

  it('rejects with APPLY_VERIFY_TIMEOUT when the node is not powered on', async () => {
    const { node, compose, verify } = await planned('k8s-master-01');
    await appliance.composeProfile({
      name: compose.profileName,
      templateUri: compose.templateUri!,
      hardwareUri: compose.hardwareUri,
      description: compose.description,
      deploymentPlanUri: compose.deploymentPlanUri,
      customAttributes: compose.customAttributes.map((a) => ({ name: a.name, value: a.value ?? '' })),
    });
    const error = await verifyNode()(node, { ...verify, timeoutMs: 200 }, new AbortController().signal).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'APPLY_VERIFY_TIMEOUT',
      details: {
        failing: expect.arrayContaining([
          { check: 'oneview', failure: 'node-check-failing', detail: 'power Off' },
        ]),
      },
    });
  });

  it('stops with the signal reason when aborted', async () => {
    const { node, compose, verify } = await planned('k8s-master-01');
    await control(sim, 'POST', '/faults/never-register', { node: 'k8s-master-01' });
    await composeAndBoot(compose);
    const controller = new AbortController();
    const reason = new Error('SIGINT');
    const verifying = verifyNode()(node, verify, controller.signal).catch((e: unknown) => e);
    controller.abort(reason);
    expect(await verifying).toBe(reason);
  });
});
