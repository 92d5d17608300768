import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { isPhoenixError } from '../../../../src/core/errors/phoenix-error.js';
import type { InventorySnapshot } from '../../../../src/core/observed/inventory.js';
import {
  desiredOfSavedPlan,
  planOf,
  toSavedPlan,
} from '../../../../src/engine/reconcile/saved-plan/saved-plan.js';
import { narrowToTargets } from '../../../../src/engine/reconcile/targets/plan-targets.js';
import { desiredNode, desiredState } from '../../../support/builders/desired.js';
import { demoInventory } from '../../../support/builders/inventory.js';
import { plan } from '../../../support/builders/plan-input.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../../schemas/plan.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const SECRET = 'correct-horse-battery-staple';

/** Two docker nodes, one with a root password its deployment plan types as `password`. */
function site() {
  const inventory: InventorySnapshot = {
    ...demoInventory(),
    deploymentPlans: demoInventory().deploymentPlans.map((p) =>
      p.name === 'DP-Docker-CentOS-7.4'
        ? {
            ...p,
            attributes: [
              ...p.attributes,
              { name: 'ROOT_SECRET', type: 'password' as const, editable: true, defaultValue: '' },
            ],
          }
        : p,
    ),
  };
  const withSecret = desiredNode({ name: 'docker-01', pool: 'docker', index: 1 });
  const desired = desiredState([
    { ...withSecret, attributes: { ...withSecret.attributes, ROOT_SECRET: SECRET } },
    desiredNode({ name: 'docker-02', pool: 'docker', index: 2 }),
  ]);
  return { desired, planned: plan(desired, inventory) };
}

describe('a saved plan', () => {
  it('validates against schemas/plan.schema.json and never holds a sensitive value', () => {
    const { desired, planned } = site();
    const saved = JSON.parse(JSON.stringify(toSavedPlan(planned, desired, null, ['pool/docker'])));
    expect(validate(saved), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.stringify(saved)).not.toContain(SECRET);
    expect(saved.saved.withheld).toEqual([{ node: 'docker-01', attribute: 'ROOT_SECRET' }]);
    expect(saved.saved.targets).toEqual(['pool/docker']);
    expect(planOf(saved)).toEqual(JSON.parse(JSON.stringify(planned)));
  });

  it('is refused without the repository when a compose sends a withheld value, naming the file and attribute', () => {
    const { desired, planned } = site();
    const saved = toSavedPlan(planned, desired, null, []);
    let caught: unknown;
    try {
      desiredOfSavedPlan(saved, 'plans/docker.json');
    } catch (error) {
      caught = error;
    }
    expect(isPhoenixError(caught) && caught.code).toBe('PLAN_INVALID');
    expect(isPhoenixError(caught) && caught.details).toMatchObject({
      file: 'plans/docker.json',
      field: 'saved.withheld',
      attributes: ['docker-01.ROOT_SECRET'],
    });
  });

  it('gives its own desired state when nothing withheld is sent', () => {
    const { desired, planned } = site();
    const narrowed = narrowToTargets(planned, [{ kind: 'node', name: 'docker-02' }], desired);
    const saved = toSavedPlan(narrowed, desired, null, ['node/docker-02']);
    const read = desiredOfSavedPlan(saved, 'plans/docker-02.json');
    expect(read.nodes.map((n) => n.name)).toEqual(['docker-01', 'docker-02']);
    expect(read.nodes.find((n) => n.name === 'docker-02')).toEqual(
      desired.nodes.find((n) => n.name === 'docker-02'),
    );
  });
});
