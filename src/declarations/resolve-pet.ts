import type { HardwarePin } from '../core/desired/desired-state.js';
import { buildDesiredNode, checkStack } from './build-desired-node.js';
import type { Resource } from './classify-documents.js';
import { compileTemplate, type Placeholder } from './compile-template.js';
import type { DiagnosticList } from './diagnostic-list.js';
import { LayerStack, pick, type Layer } from './layer-stack.js';
import { asText, isMap } from './merge-layers.js';
import { LAYER_KEYS, type NodeDraft } from './node-draft.js';

const FQDN_PLACEHOLDERS: ReadonlySet<Placeholder> = new Set(['name', 'site']);
const NODE_PLACEHOLDERS: ReadonlySet<Placeholder> = new Set(['name', 'fqdn', 'site']);

/** A pet's draft: its pin, its settings over its plan's. Null when it has errors. */
export function resolvePet(
  node: Resource,
  baseLayers: readonly Layer[],
  site: string,
  diagnostics: DiagnosticList,
  fileText: (path: string) => string | null = () => null,
): NodeDraft | null {
  const spec = node.spec;
  const subject = `Node ${node.name}`;
  const stack = new LayerStack([
    ...baseLayers,
    { value: pick(spec, LAYER_KEYS.Node), document: node.document, base: ['spec'] },
  ]);
  let ok = checkStack(
    stack,
    subject,
    NODE_PLACEHOLDERS,
    typeof spec['fqdn'] === 'string',
    diagnostics,
    fileText,
  );

  let fqdn: string | null = null;
  if (typeof spec['fqdn'] === 'string') {
    const compiled = compileTemplate(spec['fqdn']);
    const bad = compiled.ok
      ? [...compiled.template.placeholders].find((p) => !FQDN_PLACEHOLDERS.has(p))
      : undefined;
    if (!compiled.ok || bad !== undefined) {
      const problem = compiled.ok
        ? `uses {${bad}}, which is not available in the fqdn of a Node (available: {name}, {site})`
        : compiled.problem;
      diagnostics.error(
        'DECL_UNKNOWN_PLACEHOLDER',
        `The fqdn of ${subject} ${problem}.`,
        node.document.locate(['spec', 'fqdn']),
        'spec.fqdn',
      );
      ok = false;
    } else {
      fqdn = compiled.template.render({ name: node.name, site });
    }
  }
  if (!ok) return null;

  const hardware = isMap(spec['hardware']) ? spec['hardware'] : {};
  const pin: HardwarePin =
    typeof hardware['serialNumber'] === 'string'
      ? { serialNumber: hardware['serialNumber'] }
      : { enclosure: asText(hardware['enclosure']), bay: Number(hardware['bay']) };
  const source = node.document.locate(['metadata', 'name']);
  return {
    name: node.name,
    entity: node.name,
    pin,
    nameAt: source,
    pinAt: node.document.locate(['spec', 'hardware']),
    build: (dependsOn, lookups) =>
      buildDesiredNode({
        name: node.name,
        owner: { kind: 'Node', name: node.name },
        plan: asText(spec['plan']),
        merged: stack.merged,
        fqdn,
        values: { name: node.name, fqdn, site },
        pin,
        replicas: 1,
        dependsOn,
        lookups,
        source,
      }),
  };
}
