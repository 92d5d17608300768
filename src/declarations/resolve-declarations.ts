import type { DesiredNode, DesiredState, PlanSummary, PoolSpec } from '../core/desired/desired-state.js';
import type { SourceLocation } from '../core/diagnostics/diagnostic.js';
import { buildSiteSpec } from './build-site-spec.js';
import { checkOsDeployment } from './check-os-deployment.js';
import { classifyDocuments, type Resource } from './classify-documents.js';
import { deepFreeze } from './deep-freeze.js';
import type { DeclarationKind } from './declaration-kinds.js';
import type { DiagnosticList } from './diagnostic-list.js';
import { expandPool, type ExpandedPool } from './expand-pool.js';
import type { Layer } from './layer-stack.js';
import { asText, isMap } from './merge-layers.js';
import type { NodeDraft } from './node-draft.js';
import { planLayer } from './plan-layer.js';
import { buildOnce, expansionContext, keepExpansion, keptExpansion } from './pool-reuse.js';
import type { ParsedDocument } from './parse-yaml-documents.js';
import { resolveDependencies } from './resolve-dependencies.js';
import { resolvePet } from './resolve-pet.js';
import { resolvePlanChains } from './resolve-plan-chains.js';
import { resolveTemplates } from './resolve-templates.js';

/**
 * Parsed documents to desired state: envelope and schema, one Site, unique names, plan chains, pools expanded,
 * pets pinned, dependencies expanded; every problem reported. Returns null when any error was found.
 */
export function resolveDeclarations(
  documents: readonly ParsedDocument[],
  rootLocation: SourceLocation,
  diagnostics: DiagnosticList,
  /** Files of the declarations root other than declarations (answer file templates), by relative path. */
  files: ReadonlyMap<string, string> = new Map(),
  /**
   * Whether the documents may reach a later load as the same objects (a Git source's memo): only then are pool
   * expansions and nodes kept for it (see pool-reuse.ts), which costs memory and collector time otherwise wasted.
   */
  shared = false,
): DesiredState | null {
  const fileText = (path: string): string | null => files.get(path) ?? null;
  const resources = classifyDocuments(documents, diagnostics);
  const byKind = indexByKind(resources, diagnostics);
  const site = pickSite(resources, rootLocation, diagnostics);
  const siteName = site?.name ?? '';
  const siteLayers: Layer[] =
    site !== undefined && isMap(site.spec['defaults'])
      ? [{ value: site.spec['defaults'], document: site.document, base: ['spec', 'defaults'] }]
      : [];
  const chains = resolvePlanChains(byKind.Plan, diagnostics);
  const templates = resolveTemplates(byKind.ProfileTemplate, diagnostics);
  const templateSpecs = new Map(templates.map((t) => [t.name, t.specHash]));
  const templateSpecOf = (name: string): string | null => templateSpecs.get(name) ?? null;
  const baseLayers = (owner: Resource): Layer[] | null => {
    const plan = asText(owner.spec['plan']);
    if (!byKind.Plan.has(plan)) {
      diagnostics.error(
        'DECL_UNKNOWN_REFERENCE',
        `${owner.kind} ${owner.name} uses the plan ${plan}, which is not a declared Plan.`,
        owner.document.locate(['spec', 'plan']),
        'spec.plan',
      );
      return null;
    }
    const chain = chains.get(plan);
    if (chain === undefined) return null;
    return [...siteLayers, ...chain.plans.map((p) => planLayer(p.spec, p.document))];
  };

  const pools: ExpandedPool[] = [];
  const drafts: NodeDraft[] = [];
  const entities: Resource[] = [];
  const context = shared ? expansionContext(templateSpecs, files) : null;
  for (const pool of sortedValid(byKind.NodePool)) {
    const layers = baseLayers(pool);
    if (layers === null) continue;
    let expanded = context === null ? null : keptExpansion(pool.document, layers, siteName, context);
    if (expanded === null) {
      const before = diagnostics.count;
      expanded = expandPool(pool, layers, siteName, diagnostics, fileText);
      if (context !== null && expanded !== null && diagnostics.count === before)
        keepExpansion(pool.document, layers, siteName, context, expanded);
    }
    if (expanded === null) continue;
    pools.push(expanded);
    drafts.push(...expanded.drafts);
    entities.push(pool);
  }
  for (const node of sortedValid(byKind.Node)) {
    const layers = baseLayers(node);
    const draft = layers === null ? null : resolvePet(node, layers, siteName, diagnostics, fileText);
    if (draft === null) continue;
    drafts.push(draft);
    entities.push(node);
  }
  checkUniqueNodes(drafts, diagnostics);
  checkUniquePins(drafts, diagnostics);

  const nodesOf = new Map<string, readonly string[]>();
  for (const pool of pools) nodesOf.set(pool.spec.name, pool.spec.nodeNames);
  const entityOfNode = new Map(drafts.map((draft) => [draft.name, draft.entity]));
  const known = new Set([...byKind.NodePool.keys(), ...byKind.Node.keys()]);
  const dependsOn = resolveDependencies(entities, nodesOf, entityOfNode, known, diagnostics);

  if (diagnostics.hasErrors || site === undefined || !site.valid) return null;
  const lookups = { templateSpecOf, fileText };
  const built: DesiredNode[] = drafts.map((draft) =>
    shared
      ? buildOnce(draft, dependsOn.get(draft.entity) ?? [], lookups)
      : draft.build(dependsOn.get(draft.entity) ?? [], lookups),
  );
  const nodes = inNameOrder(built);
  // The first entity of that name, as a search of the list would find (pools come first).
  const entityByName = new Map<string, Resource>();
  for (const e of entities) if (!entityByName.has(e.name)) entityByName.set(e.name, e);
  const poolSpecs: PoolSpec[] = pools.map((pool) => ({
    ...pool.spec,
    dependsOn: (entityByName.get(pool.spec.name)?.spec['dependsOn'] as string[] | undefined) ?? [],
  }));
  const plans: PlanSummary[] = [...chains.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, chain]) => ({
      name,
      chain: chain.plans.map((p) => p.name),
      source: chain.plans[chain.plans.length - 1]!.document.locate(['metadata', 'name']),
    }));
  const templateContent = new Map(templates.map((t) => [t.name, t.content]));
  checkOsDeployment(nodes, plans, (name) => templateContent.get(name)?.deploymentPlan, diagnostics);
  return deepFreeze({ site: buildSiteSpec(site), pools: poolSpecs, nodes, plans, templates });
}

type ByKind = Record<DeclarationKind, Map<string, Resource>>;

function indexByKind(resources: readonly Resource[], diagnostics: DiagnosticList): ByKind {
  const byKind: ByKind = {
    Site: new Map(),
    Plan: new Map(),
    NodePool: new Map(),
    Node: new Map(),
    ProfileTemplate: new Map(),
  };
  for (const resource of resources) {
    const first = byKind[resource.kind].get(resource.name);
    if (first === undefined) {
      byKind[resource.kind].set(resource.name, resource);
      continue;
    }
    if (resource.kind === 'Site') continue; // reported as a second Site
    diagnostics.error(
      'DECL_DUPLICATE_NAME',
      `${resource.kind} ${resource.name} is declared twice; the first is at ${where(first.document.locate(['metadata', 'name']))}.`,
      resource.document.locate(['metadata', 'name']),
      'metadata.name',
    );
  }
  return byKind;
}

function pickSite(
  resources: readonly Resource[],
  rootLocation: SourceLocation,
  diagnostics: DiagnosticList,
): Resource | undefined {
  const sites = resources.filter((resource) => resource.kind === 'Site');
  const first = sites[0];
  if (first === undefined) {
    diagnostics.error(
      'DECL_NO_SITE',
      'No Site is declared under the declarations root; declare exactly one document with kind: Site.',
      rootLocation,
    );
    return undefined;
  }
  for (const extra of sites.slice(1)) {
    diagnostics.error(
      'DECL_MULTIPLE_SITES',
      `A second Site (${extra.name}) is declared; Site ${first.name} is already declared at ${where(first.document.locate(['metadata', 'name']))}.`,
      extra.document.locate(['metadata', 'name']),
      'metadata.name',
    );
  }
  return first;
}

function checkUniqueNodes(drafts: readonly NodeDraft[], diagnostics: DiagnosticList): void {
  const seen = new Map<string, NodeDraft>();
  for (const draft of drafts) {
    const first = seen.get(draft.name);
    if (first === undefined) {
      seen.set(draft.name, draft);
      continue;
    }
    const message =
      first.entity === draft.entity
        ? `The naming pattern of ${draft.entity} produces the node name ${draft.name} more than once; use {index} in it.`
        : `The node name ${draft.name} is produced twice: by ${first.entity} (${where(first.nameAt)}) and by ${draft.entity}.`;
    diagnostics.error('DECL_DUPLICATE_NODE', message, draft.nameAt);
  }
}

function checkUniquePins(drafts: readonly NodeDraft[], diagnostics: DiagnosticList): void {
  const seen = new Map<string, NodeDraft>();
  for (const draft of drafts) {
    if (draft.pin === null) continue;
    const key =
      'serialNumber' in draft.pin
        ? `serial ${draft.pin.serialNumber}`
        : `${draft.pin.enclosure}, bay ${draft.pin.bay}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, draft);
      continue;
    }
    diagnostics.error(
      'DECL_DUPLICATE_PIN',
      `Node ${draft.name} is pinned to ${key}, which Node ${first.name} already pins (${where(first.pinAt ?? first.nameAt)}).`,
      draft.pinAt ?? draft.nameAt,
      'spec.hardware',
    );
  }
}

function sortedValid(resources: ReadonlyMap<string, Resource>): Resource[] {
  return [...resources.values()]
    .filter((r) => r.valid)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The nodes by name; pools expanded in name order often already are, and are then not sorted again. */
function inNameOrder(nodes: DesiredNode[]): DesiredNode[] {
  for (let i = 1; i < nodes.length; i++) {
    if (nodes[i - 1]!.name > nodes[i]!.name)
      return nodes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return nodes;
}

function where(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}
