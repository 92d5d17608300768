import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { PLAN_FORMAT_VERSION, type ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import { applyFlow } from '../runtime/apply-flow.js';
import { openLedger } from '../runtime/open-ledger.js';
import { planRevision } from '../runtime/plan-revision.js';
import { runtimeClock } from '../runtime/runtime-clock.js';
import { readBaseline } from '../runtime/apply-revision.js';
import { readRevision } from '../runtime/read-revision.js';
import { openSiteAppliance } from '../runtime/site-runtime.js';
import type { RegisterCommand } from './index.js';
import { parseParallelism } from './plan.js';

interface ApplyCommandOptions {
  readonly repo: string;
  readonly ref?: string;
  readonly path?: string;
  readonly plan?: string;
  readonly autoApprove?: boolean;
  readonly allowDeletions?: boolean;
  readonly parallelism?: string;
}

async function readPlanFile(file: string, revision: string): Promise<ReconcilePlan> {
  let plan: Partial<ReconcilePlan> | null;
  try {
    plan = JSON.parse(await readFile(file, 'utf8')) as Partial<ReconcilePlan> | null;
  } catch (error) {
    throw new PhoenixError('PLAN_INVALID', { file, problem: 'not readable JSON' }, { cause: error });
  }
  if (plan?.formatVersion !== PLAN_FORMAT_VERSION) {
    throw new PhoenixError('PLAN_FORMAT_UNSUPPORTED', { file, formatVersion: plan?.formatVersion ?? null });
  }
  if (plan.revision !== revision) {
    throw new PhoenixError('PLAN_INVALID', {
      file,
      problem: 'the plan was computed from another revision than the declarations given',
      planRevision: plan.revision ?? null,
      revision,
    });
  }
  return plan as ReconcilePlan;
}

/** `phoenix apply`: plan, approve, apply, record. */
export const registerApply: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('apply')
    .description('apply the declarations to the appliance (shows the plan and asks first)')
    .option('--repo <dir|url>', 'repository: a working tree, a local repository or a URL', '.')
    .option('--ref <ref>', 'branch, tag or commit SHA to apply (default: the working tree, or HEAD of a URL)')
    .option('--path <subdir>', 'declarations root inside the repository')
    .option('--plan <file>', 'apply a plan saved by phoenix plan --out (refused when stale)')
    .option('--auto-approve', 'apply without asking')
    .option('--allow-deletions', 'delete nodes that are no longer declared')
    .option('--parallelism <n>', 'cap of concurrent OneView operations')
    .action(async (options: ApplyCommandOptions) => {
      const { globals, logger, stdout } = context();
      const read = await readRevision(options, { stateDir: globals.stateDir, logger, env: process.env });
      const { desired, revision } = read;
      const clock = runtimeClock(process.env);
      const ledger = await openLedger(globals.stateDir, logger);
      try {
        const appliance = await openSiteAppliance(desired.site, process.env, read.baseDir, logger, clock);
        try {
          const plan =
            options.plan !== undefined
              ? await readPlanFile(options.plan, revision)
              : planRevision({
                  desired,
                  revision,
                  observed: await appliance.readInventory(),
                  ledger: ledger.readView(),
                  options: {
                    allowDeletions: options.allowDeletions ?? false,
                    parallelism: parseParallelism(options.parallelism),
                    baseline: await readBaseline(
                      read.source,
                      ledger.readView().lastAppliedRevision,
                      options.path,
                      logger,
                    ),
                  },
                });
          const report = await applyFlow(
            {
              plan,
              desired,
              command: 'apply',
              provenance: read.provenance,
              autoApprove: options.autoApprove ?? false,
              json: globals.json,
              env: process.env,
            },
            {
              appliance,
              ledger,
              clock,
              logger,
              stdout,
              stdin: process.stdin,
              live: process.stdout.isTTY === true,
            },
          );
          if (report === null && !globals.json)
            stdout.write('No changes. The appliance matches the declarations.\n');
          setExitCode(report === null || report.outcome === 'applied' ? 0 : 1);
        } finally {
          await appliance.close();
        }
      } finally {
        await ledger.close();
      }
    });
};
