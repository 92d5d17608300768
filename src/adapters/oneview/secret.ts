import { inspect } from 'node:util';

const MASK = '[REDACTED]';

/**
 * A secret value (password, session token) that cannot leak by accident: string conversion, JSON and
 * util.inspect all print a mask. Only `reveal()` gives the value, at the point where it goes on the wire.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return MASK;
  }

  toJSON(): string {
    return MASK;
  }

  [inspect.custom](): string {
    return MASK;
  }
}
