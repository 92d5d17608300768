/** What a secret reads as anywhere it could leak: logs, JSON, error messages, `util.inspect`. */
export const REDACTED = '[REDACTED]';

/** Node's `util.inspect` hook, named without importing node:util (core has no node: imports). */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Something that holds a secret and cannot leak it by accident: string conversion, JSON and util.inspect all
 * print the mask. Subclasses give the value out only where it goes on the wire.
 */
export abstract class Masked {
  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [INSPECT](): string {
    return REDACTED;
  }
}

/** One secret value (password, session token). Only `reveal()` gives the value, at the point of use. */
export class Secret extends Masked {
  readonly #value: string;

  constructor(value: string) {
    super();
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }
}
