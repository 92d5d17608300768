import { createRequire } from 'node:module';
import type * as Pino from 'pino';
import type * as PinoPretty from 'pino-pretty';
import { REDACTED } from '../core/secret/secret.js';
import type { Logger, LogMethod } from '../ports/logger.js';

/** The composition roots take the logger port from here with its factory; other layers import the port. */
export { childLogger, type Logger } from '../ports/logger.js';

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const require = createRequire(import.meta.url);

/**
 * pino, loaded when a logger first writes a line or makes a child, not when the module loads: a command that
 * never logs (validate of a working tree) never loads it (docs/guides/performance.md, "CLI start").
 */
const loadPino = (): typeof Pino.pino => (require('pino') as typeof Pino).pino;

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
  readonly destination?: Pino.DestinationStream;
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

/** A logger that builds the real one (`make`) on its first use. */
function onFirstUse(make: () => Logger): Logger {
  let logger: Logger | null = null;
  const real = (): Logger => (logger ??= make());
  const method =
    (level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal'): LogMethod =>
    (...args: unknown[]) => {
      const target = real();
      Reflect.apply(target[level], target, args);
    };
  return {
    trace: method('trace'),
    debug: method('debug'),
    info: method('info'),
    warn: method('warn'),
    error: method('error'),
    fatal: method('fatal'),
    child: (bindings) => real().child(bindings),
    bindings: () => real().bindings(),
  };
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return onFirstUse(() => {
    const pino = loadPino();
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
  });
}

/** A logger that discards everything, for library callers and tests that do not look at logs. */
export function createSilentLogger(): Logger {
  return onFirstUse(() => loadPino()({ level: 'silent' }));
}
