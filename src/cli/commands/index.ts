import type { Command } from 'commander';
import type { Logger, LogFormat, LogLevel } from '../../logging/create-logger.js';
import type { Display } from '../views/terminal.js';
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
import { registerQuarantine } from './quarantine.js';
import { registerHistory, registerStatus } from './status.js';
import { registerSync } from './sync.js';
import { registerHealthcheck } from './healthcheck.js';
import { registerDaemonControl } from './daemon-control.js';

export interface GlobalOptions {
  readonly stateDir: string;
  readonly logLevel: LogLevel;
  readonly logFormat: LogFormat;
  readonly json: boolean;
  /** ANSI colours on stdout (no-color.org, FORCE_COLOR, --no-color). */
  readonly color: boolean;
  /** ANSI colours in pretty log lines on stderr. */
  readonly logColor: boolean;
  /** stdout is a terminal that can redraw a live progress display. */
  readonly live: boolean;
}

/** What every command receives when it runs. */
export interface CliContext {
  readonly globals: GlobalOptions;
  readonly logger: Logger;
  readonly stdout: NodeJS.WritableStream;
  /** stdout and stderr as a person sees them: log lines and the live progress display take turns. */
  readonly display: Display;
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
  registerQuarantine,
  registerStatus,
  registerHistory,
  registerDemo,
  registerInventoryExport,
  registerImport,
  registerSimulator,
  registerSync,
  registerDaemonControl,
  registerHealthcheck,
];
