import type { VerifyCheck } from '../../core/desired/desired-state.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { CheckResult, CheckTarget, Checks, ProbeOptions } from '../../ports/checks.js';
import type { Clock } from '../../ports/clock.js';

/** A probe beyond the declared checks, e.g. the implicit OneView check. */
export interface ReadinessProbe {
  readonly name: string;
  run(options: ProbeOptions): Promise<CheckResult>;
  /** The declared check it runs, if any: what decides whether a failure can ever clear. */
  readonly check?: VerifyCheck;
}

/** A probe whose failures so far say it can never pass: what it could not reach, since when. */
export interface HopelessProbe {
  readonly check: string;
  readonly failure: string;
  readonly detail: string;
  readonly rounds: number;
}

/** Rounds of a failure that cannot clear by itself before the wait warns about it. */
export const HOPELESS_WARNING_ROUNDS = 3;

/** One round of probes, for progress views and logs. */
export interface VerifyRound {
  readonly round: number;
  readonly at: number;
  readonly results: readonly CheckResult[];
  /** Since when every probe has passed without interruption; null when one failed this round. */
  readonly passingSince: number | null;
}

export interface WaitOptions {
  readonly checks: Checks;
  readonly clock: Clock;
  /** Every probe must pass continuously this long. */
  readonly stableForMs: number;
  /** The node fails verify when it is not Ready after this long. */
  readonly timeoutMs: number;
  /** Pause between rounds of probes; default 5 s. */
  readonly intervalMs?: number;
  /** Limit of one probe; default 10 s, cut to the remaining time (but at least 1 s, or this limit if less). */
  readonly attemptTimeoutMs?: number;
  readonly signal?: AbortSignal;
  readonly extraProbes?: readonly ReadinessProbe[];
  readonly onRound?: (round: VerifyRound) => void;
  /**
   * Called once per check when it has failed HOPELESS_WARNING_ROUNDS rounds in a row for a reason the node cannot
   * clear (the check's own service is down or unreachable, a name does not resolve, the check is misdeclared).
   */
  readonly onHopeless?: (probe: HopelessProbe) => void;
}

export interface ReadyReport {
  readonly node: string;
  readonly rounds: number;
  /** From the start of the wait until the node was Ready. */
  readonly elapsedMs: number;
  readonly results: readonly CheckResult[];
}

export const DEFAULT_VERIFY_INTERVAL_MS = 5_000;
export const DEFAULT_PROBE_TIMEOUT_MS = 10_000;
/** The least time a probe gets, also in the last round at the deadline. */
export const MIN_PROBE_TIMEOUT_MS = 1_000;

/**
 * A failure the node cannot clear by booting: Consul itself refused or could not be reached or answered with
 * errors (for a consul check), a host name that does not resolve, a check declared wrong. A refused TCP or HTTP
 * port of the node is not: it opens when the node's service starts.
 */
export function isHopeless(check: VerifyCheck | undefined, result: CheckResult): boolean {
  if (result.passed) return false;
  if (result.failure === 'misconfigured') return true;
  if (result.failure === 'unreachable' && /ENOTFOUND|EAI_AGAIN/.test(result.detail)) return true;
  return (
    check?.type === 'consul' &&
    (result.failure === 'refused' || result.failure === 'unreachable' || result.failure === 'consul-error')
  );
}

function failing(results: readonly CheckResult[]): { check: string; failure: string; detail: string }[] {
  return results.flatMap((r) => (r.passed ? [] : [{ check: r.check, failure: r.failure, detail: r.detail }]));
}

/**
 * Probes a node's checks in rounds until all of them have passed continuously for `stableForMs`, and returns;
 * throws APPLY_VERIFY_TIMEOUT (with the checks that failed last) when that does not happen within `timeoutMs`.
 * Time is the injected clock's: nothing here reads the wall clock. An aborted signal rejects with its reason.
 */
export async function waitUntilReady(
  target: CheckTarget,
  checks: readonly VerifyCheck[],
  options: WaitOptions,
): Promise<ReadyReport> {
  const { clock, signal } = options;
  const intervalMs = Math.max(1, options.intervalMs ?? DEFAULT_VERIFY_INTERVAL_MS);
  const attemptLimit = Math.max(1, options.attemptTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS);
  const probes: ReadinessProbe[] = [
    ...(options.extraProbes ?? []),
    ...checks.map((check) => ({
      name: check.name,
      check,
      run: (probeOptions: ProbeOptions) => options.checks.probe(target, check, probeOptions),
    })),
  ];
  // Per probe: consecutive rounds whose failure the node cannot clear, and whether that was said already.
  const hopeless = probes.map(() => ({ rounds: 0, warned: false, last: null as CheckResult | null }));
  const start = clock.now();
  const deadline = start + options.timeoutMs;
  let passingSince: number | null = null;
  for (let round = 1; ; round++) {
    signal?.throwIfAborted();
    const roundAt = clock.now();
    const timeoutMs = Math.min(attemptLimit, Math.max(MIN_PROBE_TIMEOUT_MS, deadline - roundAt));
    const probeOptions: ProbeOptions = signal === undefined ? { timeoutMs } : { timeoutMs, signal };
    const results = await Promise.all(probes.map((probe) => probe.run(probeOptions)));
    const now = clock.now();
    results.forEach((result, index) => {
      const state = hopeless[index]!;
      state.rounds = isHopeless(probes[index]!.check, result) ? state.rounds + 1 : 0;
      state.last = result;
      if (state.rounds >= HOPELESS_WARNING_ROUNDS && !state.warned && !result.passed) {
        state.warned = true;
        options.onHopeless?.({
          check: result.check,
          failure: result.failure,
          detail: result.detail,
          rounds: round,
        });
      }
    });
    passingSince = results.every((r) => r.passed) ? (passingSince ?? roundAt) : null;
    options.onRound?.({ round, at: now, results, passingSince });
    if (passingSince !== null && now - passingSince >= options.stableForMs)
      return { node: target.node, rounds: round, elapsedMs: now - start, results };
    if (now >= deadline) {
      // Every round failed for a reason the node could not clear: say that, and do not blame the hardware.
      const never = hopeless.findIndex((h) => h.rounds === round);
      const cause = never === -1 ? null : hopeless[never]!.last;
      if (cause !== null && !cause.passed)
        throw new PhoenixError('VERIFY_CHECK_UNREACHABLE', {
          node: target.node,
          check: cause.check,
          failure: cause.failure,
          detail: cause.detail,
          rounds: round,
          message: `Check ${cause.check} failed in all ${round} rounds: ${cause.failure} (${cause.detail}).`,
        });
      throw new PhoenixError('APPLY_VERIFY_TIMEOUT', {
        node: target.node,
        timeoutMs: options.timeoutMs,
        stableForMs: options.stableForMs,
        rounds: round,
        passingForMs: passingSince === null ? 0 : now - passingSince,
        failing: failing(results),
      });
    }
    let waitMs = Math.min(intervalMs, deadline - now);
    if (passingSince !== null) waitMs = Math.min(waitMs, passingSince + options.stableForMs - now);
    await clock.sleep(Math.max(1, waitMs), signal);
  }
}
