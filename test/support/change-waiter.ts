/**
 * Lets a test wait until a condition holds, checking it again each time the code under test reports a change
 * through a callback the test gave it, instead of polling on a timer. The wait is bounded by the test's timeout.
 */
export class ChangeWaiter {
  #waiting: (() => void)[] = [];

  /** Hand this to the code under test as (or inside) its change callback. */
  readonly changed = (): void => {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const wake of waiting) wake();
  };

  /** Resolves once `check` holds: at once, or after a reported change. */
  async until(check: () => boolean): Promise<void> {
    while (!check()) await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }
}
