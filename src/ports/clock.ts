/** Time, injected so that tests and the simulator's fast mode never wait on the wall clock. */
export interface Clock {
  /** Milliseconds since the epoch, for deadlines and elapsed time: what waits and timeouts are measured on. */
  now(): number;
  /**
   * Wall-clock milliseconds since the epoch, for what is recorded or shown as a time of day (ledger records, run
   * and pass times). Absent, or the same as `now()`, except on a clock that runs faster than the wall clock, such
   * as the demo's: its `now()` is simulated time, and a record dated by it would lie in the future.
   */
  wallNow?(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
