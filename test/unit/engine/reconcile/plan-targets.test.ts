import { describe, expect, it } from 'vitest';
import { isPhoenixError } from '../../../../src/core/errors/phoenix-error.js';
import {
  formatTargets,
  parseTarget,
  targetNodes,
} from '../../../../src/engine/reconcile/targets/plan-targets.js';
import { desiredNode, desiredState } from '../../../support/builders/desired.js';
import { demoInventory } from '../../../support/builders/inventory.js';
import { plan } from '../../../support/builders/plan-input.js';

function details(run: () => unknown): Record<string, unknown> | null {
  try {
    run();
  } catch (error) {
    if (isPhoenixError(error) && error.code === 'CLI_INVALID_OPTION') return error.details;
    throw error;
  }
  return null;
}

describe('--target values', () => {
  it.each([
    ['node/k8s-w-01', { kind: 'node', name: 'k8s-w-01' }],
    ['pool/k8s-workers', { kind: 'pool', name: 'k8s-workers' }],
    ['k8s-w-01', { kind: 'node', name: 'k8s-w-01' }],
  ] as const)('reads %s', (text, target) => {
    expect(parseTarget(text)).toEqual(target);
  });

  it.each(['rack/r1', 'node/', 'pool/a/b', ''])('refuses %j as a usage error naming it', (text) => {
    expect(details(() => parseTarget(text))).toMatchObject({ option: '--target', target: text });
  });

  it('writes targets sorted and once each', () => {
    expect(
      formatTargets([
        { kind: 'pool', name: 'b' },
        { kind: 'node', name: 'a' },
        { kind: 'pool', name: 'b' },
      ]),
    ).toEqual(['node/a', 'pool/b']);
  });
});

describe('the nodes of targets', () => {
  const desired = desiredState([
    desiredNode({ name: 'docker-01', pool: 'docker', index: 1 }),
    desiredNode({ name: 'docker-02', pool: 'docker', index: 2 }),
    desiredNode({ name: 'db-01' }),
  ]);
  const planned = plan(desired, demoInventory());

  it('expands a pool to its nodes and adds single nodes', () => {
    expect(
      targetNodes(
        [
          { kind: 'pool', name: 'docker' },
          { kind: 'node', name: 'db-01' },
        ],
        desired,
        planned,
      ),
    ).toEqual(['db-01', 'docker-01', 'docker-02']);
  });

  it.each([
    [{ kind: 'node', name: 'web-01' }, 'node/web-01'],
    [{ kind: 'pool', name: 'web' }, 'pool/web'],
  ] as const)('refuses an unknown %j, naming it', (target, written) => {
    expect(details(() => targetNodes([target], desired, planned))).toMatchObject({
      option: '--target',
      target: written,
    });
  });
});
