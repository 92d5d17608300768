import { createRequire } from 'node:module';
import { pino, type DestinationStream } from 'pino';
import type * as PinoPretty from 'pino-pretty';
import { REDACTED } from '../core/secret/secret.js';
import type { Logger } from '../ports/logger.js';
import type { LogFormat } from './log-options.js';

/** The composition roots take the logger port from here with its factory; other layers import the port. */
export { childLogger, type Logger } from '../ports/logger.js';

export { LOG_FORMATS, LOG_LEVELS, type LogFormat, type LogLevel } from './log-options.js';

const require = createRequire(import.meta.url);

/**
 * The pretty format, for a terminal. pino-pretty is loaded when the first line is written, not at start: a
 * command that logs nothing, or logs JSON (a pipe, a service, CI), never loads it (docs/guides/performance.md).
 */
function prettyPrinter(color: boolean): (line: string) => string {
  let format: ((line: string) => string) | null = null;
  return (line) => {
    format ??= (require('pino-pretty') as typeof PinoPretty).prettyFactory({
      colorize: color,
      translateTime: 'SYS:HH:MM:ss.l',
    });
    return format(line);
  };
}

export interface LoggerOptions {
  readonly level?: string;
  /** json by default; pretty is meant for a terminal. */
  readonly format?: LogFormat;
  /** Colours in pretty lines; off by default. */
  readonly color?: boolean;
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
  if (options.format === 'pretty') {
    const pretty = prettyPrinter(options.color ?? false);
    return pino(base, { write: (line: string) => sink(pretty(line)) });
  }
  if (options.sink) return pino(base, { write: options.sink });
  return pino(base, pino.destination({ dest: 2, sync: true }));
}

/** A logger that discards everything, for library callers and tests that do not look at logs. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
