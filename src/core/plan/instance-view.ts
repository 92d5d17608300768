import type { DesiredNode } from '../desired/desired-state.js';
import type { ObservedHardware } from '../observed/inventory.js';
import { formatStamp, type Stamp } from '../stamp/stamp.js';
import type { ObservedInstance } from './classify-observed.js';
import { compareText, describeHardware, type InventoryIndex } from './inventory-index.js';
import type { StepAttribute } from './plan-step.js';
import type { FieldChange, InstanceView } from './reconcile-plan.js';
import { isSensitiveAttribute, MASKED_VALUE } from './sensitive-attribute.js';

function sortedRecord(entries: readonly (readonly [string, string])[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of [...entries].sort(([a], [b]) => compareText(a, b))) out[k] = v;
  return out;
}

/** What exists: an owned (or conflicting) profile, secrets masked. */
export function viewObserved(
  index: InventoryIndex,
  instance: Pick<ObservedInstance, 'profile' | 'hardware'>,
): InstanceView {
  const { profile, hardware } = instance;
  const plan =
    profile.deploymentPlanUri === null ? undefined : index.deploymentPlanByUri.get(profile.deploymentPlanUri);
  const declaredType = new Map(plan?.attributes.map((a) => [a.name, a.type]) ?? []);
  return {
    profileName: profile.name,
    profileUri: profile.uri,
    template:
      profile.templateUri === null
        ? null
        : (index.templateByUri.get(profile.templateUri)?.name ?? profile.templateUri),
    deploymentPlan: profile.deploymentPlanUri === null ? null : (plan?.name ?? profile.deploymentPlanUri),
    attributes: sortedRecord(
      Object.entries(profile.customAttributes).map(([name, value]) => [
        name,
        isSensitiveAttribute(name, declaredType.get(name) ?? null) ? MASKED_VALUE : value,
      ]),
    ),
    hardware: hardware === null ? null : describeHardware(index, hardware),
    spec: profile.stamp?.spec ?? null,
    stamp: profile.stamp === null ? null : formatStamp(profile.stamp),
  };
}

/** What a change builds. */
export function viewDesired(
  index: InventoryIndex,
  node: DesiredNode,
  template: string,
  deploymentPlan: string | null,
  attributes: readonly StepAttribute[],
  hardware: ObservedHardware | null,
  stamp: Stamp,
): InstanceView {
  return {
    profileName: node.name,
    profileUri: null,
    template,
    deploymentPlan,
    attributes: sortedRecord(attributes.map((a) => [a.name, a.sensitive ? MASKED_VALUE : (a.value ?? '')])),
    hardware: hardware === null ? null : describeHardware(index, hardware),
    spec: stamp.spec,
    stamp: formatStamp(stamp),
  };
}

function field(path: string, before: string | null, after: string | null): FieldChange[] {
  return before === after ? [] : [{ path, before, after, sensitive: false }];
}

/** Field-level differences between two sides of a change; secrets are never shown, only that they change. */
export function diffInstances(before: InstanceView | null, after: InstanceView | null): FieldChange[] {
  const out: FieldChange[] = [
    ...field('template', before?.template ?? null, after?.template ?? null),
    ...field('deploymentPlan', before?.deploymentPlan ?? null, after?.deploymentPlan ?? null),
    ...field('hardwareType', before?.hardware?.hardwareType ?? null, after?.hardware?.hardwareType ?? null),
    ...field('hardware', before?.hardware?.name ?? null, after?.hardware?.name ?? null),
    ...field('spec', before?.spec ?? null, after?.spec ?? null),
  ];
  const names = new Set([...Object.keys(before?.attributes ?? {}), ...Object.keys(after?.attributes ?? {})]);
  for (const name of [...names].sort(compareText)) {
    const b = before?.attributes[name] ?? null;
    const a = after?.attributes[name] ?? null;
    if (b === a) continue;
    const sensitive = b === MASKED_VALUE || a === MASKED_VALUE;
    out.push({
      path: `attributes.${name}`,
      before: sensitive && b !== null ? MASKED_VALUE : b,
      after: sensitive && a !== null ? MASKED_VALUE : a,
      sensitive,
    });
  }
  return out;
}
