import { hasErrorCode } from '../../core/errors/phoenix-error.js';
import { mostStampedRevision } from '../../engine/reconcile/revision/most-stamped-revision.js';
import type { Appliance } from '../../ports/appliance.js';
import type { CliContext } from '../commands/index.js';
import { parseParallelism } from '../commands/option-values.js';
import type { RebuildOptions } from '../commands/rebuild.js';
import { runtimeClock } from '../runtime/clocks/runtime-clock.js';
import {
  applyRevisionOptions,
  applyRevisionToSite,
  describeRevision,
} from '../runtime/reconcile/reconcile-command.js';
import { commitGate, loadCommitPolicy } from '../runtime/revisions/commit-policy-options.js';
import { openGitSource, readCommitRevision, type RevisionRead } from '../runtime/revisions/read-revision.js';
import { openLedger } from '../runtime/wiring/open-ledger.js';
import { openSiteAppliance } from '../runtime/wiring/site-runtime.js';

/** Where the revision of a rebuild came from, as the command reports it. */
type RevisionOrigin = 'argument' | 'ledger' | 'stamps' | 'ref';

const ORIGIN_TEXT: Record<RevisionOrigin, string> = {
  argument: 'as asked',
  ledger: 'the last revision the ledger records as applied',
  stamps: 'the revision most profile stamps carry',
  ref: 'neither the ledger nor the stamps name a commit of the repository: the ref given',
};

/**
 * `phoenix rebuild`: plans a recorded revision against the appliance as it is now (typically a wiped or a new
 * frame) and applies it onto whatever hardware is free. The revision is the argument, else the ledger's last
 * applied one, else the one most stamps carry (resolved from its 12-hex prefix), else `--ref`; a recorded
 * revision that is not a commit of the repository (a working tree's content hash) falls through to the next.
 */
export async function runRebuild(
  options: RebuildOptions,
  { globals, logger, stdout, display }: CliContext,
  setExitCode: (code: number) => void,
): Promise<void> {
  const parallelism = parseParallelism(options.parallelism);
  const commitPolicy = await loadCommitPolicy(options, process.env);
  const source = await openGitSource(options.repo, {
    stateDir: globals.stateDir,
    logger,
    env: process.env,
  });
  const clock = runtimeClock(process.env);
  const ledger = await openLedger(globals.stateDir, logger);
  let appliance: Appliance | null = null;
  try {
    // The first of argument, ledger, stamps and --ref that names a commit of the repository. A recorded
    // revision that is not one (applied from a working tree, or from another repository) is passed over
    // with a warning; an explicit --revision is not.
    const tryCommit = async (ref: string, origin: RevisionOrigin): Promise<RevisionRead | null> => {
      try {
        return await readCommitRevision(source, ref, options.path, gate);
      } catch (error) {
        if (!hasErrorCode(error, 'GIT_REF_NOT_FOUND')) throw error;
        logger.warn(
          { revision: ref, origin },
          'the recorded revision is not a commit of the repository; trying the next source',
        );
        return null;
      }
    };
    let read: RevisionRead | null = null;
    let origin: RevisionOrigin = 'argument';
    const passedOver: string[] = [];
    const lastApplied = ledger.readView().lastAppliedRevision;
    const gate = commitGate(commitPolicy, globals.stateDir, logger, () => Promise.resolve(lastApplied));
    if (options.revision !== undefined) {
      read = await readCommitRevision(source, options.revision, options.path, gate);
    } else {
      if (lastApplied !== null) {
        read = await tryCommit(lastApplied, 'ledger');
        origin = 'ledger';
        if (read === null) passedOver.push(`ledger ${lastApplied.slice(0, 12)}`);
      }
      if (read === null) {
        // The Site of --ref says which appliance to read the stamps from.
        // Its Site is connected to (read only): the same policy applies to it first.
        const head = await readCommitRevision(source, options.ref, options.path, gate);
        appliance = await openSiteAppliance(head.desired.site, process.env, logger, clock);
        const stamped = mostStampedRevision(
          head.desired.site.name,
          (await appliance.readInventory()).profiles,
        );
        await appliance.close();
        appliance = null;
        if (stamped !== null && stamped !== lastApplied?.slice(0, 12)) {
          read = await tryCommit(stamped, 'stamps');
          origin = 'stamps';
          if (read === null) passedOver.push(`stamps ${stamped}`);
        }
        if (read === null) {
          read = head;
          origin = 'ref';
        }
      }
    }
    logger.info({ revision: read.revision, origin }, 'rebuild revision chosen');
    if (!globals.json) {
      const skipped = passedOver.length === 0 ? '' : `; not commits here: ${passedOver.join(', ')}`;
      stdout.write(`Rebuild of ${describeRevision(read)}\n  (${ORIGIN_TEXT[origin]}${skipped})\n\n`);
    }
    setExitCode(
      await applyRevisionToSite(
        read,
        options.path,
        applyRevisionOptions('rebuild', options, parallelism, globals.json, commitPolicy),
        { ledger, clock, logger, stdout, display },
      ),
    );
  } finally {
    await appliance?.close();
    await ledger.close();
  }
}
