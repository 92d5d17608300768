/** An object larger than this share of the budget is not kept, so one large object cannot flush the rest. */
const LARGEST_SHARE = 4;

interface Kept<V> {
  readonly value: V;
  bytes: number;
}

/**
 * Values by key within a budget of bytes, the least recently used dropped first (a Map iterates in insertion
 * order; a hit moves its key to the end). A value can be added before its size is known (a read still in flight)
 * and sized once it is; a value larger than a quarter of the budget is not kept.
 */
export class ByteBudgetLru<V> {
  readonly #budget: number;
  readonly #entries = new Map<number, Kept<V>>();
  #bytes = 0;

  constructor(budget: number) {
    this.#budget = budget;
  }

  get(key: number): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` of `bytes`. */
  set(key: number, value: V, bytes: number): void {
    this.add(key, value);
    this.sized(key, value, bytes);
  }

  /** Keeps `value`, whose size is not known yet: it counts for nothing until `sized`. */
  add(key: number, value: V): void {
    this.#forget(key);
    this.#entries.set(key, { value, bytes: 0 });
  }

  /** Records the size of `value`, then drops the least recently used values over the budget. */
  sized(key: number, value: V, bytes: number): void {
    const entry = this.#entries.get(key);
    if (entry?.value !== value) return;
    if (bytes * LARGEST_SHARE > this.#budget) {
      this.#forget(key);
      return;
    }
    entry.bytes = bytes;
    this.#bytes += bytes;
    for (const oldKey of this.#entries.keys()) {
      if (this.#bytes <= this.#budget) break;
      this.#forget(oldKey);
    }
  }

  /** Forgets `value` (a read that failed), unless another value has taken its key since. */
  drop(key: number, value: V): void {
    if (this.#entries.get(key)?.value === value) this.#forget(key);
  }

  #forget(key: number): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}
