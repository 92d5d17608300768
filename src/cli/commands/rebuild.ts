import type { Command } from 'commander';
import { hasErrorCode } from '../../core/errors/phoenix-error.js';
import { mostStampedRevision } from '../../engine/reconcile/revision/most-stamped-revision.js';
import type { Appliance } from '../../ports/appliance.js';
import {
  applyRevisionOptions,
  applyRevisionToSite,
  describeRevision,
} from '../runtime/reconcile/reconcile-command.js';
import {
  ALLOWED_SIGNERS_OPTION,
  commitGate,
  loadCommitPolicy,
  TRUSTED_KEYS_OPTION,
  VERIFY_COMMITS_OPTION,
  type CommitPolicyFlags,
} from '../runtime/revisions/commit-policy-options.js';
import { openLedger } from '../runtime/wiring/open-ledger.js';
import { openGitSource, readCommitRevision, type RevisionRead } from '../runtime/revisions/read-revision.js';
import { runtimeClock } from '../runtime/clocks/runtime-clock.js';
import { openSiteAppliance } from '../runtime/wiring/site-runtime.js';
import type { RegisterCommand } from './index.js';
import { parseParallelism } from './plan.js';

interface RebuildOptions extends CommitPolicyFlags {
  readonly revision?: string;
  readonly repo: string;
  readonly ref: string;
  readonly path?: string;
  readonly autoApprove?: boolean;
  readonly allowDeletions?: boolean;
  readonly parallelism?: string;
}

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
export const registerRebuild: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('rebuild')
    .description(
      'rebuild the fleet from a recorded revision onto free hardware (shows the plan and asks first)',
    )
    .option('--revision <sha>', 'the commit to rebuild (default: from the ledger, else from the stamps)')
    .option('--repo <dir|url>', 'repository: a local repository or a URL', '.')
    .option('--ref <ref>', 'where the Site is read before a revision is known, and the last resort', 'HEAD')
    .option('--path <subdir>', 'declarations root inside the repository')
    .option('--auto-approve', 'apply without asking')
    .option('--allow-deletions', 'delete owned nodes that the revision does not declare')
    .option('--parallelism <n>', 'cap of concurrent OneView operations')
    .option(...VERIFY_COMMITS_OPTION)
    .option(...ALLOWED_SIGNERS_OPTION)
    .option(...TRUSTED_KEYS_OPTION)
    .action(async (options: RebuildOptions) => {
      const { globals, logger, stdout, display } = context();
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
    });
};
