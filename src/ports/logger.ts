/**
 * The logger every layer receives: leveled methods taking fields, then a constant message (variable data goes in
 * the fields, errors under `err`). Only `src/logging` knows the library behind it.
 */
export interface LogMethod {
  (fields: object, message: string): void;
  (message: string): void;
}

export interface Logger {
  readonly trace: LogMethod;
  readonly debug: LogMethod;
  readonly info: LogMethod;
  readonly warn: LogMethod;
  readonly error: LogMethod;
  readonly fatal: LogMethod;
  /** A logger whose every line also carries `bindings`. */
  child(bindings: Readonly<Record<string, unknown>>): Logger;
  /** The fields this logger binds to every line. */
  bindings(): Readonly<Record<string, unknown>>;
}

/**
 * A child logger bound to those of `fields` that `logger` does not already carry with the same value: a key bound
 * twice would appear twice on a line, and a JSON line with a duplicate key reads differently from one parser to
 * the next.
 */
export function childLogger(logger: Logger, fields: Readonly<Record<string, unknown>>): Logger {
  const bound = logger.bindings();
  return logger.child(
    Object.fromEntries(Object.entries(fields).filter(([key, value]) => bound[key] !== value)),
  );
}
