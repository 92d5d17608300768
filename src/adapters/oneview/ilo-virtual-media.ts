import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { IloConsole, MediaSlot } from '../../ports/appliance.js';
import type { HttpResponse, HttpTransport } from './http-transport.js';

const TIMEOUT_MS = 30_000;

/** The Redfish path of each virtual media slot of an iLO 5 (1: USB, 2: CD). */
const SLOT_PATH: Readonly<Record<MediaSlot, string>> = {
  usb: '/redfish/v1/Managers/1/VirtualMedia/1/',
  cd: '/redfish/v1/Managers/1/VirtualMedia/2/',
};

/**
 * Reads the iLO address and session key out of OneView's remoteConsoleUrl
 * (`hplocons://addr=<host[:port]>&sessionkey=<key>`). The key is never put in an error.
 */
export function parseRemoteConsoleUrl(value: unknown): { origin: string; key: string } {
  const url =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)['remoteConsoleUrl']
      : null;
  const match = typeof url === 'string' ? /^hplocons:\/\/addr=([^&]+)&sessionkey=([^&]+)/.exec(url) : null;
  if (match === null)
    throw new PhoenixError('ONEVIEW_BAD_RESPONSE', {
      reason: 'remoteConsoleUrl without an iLO address and key',
    });
  const addr = match[1]!;
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(addr))
    throw new PhoenixError('ONEVIEW_BAD_RESPONSE', {
      reason: 'remoteConsoleUrl with an invalid iLO address',
    });
  return { origin: `https://${addr}`, key: match[2]! };
}

/**
 * One server's iLO over Redfish, with a session that OneView handed out: Phoenix holds no iLO credentials.
 * The session token goes only into the X-Auth-Token header, never into a log line or an error.
 */
export class IloVirtualMedia implements IloConsole {
  readonly #transport: HttpTransport;
  readonly #origin: string;
  readonly #token: string;
  readonly #server: string;

  constructor(transport: HttpTransport, session: { origin: string; key: string }, server: string) {
    this.#transport = transport;
    this.#origin = session.origin;
    this.#token = session.key;
    this.#server = server;
  }

  async #send(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
  ): Promise<HttpResponse> {
    const res = await this.#transport.send({
      origin: this.#origin,
      method,
      path,
      headers: {
        'x-auth-token': this.#token,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      timeoutMs: TIMEOUT_MS,
      signal,
    });
    if (res.status >= 200 && res.status < 300) return res;
    throw new PhoenixError('ONEVIEW_ILO_FAILED', {
      server: this.#server,
      method,
      path,
      status: res.status,
      message: iloMessage(res.body),
      retryable: res.status >= 500 || res.status === 401,
    });
  }

  async inserted(slot: MediaSlot, signal?: AbortSignal): Promise<string | null> {
    const res = await this.#send('GET', SLOT_PATH[slot], undefined, signal);
    const body = (res.body ?? {}) as Record<string, unknown>;
    const image = body['Image'];
    return body['Inserted'] === true && typeof image === 'string' && image !== '' ? image : null;
  }

  async insert(slot: MediaSlot, url: string, signal?: AbortSignal): Promise<void> {
    const current = await this.inserted(slot, signal);
    if (current === url) return;
    if (current !== null) await this.eject(slot, signal);
    await this.#send(
      'POST',
      `${SLOT_PATH[slot]}Actions/VirtualMedia.InsertMedia/`,
      { Image: url, Inserted: true, WriteProtected: true },
      signal,
    );
  }

  async eject(slot: MediaSlot, signal?: AbortSignal): Promise<void> {
    if ((await this.inserted(slot, signal)) === null) return;
    await this.#send('POST', `${SLOT_PATH[slot]}Actions/VirtualMedia.EjectMedia/`, {}, signal);
  }

  async bootOnceFromCd(signal?: AbortSignal): Promise<void> {
    await this.#send(
      'PATCH',
      '/redfish/v1/Systems/1/',
      { Boot: { BootSourceOverrideTarget: 'Cd', BootSourceOverrideEnabled: 'Once' } },
      signal,
    );
  }
}

function iloMessage(body: unknown): string | null {
  const error = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['error'] : null;
  const info =
    typeof error === 'object' && error !== null
      ? (error as Record<string, unknown>)['@Message.ExtendedInfo']
      : null;
  const first = Array.isArray(info) ? (info[0] as Record<string, unknown> | undefined) : undefined;
  return typeof first?.['MessageId'] === 'string' ? first['MessageId'] : null;
}
