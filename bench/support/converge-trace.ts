/**
 * Where a converge run spent its makespan beyond the ideal: per step, what the ledger recorded (the step's start
 * and end) beside what the simulator recorded (its OneView task's creation and last change), in simulated
 * seconds from the start of the run. Used by bench/converge.ts.
 */
import { readFile } from 'node:fs/promises';

/** A step of one change: the ledger's start and end, and its OneView task on the appliance when it has one. */
export interface StepTrace {
  readonly change: string;
  readonly step: string;
  readonly startS: number;
  readonly endS: number;
  /** The mutation's task: created (the request reached the appliance) and ended; null for steps without one. */
  readonly taskStartS: number | null;
  readonly taskEndS: number | null;
}

interface LedgerStep {
  readonly type: 'step-started' | 'step-finished';
  readonly changeId: string;
  readonly step: string;
  readonly attempt: number;
  readonly hardwareUri: string | null;
  readonly profileName: string | null;
  readonly at: string;
}

export interface SimTask {
  readonly name: string;
  readonly created: string;
  readonly modified: string;
  readonly taskState: string;
  readonly associatedResource: { readonly resourceUri: string | null; readonly resourceName: string };
}

/** The step records of the run in a ledger journal (one `{crc, record}` JSON object a line). */
export async function readLedgerSteps(journal: string): Promise<LedgerStep[]> {
  const text = await readFile(journal, 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { record: LedgerStep }).record)
    .filter((r) => r.type === 'step-started' || r.type === 'step-finished');
}

/**
 * Joins the ledger's steps with the simulator's tasks: a compose with the Create task of its profile, a boot with
 * the last Power on task of its hardware. Times are wall-clock ISO stamps; `toSimS` turns them into simulated
 * seconds since the run started.
 */
export function traceSteps(
  records: readonly LedgerStep[],
  tasks: readonly SimTask[],
  toSimS: (iso: string) => number,
): StepTrace[] {
  const creates = new Map<string, SimTask>();
  const powerOns = new Map<string, SimTask>();
  for (const task of tasks) {
    if (task.taskState !== 'Completed') continue;
    if (task.name === 'Create') creates.set(task.associatedResource.resourceName, task);
    if (task.name === 'Power on' && task.associatedResource.resourceUri !== null)
      powerOns.set(task.associatedResource.resourceUri, task);
  }
  const open = new Map<string, LedgerStep>();
  const out: StepTrace[] = [];
  for (const r of records) {
    const key = `${r.changeId}/${r.step}`;
    if (r.type === 'step-started') {
      open.set(key, r);
      continue;
    }
    const started = open.get(key);
    if (started === undefined) continue;
    const task =
      r.step === 'compose' && r.profileName !== null
        ? creates.get(r.profileName)
        : r.step === 'boot' && r.hardwareUri !== null
          ? powerOns.get(r.hardwareUri)
          : undefined;
    out.push({
      change: r.changeId,
      step: r.step,
      startS: toSimS(started.at),
      endS: toSimS(r.at),
      taskStartS: task === undefined ? null : toSimS(task.created),
      taskEndS: task === undefined ? null : toSimS(task.modified),
    });
  }
  return out;
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
const r1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * Per step kind, the mean seconds from the step's start to its task (the wait for an appliance slot and the reads
 * before the mutation), of the task itself, and from the task's end to the step's end (noticing it: the poll
 * interval, the reads after it); between two steps of a change, the mean gap (ledger writes). Then the appliance's
 * slots: slot-seconds left idle while a mutating step waited for one, over the slot count (what that idleness
 * costs the makespan when the slots are the bottleneck).
 */
export function summarize(steps: readonly StepTrace[], slots: number): Record<string, unknown> {
  const kinds = [...new Set(steps.map((s) => s.step))];
  const perKind: Record<string, unknown> = {};
  for (const kind of kinds) {
    const of = steps.filter((s) => s.step === kind);
    const withTask = of.filter((s) => s.taskStartS !== null && s.taskEndS !== null);
    perKind[kind] = {
      count: of.length,
      meanS: r1(mean(of.map((s) => s.endS - s.startS))),
      ...(withTask.length === 0
        ? {}
        : {
            beforeTaskS: r1(mean(withTask.map((s) => s.taskStartS! - s.startS))),
            taskS: r1(mean(withTask.map((s) => s.taskEndS! - s.taskStartS!))),
            noticeS: r1(mean(withTask.map((s) => s.endS - s.taskEndS!))),
            noticeMaxS: r1(Math.max(...withTask.map((s) => s.endS - s.taskEndS!))),
          }),
    };
  }
  const byChange = new Map<string, StepTrace[]>();
  for (const s of steps) byChange.set(s.change, [...(byChange.get(s.change) ?? []), s]);
  const gaps: number[] = [];
  for (const list of byChange.values())
    for (let i = 1; i < list.length; i++) gaps.push(list[i]!.startS - list[i - 1]!.endS);
  return {
    perStep: perKind,
    betweenStepsS: r1(mean(gaps)),
    slotIdleWhileWaitingS: r1(idleSlotSeconds(steps, slots) / slots),
  };
}

/**
 * Slot-seconds idle while work waited: integrates, over time, min(slots, running + waiting) - running, where a
 * mutating step is waiting from its start to its task's creation and running while its task runs.
 */
function idleSlotSeconds(steps: readonly StepTrace[], slots: number): number {
  const events: { at: number; running: number; waiting: number }[] = [];
  for (const s of steps) {
    if (s.taskStartS === null || s.taskEndS === null) continue;
    events.push({ at: s.startS, running: 0, waiting: 1 });
    events.push({ at: s.taskStartS, running: 1, waiting: -1 });
    events.push({ at: s.taskEndS, running: -1, waiting: 0 });
  }
  events.sort((a, b) => a.at - b.at);
  let running = 0;
  let waiting = 0;
  let idle = 0;
  let last = events[0]?.at ?? 0;
  for (const e of events) {
    idle += (e.at - last) * Math.max(0, Math.min(slots, running + waiting) - running);
    last = e.at;
    running += e.running;
    waiting += e.waiting;
  }
  return idle;
}
