import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Ledger, LedgerRecord } from '../../ports/ledger.js';
import { PLAN_WHOLE_REVISION } from '../../engine/reconcile/reconcile-policy.js';
import { reconcileRevision } from '../../engine/reconcile/reconcile-revision.js';
import { RevisionBaselines } from '../../engine/reconcile/revision/revision-baselines.js';
import { runtimeClock } from '../runtime/clocks/runtime-clock.js';
import { readObservedInventory } from '../runtime/reconcile/plan-head-revision.js';
import { readRevision } from '../runtime/revisions/read-revision.js';
import { openReadOnlyLedger } from '../runtime/wiring/open-ledger.js';
import { describeNode } from '../views/node-description.js';
import { renderNodeDescriptionText } from '../views/node-description-text.js';
import type { DescribeNodeOptions } from '../commands/describe.js';
import type { CliContext } from '../commands/index.js';
import { positiveInteger } from '../commands/option-values.js';

/**
 * The ledger's records about a node, with the start of each run that recorded it (a run's start names no node),
 * oldest first; null when the store cannot list its records.
 */
async function nodeRecords(ledger: Ledger, name: string): Promise<LedgerRecord[] | null> {
  if (ledger.records === undefined) return null;
  const about = await ledger.records({ node: name, limit: 500 });
  const runIds = new Set(about.flatMap((r) => ('runId' in r ? [r.runId] : [])));
  const starts = (await ledger.records({ types: ['run-started'], limit: 10_000 })).filter(
    (r) => r.type === 'run-started' && runIds.has(r.runId),
  );
  return [...starts, ...about].sort((a, b) => a.seq - b.seq);
}

/** `phoenix describe node NAME`: one node, desired against observed, its stamp, its last runs, what blocks it. */
export async function runDescribeNode(
  name: string,
  options: DescribeNodeOptions,
  { globals, logger, stdout }: CliContext,
): Promise<void> {
  const runLimit = positiveInteger('--runs', options.runs);
  const head = await readRevision(options, { stateDir: globals.stateDir, logger, env: process.env });
  const ledger = await openReadOnlyLedger(globals.stateDir, logger);
  try {
    const inventory = await readObservedInventory(options, head, null, logger);
    const baseline = new RevisionBaselines(head.source, options.path ?? '').forRevision(
      head.revision,
      head.desired,
      logger,
    );
    const { plan } = await reconcileRevision(
      {
        revision: {
          desired: head.desired,
          revision: head.revision,
          provenance: head.provenance,
          baseline,
        },
        policy: PLAN_WHOLE_REVISION,
        command: 'apply',
      },
      {
        inventory: { readInventory: () => Promise.resolve(inventory) },
        ledger: { readView: () => ledger.readView() },
        clock: runtimeClock(process.env),
        logger,
      },
    );
    const desired = head.desired.nodes.find((n) => n.name === name) ?? null;
    const ledgerStatus = ledger.status().nodes[name] ?? null;
    const known =
      desired !== null ||
      ledgerStatus !== null ||
      plan.changes.some((c) => c.node === name) ||
      inventory.profiles.some((p) => p.stamp?.node === name);
    if (!known)
      throw new PhoenixError('CLI_UNKNOWN_NODE', {
        node: name,
        site: head.desired.site.name,
        declared: head.desired.nodes.length,
      });
    const records = await nodeRecords(ledger, name);
    const description = describeNode({
      name,
      desired,
      plan,
      inventory,
      ledgerStatus,
      records,
      runLimit,
    });
    stdout.write(
      globals.json ? `${JSON.stringify(description, null, 2)}\n` : renderNodeDescriptionText(description),
    );
  } finally {
    await ledger.close();
  }
}
