/**
 * Since when each origin (the appliance, its Image Streamer) has answered nothing but 503, shared by every
 * request to it: the unavailability budget is spent once per outage, not once per request, so a run against an
 * appliance that stays down gives up after the budget instead of waiting it out again for every call.
 */
export class OutageTracker {
  readonly #since = new Map<string, number>();

  /** Records a 503 at `now`; returns when the outage began. */
  unavailable(origin: string, now: number): number {
    const since = this.#since.get(origin);
    if (since !== undefined) return since;
    this.#since.set(origin, now);
    return now;
  }

  /** Any other answer ends the outage. */
  available(origin: string): void {
    this.#since.delete(origin);
  }
}
