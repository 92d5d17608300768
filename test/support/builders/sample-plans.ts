import type { InventorySnapshot } from '../../../src/core/observed/inventory.js';
import type { ReconcilePlan } from '../../../src/core/plan/reconcile-plan.js';
import { desiredNode, desiredState } from './desired.js';
import { demoNodes } from './demo-site.js';
import { demoInventory, hardwareUri, patchHardware, withNodeProfile, withProfile } from './inventory.js';
import { plan } from './plan-input.js';

/** The demo site on a fresh appliance: every node is created. */
export function freshDemoPlan(): ReconcilePlan {
  return plan(
    desiredState(demoNodes()),
    withProfile(demoInventory(), { name: 'legacy-db-01', hardwareUri: hardwareUri(3, 12), stamp: null }),
  );
}

/** One of every kind of change: replace with attribute diffs and a secret, heal, conflict, delete, noop. */
export function mixedPlan(): ReconcilePlan {
  const nodes = demoNodes();
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const base = demoInventory();
  let inventory: InventorySnapshot = {
    ...base,
    deploymentPlans: base.deploymentPlans.map((p) =>
      p.name === 'DP-Docker-CentOS-7.4'
        ? {
            ...p,
            attributes: [
              ...p.attributes,
              { name: 'ROOT_PASSWORD', type: 'password' as const, editable: true, defaultValue: 'changeme' },
            ],
          }
        : p,
    ),
  };
  const place: Record<string, string> = {
    'k8s-master-01': hardwareUri(1, 1),
    'k8s-w-01': hardwareUri(1, 2),
    'k8s-w-02': hardwareUri(2, 1),
    'docker-01': hardwareUri(1, 3),
  };
  for (const [name, uri] of Object.entries(place))
    inventory = withNodeProfile(inventory, byName.get(name)!, uri);
  inventory = patchHardware(inventory, hardwareUri(2, 1), { status: 'Critical' });
  inventory = withProfile(inventory, { name: 'docker-02', hardwareUri: hardwareUri(1, 4), stamp: null });
  inventory = withProfile(inventory, { name: 'old-cache-01', hardwareUri: hardwareUri(3, 2) });
  const docker1 = byName.get('docker-01')!;
  const changed = desiredNode({
    name: 'docker-01',
    pool: 'docker-hosts',
    index: 1,
    attributes: {
      ...docker1.attributes,
      VLAN_ID: '211',
      DATADOG_TAG: 'docker-blue',
      ROOT_PASSWORD: 'hunter2',
    },
  });
  const desired = desiredState(
    nodes.map((n) => (n.name === 'docker-01' ? changed : n)),
    { guards: { maxDeletionsPercent: 100 } },
  );
  return plan(desired, inventory, {
    options: { allowDeletions: true, baseRevision: '0123456789ab0123456789ab0123456789ab0123' },
  });
}
