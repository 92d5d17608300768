import { Command, CommanderError, Option } from 'commander';
import { errorCatalog } from '../core/errors/error-catalog.js';
import { isPhoenixError, PhoenixError } from '../core/errors/phoenix-error.js';
import {
  createLogger,
  LOG_FORMATS,
  LOG_LEVELS,
  type LogFormat,
  type LogLevel,
} from '../logging/create-logger.js';
import { phoenixVersion } from './cli-version.js';
import { DEFAULT_STATE_DIR_TEXT, defaultStateDir } from './default-state-dir.js';
import {
  loadCommands,
  type CliContext,
  type ContextDefaults,
  type GlobalOptions,
  type RegisterCommand,
} from './commands/index.js';
import { chooseColor } from './views/color-choice.js';
import { Terminal } from './views/terminal.js';

interface RawGlobals {
  stateDir?: string;
  logLevel?: string;
  logFormat?: string;
  json?: boolean;
  color?: boolean;
}

function oneOf<T extends string>(
  allowed: readonly T[],
  value: string,
  where: { option: string } | { variable: string },
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new PhoenixError('CLI_INVALID_OPTION', { ...where, value, allowed });
}

const nonEmpty = (value: string | undefined): string | undefined =>
  value === undefined || value === '' ? undefined : value;

/** The global options, validated: a wrong value is a usage error naming the option, before any work starts. */
export function readGlobals(
  opts: RawGlobals,
  env: Readonly<Record<string, string | undefined>>,
  terminals: { stdoutIsTTY: boolean; stderrIsTTY: boolean },
): GlobalOptions {
  const envLevel = env['PHOENIX_LOG_LEVEL'];
  const logLevel: LogLevel =
    opts.logLevel !== undefined
      ? oneOf(LOG_LEVELS, opts.logLevel, { option: '--log-level' })
      : envLevel !== undefined && envLevel !== ''
        ? oneOf(LOG_LEVELS, envLevel, { variable: 'PHOENIX_LOG_LEVEL' })
        : 'info';
  const logFormat: LogFormat =
    opts.logFormat !== undefined
      ? oneOf(LOG_FORMATS, opts.logFormat, { option: '--log-format' })
      : terminals.stderrIsTTY
        ? 'pretty'
        : 'json';
  const noColorFlag = opts.color === false;
  return {
    stateDir: opts.stateDir ?? nonEmpty(env['PHOENIX_STATE_DIR']) ?? defaultStateDir(env),
    logLevel,
    logFormat,
    json: opts.json ?? false,
    color: chooseColor({ isTTY: terminals.stdoutIsTTY, env, noColorFlag }),
    logColor: chooseColor({ isTTY: terminals.stderrIsTTY, env, noColorFlag }),
    live: terminals.stdoutIsTTY && env['TERM'] !== 'dumb',
  };
}

/**
 * The command tree: global options and the given commands (all of them for help and for docs/reference/cli.md,
 * which is generated from it; only the one being run otherwise), each running with `context` and reporting its
 * exit code through `setExitCode`.
 */
export function buildProgram(
  setExitCode: (code: number) => void,
  commands: readonly RegisterCommand[],
): Command {
  const program = new Command('phoenix')
    .description('GitOps reconciler for bare-metal servers on HPE Synergy')
    .version(phoenixVersion(), '-V, --version', 'print the version of Phoenix')
    .option(
      '--state-dir <dir>',
      `ledger and Git cache directory (env PHOENIX_STATE_DIR; default ${DEFAULT_STATE_DIR_TEXT})`,
    )
    .addOption(
      new Option('--log-level <level>', 'log level (env PHOENIX_LOG_LEVEL; default info)').choices(
        LOG_LEVELS,
      ),
    )
    .addOption(
      new Option('--log-format <format>', 'log format (pretty on a terminal, else json)').choices(
        LOG_FORMATS,
      ),
    )
    .option('--json', 'machine-readable output on stdout, errors included')
    .option('--no-color', 'no ANSI colours (also NO_COLOR; FORCE_COLOR forces them)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  let terminal: Terminal | null = null;
  const context = (defaults: ContextDefaults = {}): CliContext => {
    const raw = program.opts<RawGlobals>();
    const globals = readGlobals(raw, process.env, {
      stdoutIsTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
    });
    terminal ??= new Terminal({ stdout: process.stdout, stderr: process.stderr });
    return {
      globals,
      logger: createLogger({
        level:
          raw.logLevel === undefined && (process.env['PHOENIX_LOG_LEVEL'] ?? '') === ''
            ? (defaults.logLevel ?? globals.logLevel)
            : globals.logLevel,
        format: globals.logFormat,
        color: globals.logColor,
        sink: terminal.writeLog,
      }),
      stdout: process.stdout,
      display: { terminal, live: globals.live, color: globals.color },
    };
  };
  for (const register of commands) register(program, context, setExitCode);
  return program;
}

/**
 * Parses argv, runs one command and returns the process exit code. The one top-level catch: error codes map to
 * exit codes, and anything that is not a PhoenixError is reported as a bug. With --json, the error is a JSON
 * object on stdout as well.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(
    (code) => {
      exitCode = code;
    },
    await loadCommands(argv),
  );

  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    const json = program.opts<RawGlobals>().json === true;
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      if (json) writeJsonError('CLI_INVALID_OPTION', error.message.replace(/^error: /, ''), {});
      return 1;
    }
    if (isPhoenixError(error)) {
      process.stderr.write(`Error ${error.code}: ${error.message}\n${formatDetails(error.details)}`);
      if (json) writeJsonError(error.code, error.message, error.details);
      return error.exitCode;
    }
    process.stderr.write(
      `Error INTERNAL_UNEXPECTED: this is a bug in Phoenix.\n${String((error as Error)?.stack ?? error)}\n`,
    );
    if (json) writeJsonError('INTERNAL_UNEXPECTED', errorCatalog.INTERNAL_UNEXPECTED.message, {});
    return 1;
  }
}

function writeJsonError(
  code: keyof typeof errorCatalog,
  message: string,
  details: Readonly<Record<string, unknown>>,
): void {
  const error = { code, message, details, hint: errorCatalog[code].hint };
  process.stdout.write(`${JSON.stringify({ error }, null, 2)}\n`);
}

function formatDetails(details: Readonly<Record<string, unknown>>): string {
  return Object.entries(details)
    .map(([key, value]) => {
      if (key === 'diagnostics' && Array.isArray(value))
        return (value as unknown[]).map(formatDiagnostic).join('');
      return `  ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}\n`;
    })
    .join('');
}

function formatDiagnostic(value: unknown): string {
  const d = value as {
    file?: string;
    line?: number;
    column?: number;
    severity?: string;
    code?: string;
    message?: string;
  };
  return `  ${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}\n`;
}
