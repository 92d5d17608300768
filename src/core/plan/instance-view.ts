import type { DesiredNode } from '../desired/desired-state.js';
import type { ObservedHardware } from '../observed/inventory.js';
import { formatStamp, type Stamp } from '../stamp/stamp.js';
import type { ObservedInstance } from './classify-observed.js';
import {
  compareText,
  describeHardware,
  sortInPlace,
  sortedTexts,
  type InventoryIndex,
} from './inventory-index.js';
import type { StepAttribute } from './plan-step.js';
import type { FieldChange, InstanceView } from './reconcile-plan.js';
import { isSensitiveAttribute, MASKED_VALUE } from './sensitive-attribute.js';

/**
 * A record with the keys in code-unit order and each value as `value` makes it: the source itself when its keys
 * are in order and `value` keeps every value (a profile's attributes, none of them secret), since both are
 * read-only data.
 */
function sortedRecord(
  source: Readonly<Record<string, string>>,
  value: (key: string, item: string) => string,
): Readonly<Record<string, string>> {
  const keys = Object.keys(source);
  const sorted = sortedTexts(keys);
  let same = sorted === keys;
  const values: string[] = [];
  for (const key of sorted) {
    const item = source[key]!;
    const made = value(key, item);
    values.push(made);
    // An own `__proto__` member would not survive the copy below: such a source is copied, as it always was.
    same &&= made === item && key !== '__proto__';
  }
  if (same) return source;
  const out: Record<string, string> = {};
  for (let i = 0; i < sorted.length; i++) out[sorted[i]!] = values[i]!;
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
  const declaredType =
    profile.deploymentPlanUri === null
      ? undefined
      : index.attributeTypesByPlanUri.get(profile.deploymentPlanUri);
  return {
    profileName: profile.name,
    profileUri: profile.uri,
    template:
      profile.templateUri === null
        ? null
        : (index.templateByUri.get(profile.templateUri)?.name ?? profile.templateUri),
    deploymentPlan: profile.deploymentPlanUri === null ? null : (plan?.name ?? profile.deploymentPlanUri),
    attributes: sortedRecord(profile.customAttributes, (name, value) =>
      isSensitiveAttribute(name, declaredType?.get(name) ?? null) ? MASKED_VALUE : value,
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
    attributes: attributeRecord(attributes),
    hardware: hardware === null ? null : describeHardware(index, hardware),
    spec: stamp.spec,
    stamp: formatStamp(stamp),
  };
}

/** Attributes by name in code-unit order; of two of one name the later wins. */
function attributeRecord(attributes: readonly StepAttribute[]): Record<string, string> {
  let inOrder = true;
  for (let i = 1; i < attributes.length && inOrder; i++)
    inOrder = attributes[i - 1]!.name < attributes[i]!.name;
  const list = inOrder ? attributes : sortInPlace([...attributes], (a, b) => compareText(a.name, b.name));
  const out: Record<string, string> = {};
  for (const a of list) out[a.name] = a.sensitive ? MASKED_VALUE : (a.value ?? '');
  return out;
}

function field(out: FieldChange[], path: string, before: string | null, after: string | null): void {
  if (before !== after) out.push({ path, before, after, sensitive: false });
}

/** The names of both records, each once, in code-unit order. */
function attributeNames(before: InstanceView | null, after: InstanceView | null): string[] {
  const b = before === null ? [] : sortedTexts(Object.keys(before.attributes));
  const a = after === null ? [] : sortedTexts(Object.keys(after.attributes));
  const names: string[] = [];
  let i = 0;
  let j = 0;
  while (i < b.length || j < a.length) {
    const nb = b[i];
    const na = a[j];
    if (na === undefined || (nb !== undefined && nb < na)) names.push(b[i++]!);
    else if (nb === undefined || na < nb) names.push(a[j++]!);
    else {
      names.push(nb);
      i++;
      j++;
    }
  }
  return names;
}

/** Field-level differences between two sides of a change; secrets are never shown, only that they change. */
export function diffInstances(before: InstanceView | null, after: InstanceView | null): FieldChange[] {
  const out: FieldChange[] = [];
  field(out, 'template', before?.template ?? null, after?.template ?? null);
  field(out, 'deploymentPlan', before?.deploymentPlan ?? null, after?.deploymentPlan ?? null);
  field(out, 'hardwareType', before?.hardware?.hardwareType ?? null, after?.hardware?.hardwareType ?? null);
  field(out, 'hardware', before?.hardware?.name ?? null, after?.hardware?.name ?? null);
  field(out, 'spec', before?.spec ?? null, after?.spec ?? null);
  for (const name of attributeNames(before, after)) {
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
