import type { RegisterCommand } from './index.js';
import { registerImport } from './import.js';
import { registerInventoryExport } from './inventory-export.js';
import { registerValidate } from './validate.js';
import { registerSimulator } from './simulator.js';
import { registerApply } from './apply.js';
import { registerDemo } from './demo.js';
import { registerDescribe } from './describe.js';
import { registerPlan } from './plan.js';
import { registerRollback } from './rollback.js';
import { registerRebuild } from './rebuild.js';
import { registerLedger } from './ledger.js';
import { registerQuarantine } from './quarantine.js';
import { registerHistory, registerStatus } from './status.js';
import { registerSync } from './sync.js';
import { registerHealthcheck } from './healthcheck.js';
import { registerDaemonControl } from './daemon-control.js';
import { registerComment } from './comment.js';
import { registerCompletion } from './completion.js';
import { registerHelp } from './help.js';

/**
 * Every command, in the order help lists them. A new command goes here and into COMMAND_LOADERS (index.ts),
 * which loads only the command being run; a test keeps the two in step.
 */
export const ALL_COMMANDS: readonly RegisterCommand[] = [
  registerValidate,
  registerPlan,
  registerApply,
  registerRollback,
  registerRebuild,
  registerLedger,
  registerQuarantine,
  registerStatus,
  registerDescribe,
  registerHistory,
  registerDemo,
  registerInventoryExport,
  registerImport,
  registerSimulator,
  registerSync,
  registerDaemonControl,
  registerHealthcheck,
  registerComment,
  registerCompletion,
  registerHelp,
];
