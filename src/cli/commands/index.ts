import type { Command } from 'commander';
import type { Logger, LogFormat } from '../../logging/create-logger.js';
import { registerImport } from './import.js';
import { registerInventoryExport } from './inventory-export.js';
import { registerValidate } from './validate.js';
import { registerSimulator } from './simulator.js';
import { registerApply } from './apply.js';
import { registerDemo } from './demo.js';
import { registerPlan } from './plan.js';
import { registerRollback } from './rollback.js';
import { registerRebuild } from './rebuild.js';
import { registerLedger } from './ledger.js';
import { registerHistory, registerStatus } from './status.js';
import { registerSync } from './sync.js';

export interface GlobalOptions {
  readonly stateDir: string;
  readonly logLevel: string;
  readonly logFormat: LogFormat;
  readonly json: boolean;
}

/** What every command receives when it runs. */
export interface CliContext {
  readonly globals: GlobalOptions;
  readonly logger: Logger;
  readonly stdout: NodeJS.WritableStream;
}

/** One file per command under cli/commands registers it on the program. */
export type RegisterCommand = (
  program: Command,
  context: () => CliContext,
  setExitCode: (code: number) => void,
) => void;

export const commands: readonly RegisterCommand[] = [
  registerValidate,
  registerPlan,
  registerApply,
  registerRollback,
  registerRebuild,
  registerLedger,
  registerStatus,
  registerHistory,
  registerDemo,
  registerInventoryExport,
  registerImport,
  registerSimulator,
  registerSync,
];
