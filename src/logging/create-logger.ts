import { pino, type DestinationStream } from 'pino';
import { REDACTED } from '../core/secret/secret.js';
import type { Logger } from '../ports/logger.js';

/** The composition roots take the logger port from here with its factory; other layers import the port. */
export { childLogger, type Logger } from '../ports/logger.js';

export { LOG_FORMATS, LOG_LEVELS, type LogFormat, type LogLevel } from './log-options.js';

/** Turns one JSON log line into the lines a person reads on a terminal. */
export type PrettyPrinter = (line: string) => string;

/**
 * The pretty format, for a terminal. pino-pretty is loaded here, when a process first logs for a person, and not
 * at start: a process that logs JSON (a pipe, a service, CI) never loads it (docs/guides/performance.md).
 */
export async function loadPrettyPrinter(options: { readonly color: boolean }): Promise<PrettyPrinter> {
  const { prettyFactory } = await import('pino-pretty');
  return prettyFactory({ colorize: options.color, translateTime: 'SYS:HH:MM:ss.l' });
}

export interface LoggerOptions {
  readonly level?: string;
  /** Lines in the pretty format (loadPrettyPrinter), for a terminal; JSON lines without it. */
  readonly pretty?: PrettyPrinter;
  /** Where lines go; stderr by default (stdout belongs to the command's own output). */
  readonly destination?: DestinationStream;
  /**
   * Receives each formatted line, synchronously, instead of a destination stream: the CLI writes logs through its
   * terminal so that they never cut through the live progress display.
   */
  readonly sink?: (text: string) => void;
}

/** Keys whose values are secrets wherever they appear (up to four levels deep). */
export const SECRET_KEYS = [
  'password',
  'passwd',
  'auth',
  'authorization',
  'sessionID',
  'sessionId',
  'session-id',
  'token',
  'accessToken',
  'controlToken',
  'secret',
  'webhookSecret',
  'privateKey',
  'x-hub-signature-256',
  'x-gitlab-token',
  'cookie',
] as const;

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const key of SECRET_KEYS) {
    const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
    const dot = k.startsWith('[') ? '' : '.';
    paths.push(k, `*${dot}${k}`, `*.*${dot}${k}`, `*.*.*${dot}${k}`);
  }
  return paths;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const base = {
    level: options.level ?? 'info',
    base: null,
    redact: { paths: redactPaths(), censor: REDACTED },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  if (options.destination) return pino(base, options.destination);
  const sink = options.sink ?? ((text: string) => void process.stderr.write(text));
  const pretty = options.pretty;
  if (pretty !== undefined) return pino(base, { write: (line: string) => sink(pretty(line)) });
  if (options.sink) return pino(base, { write: options.sink });
  return pino(base, pino.destination({ dest: 2, sync: true }));
}

/** A logger that discards everything, for library callers and tests that do not look at logs. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
