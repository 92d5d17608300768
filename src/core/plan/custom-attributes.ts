import type { ObservedDeploymentPlan } from '../observed/inventory.js';
import { compareText, sortInPlace } from './inventory-index.js';
import type { StepAttribute } from './plan-step.js';
import { expandNicAttribute } from './nic-attribute.js';
import { isSensitiveAttribute } from './sensitive-attribute.js';

export interface AttributeCheck {
  /** What compose sends, sorted by name. */
  readonly customAttributes: readonly StepAttribute[];
  /** Declared, editable, no default, not set. */
  readonly missing: readonly string[];
  /** Set by the node, not declared by the plan. */
  readonly undeclared: readonly string[];
  /** Set by the node, declared read-only. */
  readonly notEditable: readonly string[];
}

/**
 * Checks a node's attributes against what its deployment plan declares and builds the custom attributes to
 * send: editable declared attributes (the node's value, else the plan's default), NIC attributes expanded.
 * Without a deployment plan nothing is declared.
 */
export function checkAttributes(
  plan: ObservedDeploymentPlan | null,
  attributes: Readonly<Record<string, string>>,
): AttributeCheck {
  const out: StepAttribute[] = [];
  const missing: string[] = [];
  const notEditable: string[] = [];
  const used = new Set<string>();
  for (const declared of plan?.attributes ?? []) {
    if (!declared.editable) {
      if (Object.hasOwn(attributes, declared.name)) notEditable.push(declared.name);
      used.add(declared.name);
      continue;
    }
    if (declared.type === 'nic') {
      const expanded = expandNicAttribute(declared.name, attributes);
      for (const { name } of expanded) used.add(name);
      out.push(...expanded);
      continue;
    }
    used.add(declared.name);
    const value = Object.hasOwn(attributes, declared.name)
      ? attributes[declared.name]!
      : declared.defaultValue;
    if (!Object.hasOwn(attributes, declared.name) && declared.defaultValue === '')
      missing.push(declared.name);
    const sensitive = isSensitiveAttribute(declared.name, declared.type);
    out.push({ name: declared.name, value: sensitive ? null : value, sensitive });
  }
  const undeclared = Object.keys(attributes).filter((name) => !used.has(name));
  return {
    customAttributes: sortInPlace(out, (a, b) => compareText(a.name, b.name)),
    missing: sortInPlace(missing, compareText),
    undeclared: sortInPlace(undeclared, compareText),
    notEditable: sortInPlace(notEditable, compareText),
  };
}
