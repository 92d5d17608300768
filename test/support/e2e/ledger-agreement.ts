import { expect } from 'vitest';
import { runCli, type CliEnv } from './built-cli.js';

/** The parts of `phoenix apply --json` the tests read. */
export interface ApplyJson {
  readonly plan: Record<string, number | boolean>;
  readonly report: {
    readonly runId: string;
    readonly outcome: string;
    readonly counts: Readonly<Record<string, number>>;
    readonly changes: readonly {
      readonly node: string;
      readonly action: string;
      readonly outcome: string;
      readonly skipReason: string | null;
      readonly failedStep: string | null;
      readonly errorCode: string | null;
      readonly hardwareUri: string | null;
      readonly quarantined: readonly string[];
      readonly attempts: number;
    }[];
  };
}

export interface LedgerStatusJson {
  readonly lastAppliedRevision: string | null;
  readonly lastRun: { readonly runId: string; readonly outcome: string } | null;
  readonly nodes: Readonly<Record<string, { readonly lastOutcome: string }>>;
  readonly quarantined: readonly { readonly hardwareUri: string; readonly node?: string }[];
}

export interface HistoryJson {
  readonly runId: string;
  readonly outcome: string;
  readonly counts: {
    readonly nodes: Readonly<Record<string, number>>;
    readonly steps: { readonly succeeded: number; readonly failed: number; readonly skipped: number };
  };
}

export async function ledgerStatus(env: CliEnv): Promise<LedgerStatusJson> {
  const result = await runCli(['status', '--json'], env);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as LedgerStatusJson;
}

export async function ledgerHistory(env: CliEnv): Promise<HistoryJson[]> {
  const result = await runCli(['history', '--json'], env);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as HistoryJson[];
}

/**
 * The apply report and the ledger tell the same story: the newest run has the report's id and outcome and the
 * same count per outcome, and every node the run acted on has the report's outcome as its last outcome.
 */
export async function expectLedgerAgrees(apply: ApplyJson, env: CliEnv): Promise<HistoryJson> {
  const [run] = await ledgerHistory(env);
  const status = await ledgerStatus(env);
  const nonZero = Object.fromEntries(Object.entries(apply.report.counts).filter(([, n]) => n > 0));
  expect(run).toMatchObject({ runId: apply.report.runId, outcome: apply.report.outcome });
  expect(Object.fromEntries(Object.entries(run!.counts.nodes).filter(([, n]) => n > 0))).toEqual(nonZero);
  expect(status.lastRun).toMatchObject({ runId: apply.report.runId, outcome: apply.report.outcome });
  for (const change of apply.report.changes) {
    if (change.outcome === 'unchanged') continue;
    expect(status.nodes[change.node]?.lastOutcome, change.node).toBe(change.outcome);
  }
  return run!;
}
