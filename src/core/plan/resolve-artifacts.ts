import type { DesiredNode } from '../desired/desired-state.js';
import type { ObservedDeploymentPlan } from '../observed/inventory.js';
import type { PlannedTemplate } from './plan-templates.js';
import type { BlockedBy } from './blocked-by.js';
import type { DiagnosticCollector } from './collect-diagnostics.js';
import { checkAttributes } from './custom-attributes.js';
import { enclosureGroupName, type InventoryIndex } from './inventory-index.js';
import type { StepAttribute } from './plan-step.js';

/** The template a node is composed from: null uri while a declared template is still to be created. */
export interface ResolvedTemplate {
  readonly name: string;
  readonly uri: string | null;
}

/** What compose needs from the inventory for one node, or why it cannot be composed. */
export type ResolvedArtifacts =
  | {
      readonly ok: true;
      readonly template: ResolvedTemplate;
      readonly deploymentPlan: ObservedDeploymentPlan | null;
      readonly customAttributes: readonly StepAttribute[];
    }
  | { readonly ok: false; readonly blockedBy: BlockedBy };

type Shared =
  | { ok: true; template: ResolvedTemplate; deploymentPlan: ObservedDeploymentPlan | null }
  | { ok: false; blockedBy: BlockedBy; code: Parameters<DiagnosticCollector['add']>[1]; subject: string };

/** The template of a node, from its declaration (planned) or the appliance, with the hardware it is for. */
function templateOf(
  node: DesiredNode,
  index: InventoryIndex,
  planned: ReadonlyMap<string, PlannedTemplate>,
): (ResolvedTemplate & { hardwareTypeUri: string | null; enclosureGroup: string | null }) | BlockedBy | null {
  const declared = node.templateSpec === null ? undefined : planned.get(node.profileTemplate);
  if (declared !== undefined) {
    if (declared.blocked !== null) return { kind: 'template-blocked', template: declared.name };
    return {
      name: declared.name,
      uri: declared.uri,
      hardwareTypeUri: index.hardwareTypeByName.get(declared.content.serverHardwareType)?.uri ?? null,
      enclosureGroup: declared.content.enclosureGroup,
    };
  }
  const observed = index.templateByName.get(node.profileTemplate);
  if (observed === undefined) return null;
  return {
    name: observed.name,
    uri: observed.uri,
    hardwareTypeUri: observed.hardwareTypeUri,
    enclosureGroup: enclosureGroupName(index, observed.enclosureGroupUri),
  };
}

function resolveShared(
  node: DesiredNode,
  index: InventoryIndex,
  planned: ReadonlyMap<string, PlannedTemplate>,
): Shared {
  const found = templateOf(node, index, planned);
  if (found !== null && 'kind' in found) {
    return { ok: false, blockedBy: found, code: 'PLAN_TEMPLATE_BLOCKED', subject: node.profileTemplate };
  }
  const template = found ?? undefined;
  if (template === undefined) {
    return {
      ok: false,
      blockedBy: { kind: 'template-not-found', template: node.profileTemplate },
      code: 'PLAN_TEMPLATE_NOT_FOUND',
      subject: node.profileTemplate,
    };
  }
  const type = index.hardwareTypeByName.get(node.hardware.serverHardwareType);
  if (type === undefined) {
    return {
      ok: false,
      blockedBy: { kind: 'hardware-type-not-found', hardwareType: node.hardware.serverHardwareType },
      code: 'PLAN_HARDWARE_TYPE_NOT_FOUND',
      subject: node.hardware.serverHardwareType,
    };
  }
  const mismatch =
    template.hardwareTypeUri !== null && template.hardwareTypeUri !== type.uri
      ? 'hardwareType'
      : node.hardware.enclosureGroup !== null &&
          template.enclosureGroup !== null &&
          template.enclosureGroup !== node.hardware.enclosureGroup
        ? 'enclosureGroup'
        : null;
  if (mismatch !== null) {
    return {
      ok: false,
      blockedBy: { kind: 'template-hardware-mismatch', template: template.name, field: mismatch },
      code: 'PLAN_TEMPLATE_HARDWARE_MISMATCH',
      subject: template.name,
    };
  }
  const ref = node.deploymentPlan;
  const resolved = { name: template.name, uri: template.uri };
  if (ref === null) return { ok: true, template: resolved, deploymentPlan: null };
  const plan =
    ref.id !== null ? index.deploymentPlanById.get(ref.id) : index.deploymentPlanByName.get(ref.name);
  if (plan === undefined) {
    return {
      ok: false,
      blockedBy: { kind: 'deployment-plan-not-found', deploymentPlan: ref.name, id: ref.id },
      code: 'PLAN_DEPLOYMENT_PLAN_NOT_FOUND',
      subject: ref.id === null ? ref.name : `${ref.name} (${ref.id})`,
    };
  }
  const golden = node.goldenImage;
  if (golden !== null) {
    const image = plan.goldenImageUri === null ? undefined : index.goldenImageByUri.get(plan.goldenImageUri);
    const matches =
      image !== undefined && (golden.id !== null ? image.id === golden.id : image.name === golden.name);
    if (!matches) {
      return {
        ok: false,
        blockedBy: {
          kind: 'golden-image-mismatch',
          expected: golden.id ?? golden.name,
          actual: image?.name ?? null,
        },
        code: 'PLAN_GOLDEN_IMAGE_MISMATCH',
        subject: `${plan.name}/${golden.id ?? golden.name}`,
      };
    }
  }
  return { ok: true, template: resolved, deploymentPlan: plan };
}

/**
 * Resolves a node's template, deployment plan and golden image assertion, and checks its attributes against
 * the plan's declared list. Findings go to the collector; errors block the node.
 */
export function createArtifactResolver(
  index: InventoryIndex,
  diagnostics: DiagnosticCollector,
  planned: ReadonlyMap<string, PlannedTemplate> = new Map(),
): (node: DesiredNode) => ResolvedArtifacts {
  const cache = new Map<string, Shared>();
  return (node) => {
    const key = JSON.stringify([
      node.profileTemplate,
      node.templateSpec,
      node.deploymentPlan,
      node.goldenImage,
      node.hardware.serverHardwareType,
      node.hardware.enclosureGroup,
    ]);
    let shared = cache.get(key);
    if (shared === undefined) {
      shared = resolveShared(node, index, planned);
      cache.set(key, shared);
    }
    if (!shared.ok) {
      diagnostics.add('error', shared.code, shared.subject, node.name, node.source);
      return { ok: false, blockedBy: shared.blockedBy };
    }
    const plan = shared.deploymentPlan;
    const ref = node.deploymentPlan;
    if (plan !== null && ref !== null && ref.id !== null && plan.name !== ref.name) {
      diagnostics.add(
        'warning',
        'PLAN_DEPLOYMENT_PLAN_RENAMED',
        `${ref.name} (${ref.id})`,
        node.name,
        node.source,
      );
    }
    // A node installed from virtual media has no deployment plan: its attributes feed its answer file instead.
    const check = checkAttributes(plan, node.osDeployment === null ? node.attributes : {});
    const planName = plan?.name ?? '(no deployment plan)';
    for (const name of check.undeclared) {
      diagnostics.add(
        'warning',
        'PLAN_ATTRIBUTE_NOT_DECLARED',
        `${planName}/${name}`,
        node.name,
        node.source,
      );
    }
    for (const name of check.notEditable) {
      diagnostics.add(
        'warning',
        'PLAN_ATTRIBUTE_NOT_EDITABLE',
        `${planName}/${name}`,
        node.name,
        node.source,
      );
    }
    if (check.missing.length > 0) {
      for (const name of check.missing) {
        diagnostics.add('error', 'PLAN_ATTRIBUTE_MISSING', `${planName}/${name}`, node.name, node.source);
      }
      return { ok: false, blockedBy: { kind: 'attributes-missing', attributes: check.missing } };
    }
    return {
      ok: true,
      template: shared.template,
      deploymentPlan: plan,
      customAttributes: check.customAttributes,
    };
  };
}
