import { describe, expect, it } from 'vitest';
import type { VerifyCheck } from '../../../../src/core/desired/desired-state.js';
import {
  HOPELESS_WARNING_ROUNDS,
  waitUntilReady,
  type HopelessProbe,
  type VerifyRound,
} from '../../../../src/engine/verify/wait-until-ready.js';
import type { CheckResult, CheckTarget, Checks } from '../../../../src/ports/checks.js';
import { ManualClock } from '../../../support/manual-clock.js';

const target: CheckTarget = { node: 'k8s-w-01', consulNodeName: 'k8s-w-01.dc1.example.org' };
const consul: VerifyCheck = { name: 'consul', type: 'consul', service: null };
const kubelet: VerifyCheck = { name: 'kubelet', type: 'consul', service: 'kubelet' };

/**
 * Checks whose answers follow a timeline on the manual clock: `passingFrom[check]` lists [from, until) windows
 * of clock time (relative to the start) during which that check passes.
 */
function timelineChecks(
  clock: ManualClock,
  windows: Record<string, [number, number][]>,
): Checks & {
  probes: { check: string; at: number; timeoutMs: number }[];
} {
  const start = clock.now();
  const probes: { check: string; at: number; timeoutMs: number }[] = [];
  return {
    probes,
    probe(_target, check, options) {
      const at = clock.now() - start;
      probes.push({ check: check.name, at, timeoutMs: options.timeoutMs });
      const passing = (windows[check.name] ?? []).some(([from, until]) => at >= from && at < until);
      const result: CheckResult = passing
        ? { check: check.name, passed: true, detail: 'ok' }
        : { check: check.name, passed: false, failure: 'not-registered', detail: 'not in the catalog' };
      return Promise.resolve(result);
    },
  };
}

const FOREVER = Number.MAX_SAFE_INTEGER;

describe('waitUntilReady', () => {
  it('is Ready once every check has passed for stableFor', async () => {
    const clock = new ManualClock();
    const checks = timelineChecks(clock, { consul: [[20_000, FOREVER]], kubelet: [[30_000, FOREVER]] });
    const report = await clock.runUntilSettled(
      waitUntilReady(target, [consul, kubelet], {
        checks,
        clock,
        stableForMs: 30_000,
        timeoutMs: 600_000,
        intervalMs: 5_000,
      }),
    );
    expect(report).toMatchObject({ node: 'k8s-w-01', elapsedMs: 60_000 });
    // Both pass from 30 s on; 30 s later they have been stable for 30 s.
    expect(report.rounds).toBe(13);
    expect(
      checks.probes
        .filter((p) => p.check === 'kubelet')
        .map((p) => p.at)
        .at(-1),
    ).toBe(60_000);
  });

  it('is Ready when the last round of the stable window passes exactly at its end', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    const checks = timelineChecks(clock, { consul: [[0, FOREVER]] });
    const rounds: VerifyRound[] = [];
    const report = await clock.runUntilSettled(
      waitUntilReady(target, [consul], {
        checks,
        clock,
        stableForMs: 10_000,
        timeoutMs: 120_000,
        intervalMs: 5_000,
        onRound: (r) => rounds.push(r),
      }),
    );
    expect(report.elapsedMs).toBe(10_000);
    expect(rounds.map((r) => [r.at - start, r.passingSince! - start])).toEqual([
      [0, 0],
      [5_000, 0],
      [10_000, 0],
    ]);
  });

  it('starts the stable window again when a check flaps', async () => {
    const clock = new ManualClock();
    const checks = timelineChecks(clock, {
      consul: [
        [0, 8_000],
        [9_000, FOREVER],
      ],
    });
    const report = await clock.runUntilSettled(
      waitUntilReady(target, [consul], {
        checks,
        clock,
        stableForMs: 10_000,
        timeoutMs: 120_000,
        intervalMs: 4_000,
      }),
    );
    // Passing at 0 and 4 s, failing at 8 s; passing again from the round at 12 s, so Ready 10 s later at 22 s
    // (the last pause is shortened to end the window exactly).
    expect(checks.probes.map((p) => p.at)).toEqual([0, 4_000, 8_000, 12_000, 16_000, 20_000, 22_000]);
    expect(report.elapsedMs).toBe(22_000);
  });

  it('fails with APPLY_VERIFY_TIMEOUT naming the failing checks when not Ready in time', async () => {
    const clock = new ManualClock();
    const checks = timelineChecks(clock, { consul: [[0, FOREVER]] });
    const error = await clock
      .runUntilSettled(
        waitUntilReady(target, [consul, kubelet], {
          checks,
          clock,
          stableForMs: 0,
          timeoutMs: 60_000,
          intervalMs: 7_000,
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'APPLY_VERIFY_TIMEOUT',
      retry: 'terminal',
      details: {
        node: 'k8s-w-01',
        timeoutMs: 60_000,
        passingForMs: 0,
        failing: [{ check: 'kubelet', failure: 'not-registered', detail: 'not in the catalog' }],
      },
    });
    // The last round runs at the deadline itself; a probe gets no more than the time left, but at least 1 s.
    const kubeletProbes = checks.probes.filter((p) => p.check === 'kubelet');
    expect(kubeletProbes.map((p) => p.at)).toEqual([
      0, 7_000, 14_000, 21_000, 28_000, 35_000, 42_000, 49_000, 56_000, 60_000,
    ]);
    expect(kubeletProbes.map((p) => p.timeoutMs).slice(-3)).toEqual([10_000, 4_000, 1_000]);
  });

  it('times out when the checks pass but not for long enough before the deadline', async () => {
    const clock = new ManualClock();
    const checks = timelineChecks(clock, { consul: [[50_000, FOREVER]] });
    const error = await clock
      .runUntilSettled(
        waitUntilReady(target, [consul], {
          checks,
          clock,
          stableForMs: 30_000,
          timeoutMs: 60_000,
          intervalMs: 5_000,
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'APPLY_VERIFY_TIMEOUT',
      details: { passingForMs: 10_000, failing: [] },
    });
  });

  it('counts an extra probe (the implicit OneView check) like a declared check', async () => {
    const clock = new ManualClock();
    const checks = timelineChecks(clock, { consul: [[0, FOREVER]] });
    let oneviewCalls = 0;
    const report = await clock.runUntilSettled(
      waitUntilReady(target, [consul], {
        checks,
        clock,
        stableForMs: 0,
        timeoutMs: 60_000,
        intervalMs: 1_000,
        extraProbes: [
          {
            name: 'oneview',
            run: () => {
              oneviewCalls += 1;
              return Promise.resolve(
                oneviewCalls < 3
                  ? { check: 'oneview', passed: false, failure: 'node-check-failing', detail: 'power Off' }
                  : { check: 'oneview', passed: true, detail: 'profile applied, hardware On' },
              );
            },
          },
        ],
      }),
    );
    expect(report.elapsedMs).toBe(2_000);
    expect(report.results.map((r) => r.check)).toEqual(['oneview', 'consul']);
  });

  it('rejects with the abort reason while it sleeps between rounds', async () => {
    const clock = new ManualClock();
    const checks = timelineChecks(clock, {});
    const controller = new AbortController();
    const reason = new Error('SIGTERM');
    const waiting = waitUntilReady(target, [consul], {
      checks,
      clock,
      stableForMs: 0,
      timeoutMs: 60_000,
      signal: controller.signal,
    });
    const outcome = waiting.catch((e: unknown) => e);
    while (clock.pending === 0) await new Promise((r) => setImmediate(r));
    controller.abort(reason);
    expect(await outcome).toBe(reason);
    expect(clock.pending).toBe(0);
  });

  it('is Ready at the first round with no checks and no stable window', async () => {
    const clock = new ManualClock();
    const report = await waitUntilReady(target, [], {
      checks: timelineChecks(clock, {}),
      clock,
      stableForMs: 0,
      timeoutMs: 1_000,
    });
    expect(report).toMatchObject({ rounds: 1, elapsedMs: 0, results: [] });
    expect(clock.sleeps).toEqual([]);
  });

  describe('a check that can never pass', () => {
    const failingWith = (failure: 'unreachable' | 'refused', detail: string): Checks => ({
      probe: (_target, check) =>
        Promise.resolve({ check: check.name, passed: false, failure, detail } satisfies CheckResult),
    });

    it.each([
      ['Consul refusing', consul, 'refused', 'ECONNREFUSED'],
      ['Consul unreachable', consul, 'unreachable', 'EHOSTUNREACH'],
      [
        'a host name that does not resolve',
        { name: 'api', type: 'tcp', host: 'api.invalid', port: 443 },
        'unreachable',
        'ENOTFOUND',
      ],
    ] as const)(
      '%s warns early and ends with the cause, not a hardware timeout',
      async (_name, check, failure, detail) => {
        const clock = new ManualClock();
        const warnings: HopelessProbe[] = [];
        const wait = waitUntilReady(target, [check], {
          checks: failingWith(failure, detail),
          clock,
          stableForMs: 10_000,
          timeoutMs: 60_000,
          intervalMs: 5_000,
          onHopeless: (probe) => warnings.push(probe),
        });
        await expect(clock.runUntilSettled(wait)).rejects.toMatchObject({
          code: 'VERIFY_CHECK_UNREACHABLE',
          details: { node: 'k8s-w-01', check: check.name, failure, detail },
        });
        expect(warnings).toEqual([{ check: check.name, failure, detail, rounds: HOPELESS_WARNING_ROUNDS }]);
      },
    );

    it('is still a verify timeout when the node port refuses (its service may start)', async () => {
      const clock = new ManualClock();
      const tcp: VerifyCheck = { name: 'ssh', type: 'tcp', host: '127.0.0.1', port: 22 };
      const warnings: HopelessProbe[] = [];
      const wait = waitUntilReady(target, [tcp], {
        checks: failingWith('refused', 'ECONNREFUSED'),
        clock,
        stableForMs: 10_000,
        timeoutMs: 60_000,
        intervalMs: 5_000,
        onHopeless: (probe) => warnings.push(probe),
      });
      await expect(clock.runUntilSettled(wait)).rejects.toMatchObject({ code: 'APPLY_VERIFY_TIMEOUT' });
      expect(warnings).toEqual([]);
    });

    it('is a verify timeout when the cause cleared in one round', async () => {
      const clock = new ManualClock();
      let round = 0;
      const checks: Checks = {
        probe: (_target, check) => {
          round++;
          return Promise.resolve(
            round === 4
              ? { check: check.name, passed: false, failure: 'not-registered', detail: 'not in the catalog' }
              : { check: check.name, passed: false, failure: 'refused', detail: 'ECONNREFUSED' },
          );
        },
      };
      const wait = waitUntilReady(target, [consul], {
        checks,
        clock,
        stableForMs: 10_000,
        timeoutMs: 60_000,
        intervalMs: 5_000,
      });
      await expect(clock.runUntilSettled(wait)).rejects.toMatchObject({ code: 'APPLY_VERIFY_TIMEOUT' });
    });
  });
});
