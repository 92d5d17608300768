import type { DesiredState } from '../desired/desired-state.js';
import type { ObservedTemplate } from '../observed/inventory.js';
import { diffTemplateContent } from '../template/diff-template-content.js';
import { namedTemplateContent, resolveTemplateRefs } from '../template/resolve-template-refs.js';
import type { DesiredTemplate, TemplateContent } from '../template/template-content.js';
import { formatTemplateStamp } from '../template/template-stamp.js';
import type { DiagnosticCollector } from './collect-diagnostics.js';
import { compareText, type InventoryIndex } from './inventory-index.js';
import type { PlanOptions } from './plan-options.js';
import { templateReason, type TemplateBlockedBy, type TemplateChange } from './template-change.js';

type Draft = Omit<TemplateChange, 'reason'>;

/** A declared template's name -> what the nodes that use it can rely on. */
export interface PlannedTemplate {
  readonly name: string;
  /** Null while the template does not exist yet (created by this plan). */
  readonly uri: string | null;
  readonly content: TemplateContent;
  /** Set when the template cannot be created or updated: its nodes are blocked too. */
  readonly blocked: TemplateBlockedBy | null;
}

export interface TemplatePlan {
  /** Sorted by template name. */
  readonly changes: readonly TemplateChange[];
  readonly planned: ReadonlyMap<string, PlannedTemplate>;
}

function portKey(portId: string): string {
  return portId.replace(/-[a-z]$/, '');
}

/** Connections asking for more bandwidth than their port carries, or naming a port the hardware lacks. */
function connectionProblems(template: DesiredTemplate, index: InventoryIndex): string[] {
  const type = index.hardwareTypeByName.get(template.content.serverHardwareType);
  if (type === undefined || Object.keys(type.portMaxMbps).length === 0) return [];
  const problems: string[] = [];
  for (const c of template.content.connections) {
    if (c.portId === 'Auto') continue;
    const max = type.portMaxMbps[portKey(c.portId)];
    if (max === undefined)
      problems.push(`connection ${c.id}: port ${c.portId} does not exist on ${type.name}`);
    else if (c.requestedMbps !== null && c.requestedMbps > max)
      problems.push(
        `connection ${c.id}: ${c.requestedMbps} Mb/s exceeds the ${max} Mb/s of port ${c.portId}`,
      );
  }
  return problems;
}

function blankChange(name: string, source: TemplateChange['source']): Draft {
  return {
    id: name,
    template: name,
    action: 'noop',
    cause: 'matches',
    blockedBy: null,
    templateUri: null,
    eTag: null,
    body: null,
    description: null,
    spec: null,
    fieldChanges: [],
    usedBy: [],
    source,
  };
}

function planDeclared(
  template: DesiredTemplate,
  observed: ObservedTemplate | undefined,
  ctx: {
    desired: DesiredState;
    index: InventoryIndex;
    options: PlanOptions;
    diagnostics: DiagnosticCollector;
  },
): Draft {
  const base = blankChange(template.name, template.source);
  const spec = template.specHash.slice(0, 16);
  const site = ctx.desired.site.name;
  if (observed !== undefined && (observed.stamp === null || observed.stamp.site !== site)) {
    ctx.diagnostics.addFor('error', 'PLAN_TEMPLATE_CONFLICT', template.name, template.source);
    return {
      ...base,
      action: 'blocked',
      cause: 'matches',
      templateUri: observed.uri,
      blockedBy: { kind: 'conflict', templateUri: observed.uri, ownerSite: observed.stamp?.site ?? null },
    };
  }
  const resolved = resolveTemplateRefs(template, ctx.index);
  if (!resolved.ok) {
    for (const ref of resolved.missing)
      ctx.diagnostics.addFor(
        'error',
        'PLAN_TEMPLATE_REFERENCE_NOT_FOUND',
        `${ref.kind} ${ref.name}`,
        ref.source,
      );
    return {
      ...base,
      action: 'blocked',
      cause: observed === undefined ? 'not-found' : 'spec-changed',
      templateUri: observed?.uri ?? null,
      blockedBy: {
        kind: 'unresolved-reference',
        references: resolved.missing.map((r) => ({ kind: r.kind, name: r.name, path: r.path })),
      },
    };
  }
  const problems = connectionProblems(template, ctx.index);
  if (problems.length > 0) {
    for (const problem of problems)
      ctx.diagnostics.addFor(
        'error',
        'PLAN_TEMPLATE_BANDWIDTH',
        `${template.name}: ${problem}`,
        template.source,
      );
    return {
      ...base,
      action: 'blocked',
      cause: observed === undefined ? 'not-found' : 'spec-changed',
      templateUri: observed?.uri ?? null,
      blockedBy: { kind: 'invalid-connection', problems },
    };
  }
  const description = formatTemplateStamp({
    site,
    template: template.name,
    spec,
    rev: ctx.options.revision.slice(0, 12),
  });
  if (observed === undefined) {
    return {
      ...base,
      action: 'create',
      cause: 'not-found',
      body: resolved.content,
      description,
      spec,
      fieldChanges: diffTemplateContent(null, template.content),
    };
  }
  const current = namedTemplateContent(observed.content, ctx.index);
  const fieldChanges = diffTemplateContent(current, template.content);
  const sameSpec = observed.stamp?.spec === spec;
  if (sameSpec && fieldChanges.length === 0)
    return { ...base, templateUri: observed.uri, eTag: observed.eTag, spec };
  // Same stamp, different content: someone edited the template outside Git.
  const drifted = sameSpec;
  if (drifted && ctx.desired.site.drift === 'report') {
    ctx.diagnostics.addFor('warning', 'PLAN_TEMPLATE_DRIFT', template.name, template.source);
    return { ...base, cause: 'drifted', templateUri: observed.uri, eTag: observed.eTag, spec, fieldChanges };
  }
  if (drifted) ctx.diagnostics.addFor('warning', 'PLAN_TEMPLATE_DRIFT', template.name, template.source);
  return {
    ...base,
    action: 'update',
    cause: drifted ? 'drifted' : 'spec-changed',
    templateUri: observed.uri,
    eTag: observed.eTag,
    body: resolved.content,
    description,
    spec,
    fieldChanges,
  };
}

/**
 * Template changes, planned before the nodes: declared templates are created or updated
 * (never one without this site's stamp: that is a conflict), their references resolved against the inventory;
 * stamped templates that are no longer declared are deleted only when deletions are allowed and no profile
 * uses them.
 */
export function planTemplates(
  desired: DesiredState,
  index: InventoryIndex,
  options: PlanOptions,
  diagnostics: DiagnosticCollector,
): TemplatePlan {
  const ctx = { desired, index, options, diagnostics };
  const usedBy = new Map<string, string[]>();
  for (const profile of index.snapshot.profiles) {
    if (profile.templateUri === null) continue;
    const users = usedBy.get(profile.templateUri);
    if (users === undefined) usedBy.set(profile.templateUri, [profile.name]);
    else users.push(profile.name);
  }
  const changes: Draft[] = [];
  const planned = new Map<string, PlannedTemplate>();
  const declared = new Set(desired.templates.map((t) => t.name));
  for (const template of desired.templates) {
    const observed = index.templateByName.get(template.name);
    const change = planDeclared(template, observed, ctx);
    const users = change.templateUri === null ? [] : (usedBy.get(change.templateUri) ?? []);
    changes.push({ ...change, usedBy: [...users].sort(compareText) });
    planned.set(template.name, {
      name: template.name,
      uri: change.templateUri,
      content: template.content,
      blocked: change.action === 'blocked' ? change.blockedBy : null,
    });
  }
  const mayDelete = options.allowDeletions || desired.site.guards.autoDelete;
  for (const observed of [...index.snapshot.templates].sort((a, b) => compareText(a.name, b.name))) {
    const stamp = observed.stamp;
    if (stamp === null || stamp.site !== desired.site.name || declared.has(observed.name)) continue;
    const users = [...(usedBy.get(observed.uri) ?? [])].sort(compareText);
    const blockedBy: TemplateBlockedBy | null =
      users.length > 0
        ? { kind: 'in-use', profiles: users }
        : mayDelete
          ? null
          : { kind: 'deletions-not-allowed' };
    changes.push({
      ...blankChange(observed.name, null),
      action: blockedBy === null ? 'delete' : 'blocked',
      cause: 'undeclared',
      blockedBy,
      templateUri: observed.uri,
      eTag: observed.eTag,
      spec: stamp.spec,
      fieldChanges: diffTemplateContent(namedTemplateContent(observed.content, index), null),
      usedBy: users,
    });
  }
  // Templates the nodes use without declaring them: the plan says they are unmanaged.
  const unmanaged = new Set(
    desired.nodes.filter((n) => n.templateSpec === null).map((n) => n.profileTemplate),
  );
  for (const name of unmanaged) {
    const observed = index.templateByName.get(name);
    if (observed === undefined || changes.some((c) => c.id === name)) continue;
    changes.push({
      ...blankChange(name, null),
      cause: 'unmanaged',
      templateUri: observed.uri,
      eTag: observed.eTag,
    });
  }
  changes.sort((a, b) => compareText(a.id, b.id));
  return { changes: changes.map((c) => ({ ...c, reason: templateReason(c) })), planned };
}
