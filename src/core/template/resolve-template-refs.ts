import type { NamedResource } from '../observed/inventory.js';
import type { InventoryIndex } from '../plan/inventory-index.js';
import type { DesiredTemplate, TemplateContent, TemplateReference } from './template-content.js';

/** A declared template's content with every reference as a URI, or the references the appliance lacks. */
export type ResolvedTemplateRefs =
  | { readonly ok: true; readonly content: TemplateContent }
  | { readonly ok: false; readonly missing: readonly TemplateReference[] };

/** Resolves the names a declared template uses (hardware type, networks, firmware bundle...) to URIs. */
export function resolveTemplateRefs(template: DesiredTemplate, index: InventoryIndex): ResolvedTemplateRefs {
  const missing: TemplateReference[] = [];
  const uriOf = (kind: TemplateReference['kind'], name: string, map: ReadonlyMap<string, NamedResource>) => {
    const found = map.get(name);
    if (found === undefined) {
      const ref = template.references.find((r) => r.kind === kind && r.name === name);
      if (ref !== undefined && !missing.includes(ref)) missing.push(ref);
      return name;
    }
    return found.uri;
  };
  const c = template.content;
  const content: TemplateContent = {
    ...c,
    serverHardwareType: uriOf('hardwareType', c.serverHardwareType, index.hardwareTypeByName),
    enclosureGroup:
      c.enclosureGroup === null
        ? null
        : uriOf('enclosureGroup', c.enclosureGroup, index.enclosureGroupByName),
    connections: c.connections.map((x) => ({
      ...x,
      network: {
        kind: x.network.kind,
        name:
          x.network.kind === 'network'
            ? uriOf('network', x.network.name, index.networkByName)
            : uriOf('networkSet', x.network.name, index.networkSetByName),
      },
    })),
    firmware:
      c.firmware === null
        ? null
        : {
            ...c.firmware,
            baseline: uriOf('firmwareBundle', c.firmware.baseline, index.firmwareBundleByName),
          },
    deploymentPlan:
      c.deploymentPlan === null
        ? null
        : uriOf('deploymentPlan', c.deploymentPlan, index.deploymentPlanByName),
  };
  return missing.length > 0 ? { ok: false, missing } : { ok: true, content };
}

/** An observed template's content with URIs mapped back to names (a URI the inventory lacks stays a URI). */
export function namedTemplateContent(content: TemplateContent, index: InventoryIndex): TemplateContent {
  const name = (uri: string): string => index.nameByUri.get(uri) ?? uri;
  return {
    ...content,
    serverHardwareType: name(content.serverHardwareType),
    enclosureGroup: content.enclosureGroup === null ? null : name(content.enclosureGroup),
    connections: content.connections.map((x) => ({
      ...x,
      network: { kind: x.network.kind, name: name(x.network.name) },
    })),
    firmware:
      content.firmware === null ? null : { ...content.firmware, baseline: name(content.firmware.baseline) },
    deploymentPlan: content.deploymentPlan === null ? null : name(content.deploymentPlan),
  };
}
