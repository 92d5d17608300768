/** Requests sent to an appliance, counted per path (query string left out), for benchmarks and diagnostics. */
export class RequestStats {
  #total = 0;
  readonly #byPath = new Map<string, number>();

  record(path: string): void {
    const key = path.split('?')[0] ?? path;
    this.#total++;
    this.#byPath.set(key, (this.#byPath.get(key) ?? 0) + 1);
  }

  get total(): number {
    return this.#total;
  }

  byPath(): Readonly<Record<string, number>> {
    return Object.fromEntries([...this.#byPath.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  reset(): void {
    this.#total = 0;
    this.#byPath.clear();
  }
}
