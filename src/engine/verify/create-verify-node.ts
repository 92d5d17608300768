import type { Logger } from '../../ports/logger.js';
import type { Appliance } from '../../ports/appliance.js';
import type { Checks } from '../../ports/checks.js';
import type { Clock } from '../../ports/clock.js';
import type { VerifyNode } from '../apply/apply-deps.js';
import { oneviewReadyProbe } from './oneview-ready-probe.js';
import { waitUntilReady } from './wait-until-ready.js';

export interface VerifyDeps {
  readonly appliance: Appliance;
  readonly checks: Checks;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly intervalMs?: number;
  readonly attemptTimeoutMs?: number;
}

/**
 * The executor's verify step: the implicit OneView check plus the node's declared checks, all passing for the
 * step's `stableForMs` within its `timeoutMs` (else APPLY_VERIFY_TIMEOUT, or VERIFY_CHECK_UNREACHABLE when a check
 * could not reach what it asks for in any round). A check failing for such a reason is logged as a warning early.
 */
export function createVerifyNode(deps: VerifyDeps): VerifyNode {
  return async (node, step, signal) => {
    const report = await waitUntilReady(
      { node: node.name, consulNodeName: step.consulNodeName },
      step.checks,
      {
        checks: deps.checks,
        clock: deps.clock,
        stableForMs: step.stableForMs,
        timeoutMs: step.timeoutMs,
        signal,
        extraProbes: [oneviewReadyProbe(deps.appliance, step)],
        ...(deps.intervalMs === undefined ? {} : { intervalMs: deps.intervalMs }),
        ...(deps.attemptTimeoutMs === undefined ? {} : { attemptTimeoutMs: deps.attemptTimeoutMs }),
        onRound: (round) =>
          deps.logger.debug(
            {
              node: node.name,
              round: round.round,
              failing: round.results.filter((r) => !r.passed).map((r) => r.check),
              passingSince: round.passingSince,
            },
            'verify round',
          ),
        onHopeless: (probe) =>
          deps.logger.warn(
            {
              node: node.name,
              check: probe.check,
              failure: probe.failure,
              detail: probe.detail,
              rounds: probe.rounds,
            },
            'a verify check fails for a reason the node cannot clear; the node cannot become Ready until it is fixed',
          ),
      },
    );
    deps.logger.info({ node: node.name, rounds: report.rounds, elapsedMs: report.elapsedMs }, 'node ready');
  };
}
