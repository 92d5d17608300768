import type { VerifyCheck } from '../core/desired/desired-state.js';

/** The node a check probes. */
export interface CheckTarget {
  /** The node name, for logs and results. */
  readonly node: string;
  /** The name the node registers under in Consul: its SERVER_FQDN, else its fqdn, else its name. */
  readonly consulNodeName: string;
}

/** Why a probe did not pass, for machines; `detail` says it for people. */
export type CheckFailure =
  /** Consul has no node of that name in its catalog. */
  | 'not-registered'
  /** The node is registered but one of its node checks is not passing. */
  | 'node-check-failing'
  /** The service has no passing instance on that node. */
  | 'service-not-passing'
  /** Nothing listens on the address (connection refused or reset). */
  | 'refused'
  /** The host could not be reached or resolved. */
  | 'unreachable'
  /** The attempt did not finish within its timeout. */
  | 'timeout'
  /** An HTTP answer with another status than expected. */
  | 'unexpected-status'
  /** Consul answered with an error status or a body that is not what its API returns. */
  | 'consul-error'
  /** The check cannot run as declared (no Consul address, malformed URL). */
  | 'misconfigured';

/** The result of one probe. Never contains a token or a URL's credentials. */
export type CheckResult =
  | { readonly check: string; readonly passed: true; readonly detail: string }
  | {
      readonly check: string;
      readonly passed: false;
      readonly failure: CheckFailure;
      readonly detail: string;
    };

export interface ProbeOptions {
  /** Limit of this one attempt. */
  readonly timeoutMs: number;
  /** Stops the attempt: the returned promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Runs one declared verify check once against a node. A check that does not pass resolves with `passed: false`
 * (a booting node fails its checks for a while); only an aborted signal rejects.
 */
export interface Checks {
  probe(target: CheckTarget, check: VerifyCheck, options: ProbeOptions): Promise<CheckResult>;
}
