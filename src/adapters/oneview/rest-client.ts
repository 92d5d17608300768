import { PhoenixError, isPhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import { backoffDelay, type BackoffPolicy } from './backoff.js';
import type { HttpResponse, HttpTransport } from './http-transport.js';
import { OutageTracker } from './outage-tracker.js';
import type { RequestStats } from './request-stats.js';
import { errorFromResponse } from './response-error.js';
import type { Secret } from '../../core/secret/secret.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Where the session token comes from: one session per appliance, shared by OneView and its Image Streamer. */
export interface SessionAuth {
  token(signal?: AbortSignal): Promise<Secret>;
  /** Called after a 401 with the token that was refused: logs in again unless another caller already did. */
  renew(refused: Secret, signal?: AbortSignal): Promise<Secret>;
}

export interface RetryOptions {
  /** Attempts for a safe request that failed transiently (connection reset, 502, 504, timeout). */
  readonly maxAttempts: number;
  readonly backoff: BackoffPolicy;
  /**
   * How long an origin answering 503 (appliance restarting) is waited out before every request to it gives up
   * with ONEVIEW_UNAVAILABLE; counted from the first 503 of the outage, across requests.
   */
  readonly unavailableTimeoutMs: number;
}

export interface RestClientOptions {
  readonly transport: HttpTransport;
  readonly origin: string;
  /** X-API-Version to send; null sends none (only GET /rest/version). */
  readonly apiVersion: () => number | null;
  readonly session: SessionAuth | null;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly random: () => number;
  readonly requestTimeoutMs: number;
  readonly retry: RetryOptions;
  readonly stats: RequestStats;
  /** Outages shared by the clients of one connection; default: this client's own. */
  readonly outages?: OutageTracker | undefined;
  /** Told of every answered request (and of every transport failure, with status null), for metrics. */
  readonly onRequest?: RequestObserver | undefined;
  /**
   * Called right before every request that is not a GET is sent (each retry included); throwing stops it unsent.
   * Replicas check their lease here, so that one that lost it never sends a mutation.
   */
  readonly beforeMutation?: MutationGuard | undefined;
}

/** Throws when a mutation must not be sent now. */
export type MutationGuard = (request: { readonly method: HttpMethod; readonly path: string }) => void;

/** One request as a metrics observer sees it: no headers, no body, no query string. */
export interface ObservedRequest {
  readonly method: HttpMethod;
  readonly path: string;
  /** Null when no answer came (connection failure, timeout). */
  readonly status: number | null;
  readonly durationMs: number;
}

export type RequestObserver = (request: ObservedRequest) => void;

export interface CallOptions {
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal | undefined;
  /** Send the session token (default true). */
  readonly authenticated?: boolean;
  /** Safe to repeat after a transient failure; defaults to true for GET only. */
  readonly idempotent?: boolean;
}

function retryAfterMs(headers: Readonly<Record<string, string>>): number | null {
  const raw = headers['retry-after'];
  if (raw === undefined) return null;
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

/**
 * Requests to one origin (OneView or Image Streamer): headers, session, retries and error mapping. Transient
 * failures are retried only where that is safe (GET, task polls, login); a 503 is waited out for any method,
 * because the appliance did not accept the request. A 401 logs in again once and repeats the request.
 */
export class RestClient {
  readonly origin: string;
  readonly #o: RestClientOptions;
  readonly #outages: OutageTracker;

  constructor(options: RestClientOptions) {
    this.origin = options.origin;
    this.#o = options;
    this.#outages = options.outages ?? new OutageTracker();
  }

  get stats(): RequestStats {
    return this.#o.stats;
  }

  async call(method: HttpMethod, path: string, options: CallOptions = {}): Promise<HttpResponse> {
    const o = this.#o;
    const authenticated = options.authenticated ?? true;
    const idempotent = options.idempotent ?? method === 'GET';
    const signal = options.signal;
    const bare = path.split('?')[0] ?? path;
    let attempt = 0;
    let reauthenticated = false;
    for (;;) {
      const token = authenticated && o.session ? await o.session.token(signal) : null;
      const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
      const version = o.apiVersion();
      if (version !== null) headers['x-api-version'] = String(version);
      if (token !== null) headers['auth'] = token.reveal();
      let body: string | undefined;
      if (options.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.body);
      }
      if (method !== 'GET') o.beforeMutation?.({ method, path: bare });
      const sentAt = o.clock.now();
      let res: HttpResponse;
      try {
        o.stats.record(path);
        res = await o.transport.send({
          origin: o.origin,
          method,
          path,
          headers,
          ...(body !== undefined ? { body } : {}),
          timeoutMs: o.requestTimeoutMs,
          signal,
        });
      } catch (error) {
        o.onRequest?.({ method, path: bare, status: null, durationMs: o.clock.now() - sentAt });
        const retryable = isPhoenixError(error) && error.details['retryable'] === true;
        if (retryable && idempotent && attempt + 1 < o.retry.maxAttempts) {
          const delay = backoffDelay(o.retry.backoff, attempt, o.random);
          o.logger.debug(
            {
              method,
              path: bare,
              attempt,
              delayMs: delay,
              reason: isPhoenixError(error) ? error.details['reason'] : undefined,
            },
            'oneview request failed; retrying',
          );
          await this.#sleep(delay, signal);
          attempt++;
          continue;
        }
        throw error;
      }
      o.onRequest?.({ method, path: bare, status: res.status, durationMs: o.clock.now() - sentAt });
      o.logger.debug(
        {
          method,
          origin: o.origin,
          path: bare,
          status: res.status,
          durationMs: o.clock.now() - sentAt,
          attempt,
        },
        'oneview request',
      );

      if (res.status === 401 && authenticated && o.session && token !== null && !reauthenticated) {
        reauthenticated = true;
        o.logger.info({ path: bare }, 'oneview session refused; logging in again');
        await o.session.renew(token, signal);
        continue;
      }
      if (res.status === 503) {
        const now = o.clock.now();
        const since = this.#outages.unavailable(o.origin, now);
        const left = o.retry.unavailableTimeoutMs - (now - since);
        if (left <= 0) {
          o.logger.error(
            {
              method,
              path: bare,
              attempts: attempt + 1,
              unavailableForMs: now - since,
              budgetMs: o.retry.unavailableTimeoutMs,
            },
            'oneview appliance unavailable for the whole budget; giving up',
          );
          const error = errorFromResponse(res.status, res.body, { method, path: bare, origin: o.origin });
          throw new PhoenixError(error.code, {
            ...error.details,
            unavailableForMs: now - since,
            budgetMs: o.retry.unavailableTimeoutMs,
          });
        }
        const delay = Math.min(
          left,
          retryAfterMs(res.headers) ?? backoffDelay(o.retry.backoff, attempt, o.random),
        );
        o.logger.warn(
          {
            method,
            origin: o.origin,
            path: bare,
            attempt: attempt + 1,
            nextTryInMs: delay,
            nextTryAt: new Date(now + delay).toISOString(),
            unavailableForMs: now - since,
            budgetMs: o.retry.unavailableTimeoutMs,
          },
          'oneview appliance unavailable; waiting',
        );
        await this.#sleep(delay, signal);
        attempt++;
        continue;
      }
      this.#outages.available(o.origin);
      if ((res.status === 502 || res.status === 504) && idempotent && attempt + 1 < o.retry.maxAttempts) {
        const delay = backoffDelay(o.retry.backoff, attempt, o.random);
        o.logger.debug(
          { method, path: bare, status: res.status, attempt, delayMs: delay },
          'oneview gateway error; retrying',
        );
        await this.#sleep(delay, signal);
        attempt++;
        continue;
      }
      if (res.status >= 400)
        throw errorFromResponse(res.status, res.body, { method, path: bare, origin: o.origin });
      return res;
    }
  }

  /** GET returning the parsed JSON body. */
  async get(path: string, signal?: AbortSignal): Promise<unknown> {
    return (await this.call('GET', path, { signal })).body;
  }

  async #sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
    try {
      await this.#o.clock.sleep(ms, signal);
    } catch (cause) {
      throw new PhoenixError('ONEVIEW_CANCELLED', { origin: this.origin }, { cause });
    }
  }
}
