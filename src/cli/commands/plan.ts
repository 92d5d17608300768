import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { InventorySnapshot } from '../../core/observed/inventory.js';
import { openLedgerView } from '../runtime/open-ledger.js';
import { readInventoryFile } from '../runtime/read-inventory-file.js';
import { planRevision } from '../runtime/plan-revision.js';
import { openSiteAppliance, readRepo } from '../runtime/site-runtime.js';
import { renderPlanJson } from '../views/plan/plan-json.js';
import { renderPlanMarkdown } from '../views/plan/plan-markdown.js';
import { renderPlanText } from '../views/plan/plan-text.js';
import type { RegisterCommand } from './index.js';

export const PLAN_FORMATS = ['text', 'markdown', 'json'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export interface PlanCommandOptions {
  readonly repo: string;
  readonly path?: string;
  readonly inventory?: string;
  readonly out?: string;
  readonly format?: string;
  readonly detailedExitcode?: boolean;
  readonly allowDeletions?: boolean;
  readonly parallelism?: string;
}

export function parseParallelism(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new PhoenixError('INTERNAL_INVALID_ARGUMENT', { option: '--parallelism', value });
  return n;
}

export function planFormat(value: string | undefined, json: boolean): PlanFormat {
  const format = value ?? (json ? 'json' : 'text');
  if (!(PLAN_FORMATS as readonly string[]).includes(format)) {
    throw new PhoenixError('INTERNAL_INVALID_ARGUMENT', { option: '--format', allowed: PLAN_FORMATS });
  }
  return format as PlanFormat;
}

/** `phoenix plan`: what applying the declarations would change. Read only: never a mutating request. */
export const registerPlan: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('plan')
    .description('show the changes that applying the declarations would make (read only)')
    .option('--repo <dir>', 'repository working tree', '.')
    .option('--path <subdir>', 'declarations root inside the repository')
    .option(
      '--inventory <file>',
      'plan against an inventory snapshot (phoenix inventory export) instead of the appliance',
    )
    .option('--out <file>', 'also write the plan as JSON, for phoenix apply --plan')
    .option('--format <format>', `output: ${PLAN_FORMATS.join(', ')}`)
    .option('--detailed-exitcode', 'exit 0 when there are no changes, 2 when there are, 1 on error')
    .option('--allow-deletions', 'plan deletions of nodes that are no longer declared')
    .option('--parallelism <n>', 'cap of concurrent OneView operations')
    .action(async (options: PlanCommandOptions) => {
      const { globals, logger, stdout } = context();
      const format = planFormat(options.format, globals.json);
      const parallelism = parseParallelism(options.parallelism);
      const { desired, revision } = await readRepo(options);
      let observed: InventorySnapshot;
      if (options.inventory !== undefined) {
        observed = await readInventoryFile(options.inventory);
      } else {
        const appliance = await openSiteAppliance(desired.site, process.env, options.repo, logger);
        try {
          observed = await appliance.readInventory();
        } finally {
          await appliance.close();
        }
      }
      const plan = planRevision({
        desired,
        revision,
        observed,
        ledger: await openLedgerView(globals.stateDir, logger),
        options: { allowDeletions: options.allowDeletions ?? false, parallelism },
      });
      if (options.out !== undefined) await writeFile(options.out, renderPlanJson(plan));
      stdout.write(
        format === 'json'
          ? renderPlanJson(plan)
          : format === 'markdown'
            ? renderPlanMarkdown(plan)
            : renderPlanText(plan, { color: process.stdout.isTTY }),
      );
      setExitCode(options.detailedExitcode === true && plan.summary.hasChanges ? 2 : 0);
    });
};
