import type { DesiredNode, PoolSpec } from '../core/desired/desired-state.js';
import type { SourceLocation } from '../core/diagnostics/diagnostic.js';
import {
  buildDesiredNode,
  checkAttributeTemplates,
  checkStack,
  rolloutSpec,
  type NodeInput,
} from './build-desired-node.js';
import type { Resource } from './classify-documents.js';
import { compileTemplate, type Placeholder } from './compile-template.js';
import type { DiagnosticList } from './diagnostic-list.js';
import { LayerStack, pick, type Layer } from './layer-stack.js';
import { asText, isMap, mergeLayers } from './merge-layers.js';
import { DNS_LABEL, LAYER_KEYS, type NodeDraft, type NodeLookups } from './node-draft.js';

const NAME_PLACEHOLDERS: ReadonlySet<Placeholder> = new Set(['index', 'pool', 'site']);
const FQDN_PLACEHOLDERS: ReadonlySet<Placeholder> = new Set(['name', 'index', 'pool', 'site']);
const NODE_PLACEHOLDERS: ReadonlySet<Placeholder> = new Set(['name', 'fqdn', 'index', 'pool', 'site']);

export interface ExpandedPool {
  readonly spec: Omit<PoolSpec, 'dependsOn'>;
  readonly drafts: readonly NodeDraft[];
}

/** A pool's nodes: names from the pattern, settings from its layers, overrides on top. Null when it has errors. */
export function expandPool(
  pool: Resource,
  baseLayers: readonly Layer[],
  site: string,
  diagnostics: DiagnosticList,
  fileText: (path: string) => string | null = () => null,
): ExpandedPool | null {
  const spec = pool.spec;
  const naming = isMap(spec['naming']) ? spec['naming'] : {};
  const replicas = Number(spec['replicas']);
  const start = typeof naming['startIndex'] === 'number' ? naming['startIndex'] : 1;
  const plan = asText(spec['plan']);
  const subject = `NodePool ${pool.name}`;
  const at = (path: readonly (string | number)[]) => pool.document.locate(['spec', ...path]);
  const stack = new LayerStack([
    ...baseLayers,
    { value: pick(spec, LAYER_KEYS.NodePool), document: pool.document, base: ['spec'] },
  ]);

  const pattern = compileNamed(
    asText(naming['pattern']),
    NAME_PLACEHOLDERS,
    subject,
    'naming.pattern',
    at(['naming', 'pattern']),
    diagnostics,
  );
  const fqdnText = typeof naming['fqdn'] === 'string' ? naming['fqdn'] : null;
  const fqdn =
    fqdnText === null
      ? null
      : compileNamed(
          fqdnText,
          FQDN_PLACEHOLDERS,
          subject,
          'naming.fqdn',
          at(['naming', 'fqdn']),
          diagnostics,
        );
  let ok = pattern !== undefined && fqdn !== undefined;
  ok = checkStack(stack, subject, NODE_PLACEHOLDERS, fqdnText !== null, diagnostics, fileText) && ok;
  if (pattern === undefined) return null;

  const names = Array.from({ length: replicas }, (_, i) =>
    pattern.render({ index: start + i, pool: pool.name, site }),
  );
  const invalid = names.find((name) => !DNS_LABEL.test(name));
  if (invalid !== undefined) {
    diagnostics.error(
      'DECL_INVALID_NODE_NAME',
      `The naming pattern of ${subject} produces "${invalid}", which is not a lowercase DNS label.`,
      at(['naming', 'pattern']),
      'spec.naming.pattern',
    );
    ok = false;
  }

  const overrides = isMap(spec['overrides']) ? spec['overrides'] : {};
  const generated = new Set(names);
  for (const [name, override] of Object.entries(overrides)) {
    if (!generated.has(name)) {
      diagnostics.error(
        'DECL_UNKNOWN_OVERRIDE',
        `The override ${name} does not name a node of ${subject}, which generates ${describeNames(names)}.`,
        pool.document.locate(['spec', 'overrides', name], 'key'),
        `spec.overrides.${name}`,
      );
      ok = false;
      continue;
    }
    const attributes = isMap(override) && isMap(override['attributes']) ? override['attributes'] : {};
    ok =
      checkAttributeTemplates(
        attributes,
        (key) => ({
          at: at(['overrides', name, 'attributes', key]),
          path: `spec.overrides.${name}.attributes.${key}`,
        }),
        subject,
        NODE_PLACEHOLDERS,
        fqdnText !== null,
        diagnostics,
      ) && ok;
  }
  if (!ok) return null;

  const rollout = rolloutSpec(isMap(stack.merged['rollout']) ? stack.merged['rollout'] : {}, replicas);
  const source = pool.document.locate(['metadata', 'name']);
  const nameAt = at(['naming', 'pattern']);
  const shared: PoolShared = { pool: pool.name, plan, replicas, site, nameAt, source };
  // The stacks of the overridden nodes, found by a Map: a node without an override (most of them) missed a
  // property of the overrides' mapping, a lookup that searched Object.prototype too.
  const overridden = new Map<string, NodeInput['merged']>();
  for (const [name, override] of Object.entries(overrides)) {
    if (isMap(override))
      overridden.set(name, mergeLayers([stack.merged, pick(override, LAYER_KEYS.override)]));
  }
  const drafts = names.map((name, i): NodeDraft => {
    const index = start + i;
    const merged = overridden.get(name) ?? stack.merged;
    const nodeFqdn = fqdn?.render({ name, index, pool: pool.name, site }) ?? null;
    return new PoolNodeDraft(name, index, merged, nodeFqdn, shared);
  });
  return { spec: { name: pool.name, plan, replicas, nodeNames: names, rollout, source }, drafts };
}

/** What the nodes of one pool share: held once by the pool, not captured by a closure per node. */
interface PoolShared {
  readonly pool: string;
  readonly plan: string;
  readonly replicas: number;
  readonly site: string;
  readonly nameAt: SourceLocation;
  readonly source: SourceLocation;
}

/**
 * A pool's node waiting for its dependencies. A class rather than a literal with a `build` closure: the closure
 * and its context were two more objects per node, and the method is one function for every node of every pool.
 */
class PoolNodeDraft implements NodeDraft {
  readonly entity: string;
  readonly pin = null;
  readonly nameAt: SourceLocation;
  readonly pinAt = null;

  constructor(
    readonly name: string,
    private readonly index: number,
    private readonly merged: NodeInput['merged'],
    private readonly fqdn: string | null,
    private readonly shared: PoolShared,
  ) {
    this.entity = shared.pool;
    this.nameAt = shared.nameAt;
  }

  build(dependsOn: readonly string[], lookups: NodeLookups): DesiredNode {
    const { name, index, fqdn, shared } = this;
    return buildDesiredNode({
      name,
      owner: { kind: 'NodePool', name: shared.pool, index },
      plan: shared.plan,
      merged: this.merged,
      fqdn,
      values: { name, fqdn, index, pool: shared.pool, site: shared.site },
      pin: null,
      replicas: shared.replicas,
      dependsOn,
      lookups,
      source: shared.source,
    });
  }
}

function compileNamed(
  text: string,
  allowed: ReadonlySet<Placeholder>,
  subject: string,
  field: string,
  at: Parameters<DiagnosticList['error']>[2],
  diagnostics: DiagnosticList,
) {
  const compiled = compileTemplate(text);
  const problem = compiled.ok
    ? [...compiled.template.placeholders]
        .filter((p) => !allowed.has(p))
        .map(
          (p) =>
            `uses {${p}}, which is not available in ${field} (available: ${[...allowed].map((a) => `{${a}}`).join(', ')})`,
        )[0]
    : compiled.problem;
  if (problem === undefined && compiled.ok) return compiled.template;
  diagnostics.error(
    'DECL_UNKNOWN_PLACEHOLDER',
    `The ${field} of ${subject} ${problem}.`,
    at,
    `spec.${field}`,
  );
  return undefined;
}

function describeNames(names: readonly string[]): string {
  if (names.length === 0) return 'no nodes';
  if (names.length <= 3) return names.join(', ');
  return `${names[0]} to ${names[names.length - 1]}`;
}
