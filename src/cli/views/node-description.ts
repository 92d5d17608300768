import type { DesiredNode } from '../../core/desired/desired-state.js';
import type { InventorySnapshot, ObservedDeploymentPlan } from '../../core/observed/inventory.js';
import type { BlockedBy } from '../../core/plan/blocked-by.js';
import type { FieldChange, PlanChange, ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import { isSensitiveAttribute, MASKED_VALUE } from '../../core/plan/sensitive-attribute.js';
import { unresolvedReferences } from '../../core/plan/unresolved-references.js';
import { parseStamp, type Stamp } from '../../core/stamp/stamp.js';
import type { LedgerRecord, NodeStatus } from '../../ports/ledger.js';

/** What the declarations ask of a node (attributes as the plan shows them: secrets masked). */
export interface DeclaredNode {
  readonly owner: DesiredNode['owner'];
  readonly plan: string;
  readonly profileTemplate: string;
  readonly deploymentPlan: string | null;
  readonly goldenImage: string | null;
  readonly fqdn: string | null;
  readonly hardware: DesiredNode['hardware'];
  readonly protected: boolean;
  readonly dependsOn: readonly string[];
  /** First 16 hex characters of the spec hash, as a stamp carries it. */
  readonly spec: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly source: { readonly file: string; readonly line: number };
}

/** One instance of the node on the appliance: its profile and the hardware under it. */
export interface ObservedInstance {
  readonly profile: {
    readonly name: string;
    readonly uri: string;
    readonly state: string;
    readonly status: string;
    readonly templateCompliance: string;
    readonly inProgress: boolean;
    readonly template: string | null;
    readonly deploymentPlan: string | null;
  };
  readonly hardware: {
    readonly name: string;
    readonly uri: string;
    readonly serialNumber: string;
    readonly enclosure: string | null;
    readonly bay: number | null;
    readonly powerState: string;
    readonly status: string;
  } | null;
  readonly spec: string | null;
  readonly attributes: Readonly<Record<string, string>>;
  /** The stamp line of the profile, parsed; null for a profile Phoenix does not own. */
  readonly stamp: Stamp | null;
}

/** One run of the ledger as it concerns the node. */
export interface NodeRun {
  readonly runId: string;
  readonly command: string | null;
  readonly revision: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** What the node reached in that run; null while the run is unfinished (or was interrupted). */
  readonly outcome: string | null;
  readonly steps: readonly {
    readonly step: string;
    readonly attempt: number;
    readonly outcome: string;
    readonly errorCode: string | null;
    readonly at: string;
  }[];
}

/** `phoenix describe node NAME`: desired against observed, the stamp, the last runs and what blocks the node. */
export interface NodeDescription {
  readonly node: string;
  readonly site: string;
  readonly revision: string;
  /** Null for a node that is no longer declared (a delete is planned, or the ledger remembers it). */
  readonly declared: DeclaredNode | null;
  /** The node's instances on the appliance; null when the appliance was not read. */
  readonly observed: readonly ObservedInstance[] | null;
  /** What the plan would do to the node (one entry per instance that has a change). */
  readonly changes: readonly {
    readonly id: string;
    readonly action: string;
    readonly cause: string;
    readonly condition: string;
    readonly reason: string;
    readonly blockedBy: BlockedBy | null;
    readonly fieldChanges: readonly FieldChange[];
    readonly steps: readonly string[];
  }[];
  /** Why work on the node cannot go ahead now, for people; empty when nothing blocks it. */
  readonly blocking: readonly string[];
  readonly ledger: {
    readonly status: NodeStatus | null;
    /** Newest first; null when the ledger cannot list its records. */
    readonly runs: readonly NodeRun[] | null;
  };
}

export interface NodeDescriptionInput {
  readonly name: string;
  readonly desired: DesiredNode | null;
  readonly plan: ReconcilePlan;
  /** Null when the appliance was not read. */
  readonly inventory: InventorySnapshot | null;
  readonly ledgerStatus: NodeStatus | null;
  /** The ledger's records about the node, oldest first; null when the store cannot list them. */
  readonly records: readonly LedgerRecord[] | null;
  readonly runLimit: number;
}

/** Assembles the description of one node from the plan, the inventory and the ledger. Pure. */
export function describeNode(input: NodeDescriptionInput): NodeDescription {
  const { name, plan } = input;
  const changes = plan.changes.filter((c) => c.node === name);
  return {
    node: name,
    site: plan.site,
    revision: plan.revision,
    declared: input.desired === null ? null : declared(input.desired, input.inventory),
    observed: input.inventory === null ? null : observedInstances(name, input.inventory),
    changes: changes.map((c) => ({
      id: c.id,
      action: c.action,
      cause: c.cause,
      condition: c.condition,
      reason: c.reason,
      blockedBy: c.blockedBy,
      fieldChanges: c.fieldChanges,
      steps: c.steps.map((s) => s.kind),
    })),
    blocking: blockingReasons(name, plan, changes),
    ledger: {
      status: input.ledgerStatus,
      runs: input.records === null ? null : nodeRuns(name, input.records).slice(0, input.runLimit),
    },
  };
}

/** Attribute values as plans show them: passwords, tokens and keys (by name or deployment-plan type) masked. */
function masked(
  attributes: Readonly<Record<string, string>>,
  plan: ObservedDeploymentPlan | undefined,
): Record<string, string> {
  const types = new Map(plan?.attributes.map((a) => [a.name, a.type]) ?? []);
  return Object.fromEntries(
    Object.entries(attributes)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => [
        name,
        isSensitiveAttribute(name, types.get(name) ?? null) ? MASKED_VALUE : value,
      ]),
  );
}

function declared(node: DesiredNode, inventory: InventorySnapshot | null): DeclaredNode {
  const plan = inventory?.deploymentPlans.find((p) => p.name === node.deploymentPlan?.name);
  return {
    owner: node.owner,
    plan: node.plan,
    profileTemplate: node.profileTemplate,
    deploymentPlan: node.deploymentPlan?.name ?? null,
    goldenImage: node.goldenImage?.name ?? null,
    fqdn: node.fqdn,
    hardware: node.hardware,
    protected: node.protected,
    dependsOn: node.dependsOn,
    spec: node.specHash.slice(0, 16),
    // The desired node holds secrets in clear: shown masked, as in a plan.
    attributes: masked(node.attributes, plan),
    source: { file: node.source.file, line: node.source.line },
  };
}

function observedInstances(name: string, inventory: InventorySnapshot): ObservedInstance[] {
  const names = (uri: string | null, list: readonly { uri: string; name: string }[]): string | null =>
    uri === null ? null : (list.find((r) => r.uri === uri)?.name ?? uri);
  return inventory.profiles
    .filter((p) => p.stamp?.node === name || p.name === name)
    .map((p) => {
      const hw = inventory.hardware.find((h) => h.uri === p.hardwareUri) ?? null;
      return {
        profile: {
          name: p.name,
          uri: p.uri,
          state: p.state,
          status: p.status,
          templateCompliance: p.templateCompliance,
          inProgress: p.inProgress,
          template: names(p.templateUri, inventory.templates),
          deploymentPlan: names(p.deploymentPlanUri, inventory.deploymentPlans),
        },
        hardware:
          hw === null
            ? null
            : {
                name: hw.name,
                uri: hw.uri,
                serialNumber: hw.serialNumber,
                enclosure: names(hw.enclosureUri, inventory.enclosures),
                bay: hw.bay,
                powerState: hw.powerState,
                status: hw.status,
              },
        spec: p.stamp?.spec ?? null,
        attributes: masked(
          p.customAttributes,
          inventory.deploymentPlans.find((d) => d.uri === p.deploymentPlanUri),
        ),
        stamp: parseStamp(p.description),
      };
    });
}

function blockingReasons(name: string, plan: ReconcilePlan, changes: readonly PlanChange[]): string[] {
  const reasons: string[] = [];
  for (const c of changes) if (c.action === 'blocked') reasons.push(c.reason);
  const ids = new Set(changes.map((c) => c.id));
  for (const u of unresolvedReferences(plan)) if (ids.has(u.id)) reasons.push(u.reason);
  const byId = new Map(plan.changes.map((c) => [c.id, c]));
  for (const c of changes) {
    if (c.steps.length === 0) continue;
    for (const dependency of c.dependsOn) {
      const other = byId.get(dependency);
      if (other === undefined || other.node === name) continue;
      if (other.action === 'blocked')
        reasons.push(`It waits for ${other.node}, which is blocked: ${other.reason}`);
      else if (other.action !== 'noop')
        reasons.push(`It waits for ${other.node} (${other.action}) to be Ready.`);
    }
  }
  return [...new Set(reasons)];
}

/** The runs that recorded the node, newest first, with its steps in each. */
export function nodeRuns(name: string, records: readonly LedgerRecord[]): NodeRun[] {
  interface Draft {
    runId: string;
    command: string | null;
    revision: string;
    startedAt: string | null;
    finishedAt: string | null;
    outcome: string | null;
    steps: NodeRun['steps'][number][];
  }
  const runs = new Map<string, Draft>();
  const draft = (runId: string, revision: string): Draft => {
    let run = runs.get(runId);
    if (run === undefined) {
      run = { runId, command: null, revision, startedAt: null, finishedAt: null, outcome: null, steps: [] };
      runs.set(runId, run);
    }
    return run;
  };
  for (const record of records) {
    switch (record.type) {
      case 'run-started': {
        const run = draft(record.runId, record.revision);
        run.command = record.command;
        run.startedAt = record.at;
        break;
      }
      case 'step-finished':
        if (record.node === name)
          draft(record.runId, '').steps.push({
            step: record.step,
            attempt: record.attempt,
            outcome: record.outcome,
            errorCode: record.errorCode,
            at: record.at,
          });
        break;
      case 'run-finished': {
        const run = draft(record.runId, record.revision);
        run.revision = record.revision;
        run.finishedAt = record.at;
        run.outcome = record.nodes[name] ?? null;
        break;
      }
      case 'step-started':
      case 'template-changed':
      case 'hardware-quarantined':
      case 'hardware-released':
      case 'recovered':
        break;
    }
  }
  return [...runs.values()]
    .filter((run) => run.startedAt !== null || run.steps.length > 0)
    .reverse()
    .map((run) => ({ ...run, steps: [...run.steps] }));
}
