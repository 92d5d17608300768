import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

/** The logger every layer receives. Constant messages; variable data as fields; errors under `err`. */
export type Logger = PinoLogger;

export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  readonly level?: string;
  /** json by default; pretty is meant for a terminal. */
  readonly format?: LogFormat;
  /** Where lines go; stderr by default (stdout belongs to the command's own output). */
  readonly destination?: DestinationStream;
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

export const REDACTED = '[REDACTED]';

export function createLogger(options: LoggerOptions = {}): Logger {
  const base = {
    level: options.level ?? 'info',
    base: null,
    redact: { paths: redactPaths(), censor: REDACTED },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  if (options.destination) return pino(base, options.destination);
  if (options.format === 'pretty') {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { destination: 2, colorize: true, translateTime: 'SYS:HH:MM:ss.l' },
      },
    });
  }
  return pino(base, pino.destination({ dest: 2, sync: true }));
}

/**
 * A child logger bound to those of `fields` that `logger` does not already carry with the same value: pino
 * repeats a key bound twice, and a JSON line with a duplicate key reads differently from one parser to the next.
 */
export function childLogger(logger: Logger, fields: Readonly<Record<string, unknown>>): Logger {
  const bound = logger.bindings();
  return logger.child(
    Object.fromEntries(Object.entries(fields).filter(([key, value]) => bound[key] !== value)),
  );
}

/** A logger that discards everything, for library callers and tests that do not look at logs. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
