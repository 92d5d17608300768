import { Command, CommanderError } from 'commander';
import { isPhoenixError } from '../core/errors/phoenix-error.js';
import { createLogger, type LogFormat } from '../logging/create-logger.js';
import { loadCommands, type CliContext, type GlobalOptions, type RegisterCommand } from './commands/index.js';

function readGlobals(program: Command): GlobalOptions {
  const opts = program.opts<{
    stateDir?: string;
    logLevel?: string;
    logFormat?: LogFormat;
    json?: boolean;
  }>();
  return {
    stateDir: opts.stateDir ?? process.env['PHOENIX_STATE_DIR'] ?? '.phoenix',
    logLevel: opts.logLevel ?? process.env['PHOENIX_LOG_LEVEL'] ?? 'info',
    logFormat: opts.logFormat ?? (process.stderr.isTTY ? 'pretty' : 'json'),
    json: opts.json ?? false,
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
    .option('--state-dir <dir>', 'ledger and cache directory (env PHOENIX_STATE_DIR)')
    .option('--log-level <level>', 'fatal, error, warn, info, debug or trace', undefined)
    .option('--log-format <format>', 'json or pretty (pretty on a terminal by default)')
    .option('--json', 'machine-readable output on stdout')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  const context = (): CliContext => {
    const globals = readGlobals(program);
    return {
      globals,
      logger: createLogger({ level: globals.logLevel, format: globals.logFormat }),
      stdout: process.stdout,
    };
  };
  for (const register of commands) register(program, context, setExitCode);
  return program;
}

/**
 * Parses argv, runs one command and returns the process exit code. The one top-level catch: error codes map to
 * exit codes, and anything that is not a PhoenixError is reported as a bug.
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
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    if (isPhoenixError(error)) {
      process.stderr.write(`Error ${error.code}: ${error.message}\n${formatDetails(error.details)}`);
      return error.exitCode;
    }
    process.stderr.write(
      `Error INTERNAL_UNEXPECTED: this is a bug in Phoenix.\n${String((error as Error)?.stack ?? error)}\n`,
    );
    return 1;
  }
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
