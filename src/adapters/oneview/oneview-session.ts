import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type { ConnectionConfig } from './connection-config.js';
import type { RestClient, SessionAuth } from './rest-client.js';
import { Secret } from '../../core/secret/secret.js';
import { isWireObject, optionalString } from './wire-fields.js';

/**
 * The one login session of an appliance. Logs in on first use, logs in again (once per refused request) when
 * the appliance answers 401, and logs out on close so that no session is leaked. Concurrent callers share one
 * login.
 */
export class OneViewSession implements SessionAuth {
  readonly #config: ConnectionConfig;
  readonly #logger: Logger;
  #client: RestClient | null = null;
  #token: Secret | null = null;
  #pending: Promise<Secret> | null = null;
  #closed = false;

  constructor(config: ConnectionConfig, logger: Logger) {
    this.#config = config;
    this.#logger = logger;
  }

  /** The OneView client used for login and logout (it sends no token on those calls). */
  bind(client: RestClient): void {
    this.#client = client;
  }

  get isOpen(): boolean {
    return this.#token !== null;
  }

  token(signal?: AbortSignal): Promise<Secret> {
    if (this.#token !== null) return Promise.resolve(this.#token);
    if (this.#closed)
      return Promise.reject(
        new PhoenixError('ONEVIEW_CANCELLED', { reason: 'the appliance connection is closed' }),
      );
    this.#pending ??= this.#login(signal).finally(() => {
      this.#pending = null;
    });
    return this.#pending;
  }

  renew(refused: Secret, signal?: AbortSignal): Promise<Secret> {
    if (this.#token !== null && this.#token !== refused) return Promise.resolve(this.#token);
    if (this.#token === refused) this.#token = null;
    return this.token(signal);
  }

  async #login(signal: AbortSignal | undefined): Promise<Secret> {
    const client = this.#requireClient();
    const body: Record<string, unknown> = {
      userName: this.#config.username,
      password: this.#config.password.reveal(),
      loginMsgAck: true,
    };
    if (this.#config.authDomain !== null) body['authLoginDomain'] = this.#config.authDomain;
    const res = await client.call('POST', '/rest/login-sessions', {
      body,
      authenticated: false,
      idempotent: true,
      signal,
    });
    const sessionId = isWireObject(res.body) ? optionalString(res.body, 'sessionID') : null;
    if (sessionId === null)
      throw new PhoenixError('ONEVIEW_BAD_RESPONSE', { what: 'login-session', field: 'sessionID' });
    this.#token = new Secret(sessionId);
    this.#logger.info({ origin: client.origin, username: this.#config.username }, 'oneview session opened');
    return this.#token;
  }

  /** Ends the session on the appliance; later calls fail. A failed logout is logged, not thrown. */
  async close(): Promise<void> {
    this.#closed = true;
    const pending = this.#pending;
    if (pending) await pending.catch(() => undefined);
    const token = this.#token;
    this.#token = null;
    if (token === null) return;
    const client = this.#requireClient();
    try {
      await client.call('DELETE', '/rest/login-sessions', {
        authenticated: false,
        headers: { auth: token.reveal() },
      });
      this.#logger.info({ origin: client.origin }, 'oneview session closed');
    } catch (err) {
      this.#logger.warn({ origin: client.origin, err }, 'oneview logout failed');
    }
  }

  #requireClient(): RestClient {
    if (this.#client === null)
      throw new PhoenixError('INTERNAL_UNEXPECTED', { reason: 'session used before it was bound' });
    return this.#client;
  }
}
