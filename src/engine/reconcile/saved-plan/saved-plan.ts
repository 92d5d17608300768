import type { DesiredNode, DesiredState } from '../../../core/desired/desired-state.js';
import { PhoenixError } from '../../../core/errors/phoenix-error.js';
import type { ReconcilePlan } from '../../../core/plan/reconcile-plan.js';
import { isSensitiveAttribute, MASKED_VALUE } from '../../../core/plan/sensitive-attribute.js';
import type { RecordProvenance } from '../../../ports/ledger.js';

/** A sensitive attribute whose value a saved plan leaves out. */
export interface WithheldAttribute {
  readonly node: string;
  readonly attribute: string;
}

/** What `phoenix plan --out` writes beside the plan so that `phoenix apply --plan` needs no repository. */
export interface SavedPlanContext {
  /** The targets the plan was narrowed to (`node/NAME`, `pool/NAME`); empty for the whole revision. */
  readonly targets: readonly string[];
  readonly provenance: RecordProvenance | null;
  /** The desired state the plan was made from, sensitive attribute values masked. */
  readonly desired: DesiredState;
  readonly withheld: readonly WithheldAttribute[];
}

/** A saved plan file: the plan (schemas/plan.schema.json) with its `saved` context. */
export type SavedPlan = ReconcilePlan & { readonly saved: SavedPlanContext };

/** The sensitive attributes of the plan's composes and those whose names look secret, by node. */
function sensitiveAttributes(plan: ReconcilePlan, desired: DesiredState): WithheldAttribute[] {
  const found = new Map<string, WithheldAttribute>();
  const add = (node: string, attribute: string): void =>
    void found.set(`${node}\u0000${attribute}`, { node, attribute });
  for (const node of desired.nodes)
    for (const name of Object.keys(node.attributes))
      if (isSensitiveAttribute(name, null)) add(node.name, name);
  for (const change of plan.changes)
    for (const step of change.steps)
      if (step.kind === 'compose')
        for (const a of step.customAttributes) if (a.sensitive) add(change.node, a.name);
  return [...found.values()].sort((a, b) =>
    a.node === b.node ? (a.attribute < b.attribute ? -1 : 1) : a.node < b.node ? -1 : 1,
  );
}

/**
 * The plan with what an apply needs without the repository: the desired state it was made from (sensitive
 * attribute values masked and listed as withheld: a plan never holds a secret), the commit's provenance and the
 * targets.
 */
export function toSavedPlan(
  plan: ReconcilePlan,
  desired: DesiredState,
  provenance: RecordProvenance | null,
  targets: readonly string[],
): SavedPlan {
  const withheld = sensitiveAttributes(plan, desired);
  const masked = new Set(withheld.map((w) => `${w.node}\u0000${w.attribute}`));
  const maskNode = (node: DesiredNode): DesiredNode => ({
    ...node,
    attributes: Object.fromEntries(
      Object.entries(node.attributes).map(([name, value]) => [
        name,
        masked.has(`${node.name}\u0000${name}`) ? MASKED_VALUE : value,
      ]),
    ),
  });
  return {
    ...plan,
    saved: {
      targets: [...targets],
      provenance,
      desired: { ...desired, nodes: desired.nodes.map(maskNode) },
      withheld,
    },
  };
}

/** The plan alone, without its saved context: what the executor and the ledger fingerprint see. */
export function planOf(saved: SavedPlan): ReconcilePlan {
  const { saved: _context, ...plan } = saved;
  return plan;
}

/**
 * The saved plan's own desired state, for an apply without the repository: refused (PLAN_INVALID, naming the
 * file and the attributes) when one of the plan's composes sends a value the file withholds.
 */
export function desiredOfSavedPlan(saved: SavedPlan, file: string): DesiredState {
  const withheld = new Set(saved.saved.withheld.map((w) => `${w.node}\u0000${w.attribute}`));
  const needed = saved.changes.flatMap((change) =>
    change.steps.flatMap((step) =>
      step.kind !== 'compose'
        ? []
        : step.customAttributes
            .filter((a) => withheld.has(`${change.node}\u0000${a.name}`))
            .map((a) => `${change.node}.${a.name}`),
    ),
  );
  if (needed.length > 0)
    throw new PhoenixError('PLAN_INVALID', {
      file,
      field: 'saved.withheld',
      problem:
        'the plan sends sensitive attribute values that a saved plan never holds: give --repo (and --ref) to read them from the declarations',
      attributes: [...new Set(needed)].sort(),
    });
  return saved.saved.desired;
}
