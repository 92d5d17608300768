import type { Listener } from './request-log.js';

/** Kinds of asynchronous task the simulator runs; fault injection targets them by kind. */
export const TASK_KINDS = [
  'profile-create',
  'profile-update',
  'profile-delete',
  'power-on',
  'power-off',
  'power-reset',
  'template-create',
  'template-update',
  'template-delete',
  'hardware-refresh',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export interface HttpErrorFault {
  readonly status: number;
  remaining: number;
  readonly listener: Listener | 'any';
  readonly pathPrefix: string | null;
}

export interface TaskFailureFault {
  readonly kind: TaskKind;
  remaining: number;
  readonly errorCode: string;
  readonly message: string;
  /** The failure is the hardware's fault: the hardware turns Critical and the error names it. */
  readonly hardwareAttributable: boolean;
}

export interface SlowTaskFault {
  readonly kind: TaskKind | 'any';
  /** Multiplies the task's duration. */
  readonly factor: number;
  /** Tasks still to slow down; -1 for every task until cleared. */
  remaining: number;
}

/** Faults of a server's iLO and its virtual-media install. */
export const ILO_FAULTS = ['insert-media', 'image-unreachable', 'install-never-finishes'] as const;
export type IloFault = (typeof ILO_FAULTS)[number];

/** Injected faults, consumed as requests and tasks arrive. */
export class Faults {
  httpErrors: HttpErrorFault[] = [];
  taskFailures: TaskFailureFault[] = [];
  slowTasks: SlowTaskFault[] = [];
  /** Hardware URIs, hardware names, profile names or node names that never register in Consul. */
  readonly neverRegister = new Set<string>();
  /** iLO faults by kind: hardware URIs or names they hit, `*` for every server. They last until cleared. */
  readonly ilo: Record<IloFault, Set<string>> = {
    'insert-media': new Set(),
    'image-unreachable': new Set(),
    'install-never-finishes': new Set(),
  };

  takeHttpError(listener: Listener, path: string): HttpErrorFault | null {
    const f = this.httpErrors.find(
      (h) =>
        (h.listener === 'any' || h.listener === listener) &&
        (h.pathPrefix === null || path.startsWith(h.pathPrefix)),
    );
    if (!f) return null;
    f.remaining--;
    if (f.remaining <= 0) this.httpErrors = this.httpErrors.filter((h) => h !== f);
    return f;
  }

  takeTaskFailure(kind: TaskKind): TaskFailureFault | null {
    const f = this.taskFailures.find((t) => t.kind === kind);
    if (!f) return null;
    f.remaining--;
    if (f.remaining <= 0) this.taskFailures = this.taskFailures.filter((t) => t !== f);
    return f;
  }

  slowFactor(kind: TaskKind): number {
    const f = this.slowTasks.find((s) => s.kind === kind || s.kind === 'any');
    if (!f) return 1;
    if (f.remaining > 0) {
      f.remaining--;
      if (f.remaining === 0) this.slowTasks = this.slowTasks.filter((s) => s !== f);
    }
    return f.factor;
  }

  isNeverRegister(...keys: (string | null | undefined)[]): boolean {
    return keys.some((k) => k !== null && k !== undefined && this.neverRegister.has(k));
  }

  isIloFault(kind: IloFault, ...keys: string[]): boolean {
    const set = this.ilo[kind];
    return set.has('*') || keys.some((k) => set.has(k));
  }

  clear(): void {
    this.httpErrors = [];
    this.taskFailures = [];
    this.slowTasks = [];
    this.neverRegister.clear();
    for (const set of Object.values(this.ilo)) set.clear();
  }

  snapshot(): Record<string, unknown> {
    return {
      httpErrors: this.httpErrors,
      taskFailures: this.taskFailures,
      slowTasks: this.slowTasks,
      neverRegister: [...this.neverRegister],
      ilo: Object.fromEntries(Object.entries(this.ilo).map(([k, v]) => [k, [...v]])),
    };
  }
}
