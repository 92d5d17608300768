/** Delivery ids seen lately (bounded, oldest forgotten first): a delivery replayed with the same id is ignored. */
export class DeliveryLog {
  readonly #seen = new Set<string>();
  readonly #capacity: number;

  constructor(capacity = 10_000) {
    this.#capacity = capacity;
  }

  /** Records the id; false when it was already seen. */
  record(id: string): boolean {
    if (this.#seen.has(id)) return false;
    this.#seen.add(id);
    if (this.#seen.size > this.#capacity) {
      const oldest = this.#seen.values().next().value;
      if (oldest !== undefined) this.#seen.delete(oldest);
    }
    return true;
  }
}
