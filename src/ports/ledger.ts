import type { RetryClass } from '../core/errors/error-spec.js';
import type { LedgerView, QuarantineEntry } from '../core/ledger/ledger-view.js';
import type { ObservedProfile } from '../core/observed/inventory.js';
import type { StepKind } from '../core/plan/plan-step.js';

/** The command that started a run. */
export type LedgerCommand = 'apply' | 'rollback' | 'rebuild' | 'sync';

/** How a run ended (the same values as an apply report's outcome). */
export type RunOutcome = 'applied' | 'partial' | 'failed' | 'interrupted';

/** What one node reached in a run (the same values as a change report's outcome). */
export type NodeOutcome = 'created' | 'replaced' | 'deleted' | 'healed' | 'unchanged' | 'skipped' | 'failed';

export type StepOutcome = 'succeeded' | 'failed' | 'skipped';

/** A person as recorded in a commit. */
export interface RecordPerson {
  readonly name: string;
  readonly email: string;
  /** ISO 8601 with the commit's offset. */
  readonly date: string;
}

/** Who made the revision a run applies, and why. */
export interface RecordProvenance {
  readonly author: RecordPerson;
  readonly committer: RecordPerson;
  /** The first paragraph of the commit message, on one line. */
  readonly subject: string;
  /** The signature the revision was verified by; absent when no verification policy applied. */
  readonly signature?: RecordSignature;
}

/** Who signed a verified revision, recorded with the run that applies it. */
export interface RecordSignature {
  readonly kind: 'openpgp' | 'ssh';
  /** `SHA256:...` for an SSH key, the primary key fingerprint for OpenPGP. */
  readonly fingerprint: string;
  /** The allowed signers principals (SSH) or the primary user ID (OpenPGP). */
  readonly principal: string | null;
  /** The verification policy it passed. */
  readonly policy: 'head' | 'history';
}

export interface RunStartedRecord {
  readonly type: 'run-started';
  readonly at: string;
  readonly runId: string;
  readonly site: string;
  readonly command: LedgerCommand;
  readonly revision: string;
  readonly baseRevision: string | null;
  readonly planFingerprint: string | null;
  readonly inventoryFingerprint: string | null;
  readonly provenance: RecordProvenance | null;
  /**
   * The targets of a targeted run (`--target`: `node/NAME`, `pool/NAME`); absent for a run of the whole
   * revision. A targeted run never records its revision as applied.
   */
  readonly targets?: readonly string[];
}

export interface StepStartedRecord {
  readonly type: 'step-started';
  readonly at: string;
  readonly runId: string;
  readonly changeId: string;
  readonly node: string;
  readonly step: StepKind;
  readonly attempt: number;
  readonly hardwareUri: string | null;
  readonly profileName: string | null;
  /** The stamp generation a compose writes. */
  readonly gen?: number;
}

export interface StepFinishedRecord extends Omit<StepStartedRecord, 'type'> {
  readonly type: 'step-finished';
  readonly outcome: StepOutcome;
  readonly errorCode: string | null;
  readonly retry: RetryClass | null;
  /** For people; never a secret. */
  readonly message: string | null;
}

/** A template change of a run: written when it starts (outcome null) and when it ends. */
export interface TemplateChangedRecord {
  readonly type: 'template-changed';
  readonly at: string;
  readonly runId: string;
  readonly template: string;
  readonly action: 'create' | 'update' | 'delete';
  readonly templateUri: string | null;
  readonly spec: string | null;
  /** Paths of the fields written; never their values. */
  readonly fields: readonly string[];
  readonly outcome: 'succeeded' | 'failed' | null;
  readonly errorCode: string | null;
  readonly message: string | null;
}

export interface HardwareQuarantinedRecord {
  readonly type: 'hardware-quarantined';
  readonly at: string;
  readonly runId: string | null;
  readonly hardwareUri: string;
  readonly node: string;
  readonly reason: string;
}

export interface HardwareReleasedRecord {
  readonly type: 'hardware-released';
  readonly at: string;
  readonly hardwareUri: string;
  readonly reason: string;
}

export interface RunFinishedRecord {
  readonly type: 'run-finished';
  readonly at: string;
  readonly runId: string;
  readonly revision: string;
  readonly outcome: RunOutcome;
  /** What each node of the run reached. */
  readonly nodes: Readonly<Record<string, NodeOutcome>>;
}

/** What the stamps of a site's profiles said when the ledger was rebuilt from them. */
export interface RecoveredRecord {
  readonly type: 'recovered';
  readonly at: string;
  readonly site: string;
  /** The 12-hex revision prefix most nodes carry; null without stamps. */
  readonly revision: string | null;
  readonly nodes: Readonly<Record<string, { readonly rev: string; readonly gen: number }>>;
}

/** Hardware put into or released from quarantine, as `phoenix history` lists it. */
export interface HardwareEvent {
  readonly type: 'quarantined' | 'released';
  readonly at: string;
  readonly hardwareUri: string;
  /** The node it failed; null for a release. */
  readonly node: string | null;
  readonly reason: string;
}

/** A record before the ledger numbers it. */
export type LedgerEntry =
  | RunStartedRecord
  | StepStartedRecord
  | StepFinishedRecord
  | TemplateChangedRecord
  | HardwareQuarantinedRecord
  | HardwareReleasedRecord
  | RunFinishedRecord
  | RecoveredRecord;

/** One journal record: an entry with its sequence number (1, 2, 3... without gaps). */
export type LedgerRecord = LedgerEntry & { readonly seq: number };

/** The last thing the ledger knows about a node. */
export interface NodeStatus {
  readonly lastOutcome: NodeOutcome | 'interrupted' | 'recovered';
  readonly revision: string;
  readonly at: string;
}

export interface LedgerStatus {
  readonly site: string | null;
  readonly lastAppliedRevision: string | null;
  readonly lastAppliedAt: string | null;
  readonly lastRun: {
    readonly runId: string;
    readonly revision: string;
    readonly outcome: RunOutcome | 'running';
    /** The targets of a targeted run; absent for a run of the whole revision. */
    readonly targets?: readonly string[];
    readonly startedAt: string;
    readonly finishedAt: string | null;
  } | null;
  readonly nodes: Readonly<Record<string, NodeStatus>>;
  readonly quarantined: readonly QuarantineEntry[];
}

/** One run, as `phoenix history` lists it. */
export interface RunHistoryEntry {
  readonly runId: string;
  readonly command: LedgerCommand;
  readonly revision: string;
  readonly outcome: RunOutcome | 'running';
  /** The targets of a targeted run; absent for a run of the whole revision. */
  readonly targets?: readonly string[];
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly counts: {
    readonly nodes: Readonly<Partial<Record<NodeOutcome, number>>>;
    readonly steps: { readonly succeeded: number; readonly failed: number; readonly skipped: number };
  };
  readonly provenance: RecordProvenance | null;
}

/** Which journal records to list. */
export interface RecordQuery {
  /** Records about this node: its steps, its quarantined hardware, and the runs that recorded it. */
  readonly node?: string;
  readonly types?: readonly LedgerEntry['type'][];
  /** The newest this many (default 500). */
  readonly limit?: number;
}

/**
 * The record of what Phoenix applied. One process writes a ledger at a time; readers never block.
 * Nothing in it is ever a secret.
 */
export interface Ledger {
  /** Appends a record and resolves once it is durable. */
  append(entry: LedgerEntry): Promise<LedgerRecord>;
  readView(): LedgerView;
  status(): LedgerStatus;
  /** Runs, newest first. */
  history(limit?: number): readonly RunHistoryEntry[];
  /** Quarantines and releases of hardware, newest first. */
  hardwareEvents(limit?: number): readonly HardwareEvent[];
  recoverFromStamps(site: string, profiles: readonly ObservedProfile[]): Promise<LedgerStatus>;
  /**
   * Journal records that match, oldest first (a node's timeline, what a run did to each node). A store that
   * cannot list its records leaves it out, and readers say the history is unavailable.
   */
  records?(query: RecordQuery): Promise<readonly LedgerRecord[]>;
  close(): Promise<void>;
}
