import type { Command } from 'commander';
import type { Logger, LogFormat, LogLevel } from '../../logging/create-logger.js';
import type { Display } from '../views/terminal.js';

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

/** What a command may change in its context: a log level of its own when the operator chose none. */
export interface ContextDefaults {
  readonly logLevel?: LogLevel;
}

/** One file per command under cli/commands registers it on the program. */
export type RegisterCommand = (
  program: Command,
  context: (defaults?: ContextDefaults) => CliContext,
  setExitCode: (code: number) => void,
) => void;

/**
 * Each top-level command name and how to load the one file that registers it. The CLI loads only the command it
 * runs, so that starting it does not load every library (isomorphic-git, fastify, ajv...) every command uses;
 * `all-commands.ts` lists them all, in help order, for help and the generated reference.
 */
export const COMMAND_LOADERS: Readonly<Record<string, () => Promise<RegisterCommand>>> = {
  validate: async () => (await import('./validate.js')).registerValidate,
  plan: async () => (await import('./plan.js')).registerPlan,
  apply: async () => (await import('./apply.js')).registerApply,
  rollback: async () => (await import('./rollback.js')).registerRollback,
  rebuild: async () => (await import('./rebuild.js')).registerRebuild,
  ledger: async () => (await import('./ledger.js')).registerLedger,
  quarantine: async () => (await import('./quarantine.js')).registerQuarantine,
  status: async () => (await import('./status.js')).registerStatus,
  describe: async () => (await import('./describe.js')).registerDescribe,
  history: async () => (await import('./status.js')).registerHistory,
  demo: async () => (await import('./demo.js')).registerDemo,
  inventory: async () => (await import('./inventory-export.js')).registerInventoryExport,
  import: async () => (await import('./import.js')).registerImport,
  simulator: async () => (await import('./simulator.js')).registerSimulator,
  sync: async () => (await import('./sync.js')).registerSync,
  suspend: async () => (await import('./daemon-control.js')).registerDaemonControl,
  resume: async () => (await import('./daemon-control.js')).registerDaemonControl,
  reconcile: async () => (await import('./daemon-control.js')).registerDaemonControl,
  healthcheck: async () => (await import('./healthcheck.js')).registerHealthcheck,
  comment: async () => (await import('./comment.js')).registerComment,
  // Help and a completion script describe every command: these load them all.
  help: async () => {
    const { ALL_COMMANDS } = await import('./all-commands.js');
    return (program, context, setExitCode) => {
      for (const register of ALL_COMMANDS) register(program, context, setExitCode);
    };
  },
  completion: async () => {
    const { ALL_COMMANDS } = await import('./all-commands.js');
    return (program, context, setExitCode) => {
      for (const register of ALL_COMMANDS) register(program, context, setExitCode);
    };
  },
};

/** Global options that take a value: the word after them is not the command's name. */
const VALUED_GLOBALS = new Set(['--state-dir', '--log-level', '--log-format']);

/** The command name in argv (after node and the script), or null when there is none (help, a bare call). */
export function commandNameOf(argv: readonly string[]): string | null {
  for (let i = 2; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') return argv[i + 1] ?? null;
    if (!word.startsWith('-')) return word;
    if (VALUED_GLOBALS.has(word)) i += 1;
  }
  return null;
}

/** The registrations needed for argv: only its command's when it names a known one, otherwise all of them. */
export async function loadCommands(argv: readonly string[]): Promise<readonly RegisterCommand[]> {
  const name = commandNameOf(argv);
  const load = name === null ? undefined : COMMAND_LOADERS[name];
  if (load !== undefined) return [await load()];
  return (await import('./all-commands.js')).ALL_COMMANDS;
}
