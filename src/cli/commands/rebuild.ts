import type { Command } from 'commander';
import { mostStampedRevision } from '../../engine/reconcile/most-stamped-revision.js';
import type { Appliance } from '../../ports/appliance.js';
import { applyRevision, describeRevision } from '../runtime/apply-revision.js';
import { openLedger } from '../runtime/open-ledger.js';
import { openGitSource, readCommitRevision } from '../runtime/read-revision.js';
import { runtimeClock } from '../runtime/runtime-clock.js';
import { openSiteAppliance } from '../runtime/site-runtime.js';
import type { RegisterCommand } from './index.js';
import { parseParallelism } from './plan.js';

interface RebuildOptions {
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
  stamps: 'the revision most profile stamps carry (no ledger)',
  ref: 'neither a ledger nor stamps record a revision: the ref given',
};

/**
 * `phoenix rebuild`: plans a recorded revision against the appliance as it is now (typically a wiped or a new
 * frame) and applies it onto whatever hardware is free. The revision is the argument, else the ledger's last
 * applied one, else the one most stamps carry (resolved from its 12-hex prefix), else `--ref`.
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
    .action(async (options: RebuildOptions) => {
      const { globals, logger, stdout } = context();
      const parallelism = parseParallelism(options.parallelism);
      const source = await openGitSource(options.repo, {
        stateDir: globals.stateDir,
        logger,
        env: process.env,
      });
      const clock = runtimeClock(process.env);
      const ledger = await openLedger(globals.stateDir, logger);
      let appliance: Appliance | null = null;
      try {
        let chosen: string;
        let origin: RevisionOrigin;
        const lastApplied = ledger.readView().lastAppliedRevision;
        if (options.revision !== undefined) {
          chosen = options.revision;
          origin = 'argument';
        } else if (lastApplied !== null) {
          chosen = lastApplied;
          origin = 'ledger';
        } else {
          // The Site of --ref says which appliance to read the stamps from.
          const head = await readCommitRevision(source, options.ref, options.path);
          appliance = await openSiteAppliance(head.desired.site, process.env, head.baseDir, logger, clock);
          const stamped = mostStampedRevision(
            head.desired.site.name,
            (await appliance.readInventory()).profiles,
          );
          chosen = stamped ?? head.revision;
          origin = stamped === null ? 'ref' : 'stamps';
          await appliance.close();
          appliance = null;
        }
        const read = await readCommitRevision(source, chosen, options.path);
        logger.info({ revision: read.revision, origin }, 'rebuild revision chosen');
        if (!globals.json)
          stdout.write(`Rebuild of ${describeRevision(read)}\n  (${ORIGIN_TEXT[origin]})\n\n`);
        appliance = await openSiteAppliance(read.desired.site, process.env, read.baseDir, logger, clock);
        setExitCode(
          await applyRevision(
            read,
            options.path,
            {
              command: 'rebuild',
              autoApprove: options.autoApprove ?? false,
              allowDeletions: options.allowDeletions ?? false,
              parallelism,
              json: globals.json,
            },
            { appliance, ledger, clock, logger, stdout },
          ),
        );
      } finally {
        await appliance?.close();
        await ledger.close();
      }
    });
};
