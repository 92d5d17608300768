import { createHash } from 'node:crypto';
import { checksForSite } from '../adapters/checks/index.js';
import {
  connectAppliance,
  resolveConnectionConfig,
  type ConnectionConfig,
  type MutationGuard,
  type RequestObserver,
} from '../adapters/oneview/index.js';
import { openAnswerMediaFor } from '../adapters/answer-media/open-answer-media.js';
import type { DesiredState, SiteSpec } from '../core/desired/desired-state.js';
import type { ReconcilePlan } from '../core/plan/reconcile-plan.js';
import type { AnswerMedia } from '../ports/answer-media.js';
import type { VerifyNode } from '../engine/apply/apply-deps.js';
import { createVerifyNode } from '../engine/verify/create-verify-node.js';
import type { Logger } from '../ports/logger.js';
import type { Appliance } from '../ports/appliance.js';
import type { Clock } from '../ports/clock.js';

export type DaemonEnv = Readonly<Record<string, string | undefined>>;

export interface SiteConnectionOptions {
  readonly env: DaemonEnv;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly onRequest?: RequestObserver;
  /** Checked before every mutating request (a replica's lease). */
  readonly beforeMutation?: MutationGuard;
}

/** What identifies a connection; the password only as a hash, so a rotated one reconnects. */
function connectionKey(config: ConnectionConfig): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        config.url,
        config.apiVersion,
        config.username,
        createHash('sha256').update(config.password.reveal()).digest('hex'),
        config.authDomain,
        config.tls.ca,
        config.tls.insecureSkipVerify,
        config.imageStreamerUrl,
      ]),
    )
    .digest('hex');
}

/**
 * The daemon's one session with the Site's appliance, kept across passes (a pass costs no login) and opened
 * again when the commit or the environment changes the connection, or after a failed pass drops it.
 */
export class SiteConnection {
  readonly #options: SiteConnectionOptions;
  #current: { readonly key: string; readonly appliance: Appliance } | null = null;

  constructor(options: SiteConnectionOptions) {
    this.#options = options;
  }

  async appliance(site: SiteSpec): Promise<Appliance> {
    const o = this.#options;
    const config = await resolveConnectionConfig(site, o.env);
    const key = connectionKey(config);
    if (this.#current?.key === key) return this.#current.appliance;
    await this.close();
    const appliance = await connectAppliance(config, {
      logger: o.logger,
      clock: o.clock,
      ...(o.onRequest === undefined ? {} : { onRequest: o.onRequest }),
      ...(o.beforeMutation === undefined ? {} : { beforeMutation: o.beforeMutation }),
    });
    this.#current = { key, appliance };
    return appliance;
  }

  /** The answer media server of one apply, when its plan boots a node installed from virtual media. */
  answerMedia(plan: ReconcilePlan, desired: DesiredState, logger: Logger): Promise<AnswerMedia | null> {
    return openAnswerMediaFor(plan, desired, this.#options.env, this.#options.clock, logger);
  }

  verify(site: SiteSpec, appliance: Appliance, logger: Logger): VerifyNode {
    const o = this.#options;
    return createVerifyNode({
      appliance,
      checks: checksForSite(site, o.env, logger),
      clock: o.clock,
      logger,
    });
  }

  /** Logs out; the next pass connects again. */
  async close(): Promise<void> {
    const current = this.#current;
    this.#current = null;
    if (current !== null) await current.appliance.close().catch(() => undefined);
  }
}
