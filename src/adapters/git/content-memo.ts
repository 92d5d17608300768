import type { ContentMemo } from '../../ports/declaration-source.js';

/**
 * A memo of two generations: the values of the read under way and those of the read before it. A value the
 * current read asks for moves into its generation; `settle` drops the older generation, so what one read left
 * unused is gone after the next and the memo never holds more than two reads' worth.
 */
export class GenerationMemo implements ContentMemo {
  #current = new Map<string, unknown>();
  #previous = new Map<string, unknown>();

  get(key: string): unknown {
    const current = this.#current.get(key);
    if (current !== undefined) return current;
    const previous = this.#previous.get(key);
    if (previous !== undefined) this.#current.set(key, previous);
    return previous;
  }

  set(key: string, value: unknown): void {
    this.#current.set(key, value);
  }

  settle(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }
}
