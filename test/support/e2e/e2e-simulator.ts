import { connectSim } from '../../integration/oneview/sim-harness.js';
import { Agent, request } from 'node:https';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../../src/simulator/index.js';
import type { CliEnv } from './built-cli.js';

/** One request the simulator answered, as its control API lists them. */
export interface LoggedRequest {
  readonly seq: number;
  readonly listener: 'oneview' | 'imageStreamer' | 'consul' | 'ilo' | 'images';
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly status: number;
  readonly time: string;
  readonly mutating: boolean;
  /** A short hash of the session token the request carried; null without one. */
  readonly client: string | null;
  /** For an iLO request: the server whose iLO it went to. */
  readonly server?: { readonly name: string; readonly uri: string };
}

export interface RequestFilter {
  readonly mutating?: boolean;
  readonly since?: number;
  readonly listener?: LoggedRequest['listener'];
  readonly pathPrefix?: string;
  readonly method?: string;
  /** An iLO's server, by name or URI. */
  readonly server?: string;
}

export interface SimHardware {
  readonly uri: string;
  readonly name: string;
  readonly powerState: string;
  readonly state: string;
  readonly status: string;
  readonly serverProfileUri: string | null;
}

export interface SimProfile {
  readonly uri: string;
  readonly name: string;
  readonly description: string | null;
  readonly serverHardwareUri: string | null;
  readonly state: string;
  readonly status: string;
  readonly inProgress: boolean;
}

export interface SimTask {
  readonly uri: string;
  readonly name: string;
  readonly taskState: string;
  readonly created: string;
  readonly modified: string;
  readonly associatedResource: { readonly resourceUri: string | null; readonly resourceName: string };
}

/** The parts of the simulator's state dump that the end-to-end tests read. */
export interface SimState {
  readonly time: string;
  readonly hardware: readonly SimHardware[];
  readonly profiles: readonly SimProfile[];
  readonly tasks: readonly SimTask[];
  readonly consul: unknown;
}

/** The root password hash example-repo's kickstart takes from the environment: no password has it. */
export const E2E_ROOT_PASSWORD_HASH =
  '$6$e2e-only$NoPasswordHashesToThisValueItIsATestMarker0000000000000000000000000';

/** Login and logout change no appliance state: the zero-mutation assertions leave them out. */
export function isSessionRequest(entry: LoggedRequest): boolean {
  return entry.path.startsWith('/rest/login-sessions');
}

/** A simulator started in the test process, its control API, and the environment the CLI needs to reach it. */
/** An action to run once the simulator has answered the request numbered `seq`. */
interface RequestWatch {
  readonly seq: number;
  readonly run: () => void;
}

export class E2eSimulator {
  readonly #sim: RunningSimulator;
  /** One kept-alive TLS connection pool: tests that poll the control API do not pay a handshake per look. */
  readonly #agent: Agent;
  readonly #watches = new Set<RequestWatch>();
  /** The newest request answered; unlike the log, it keeps counting across resets. */
  #lastSeq = 0;

  private constructor(sim: RunningSimulator) {
    this.#sim = sim;
    this.#agent = new Agent({ keepAlive: true, ca: sim.caCertPem, maxSockets: 4 });
  }

  static async start(options: SimulatorOptions = {}): Promise<E2eSimulator> {
    let logged: (seq: number) => void = () => undefined;
    const sim = await startSimulator({
      preset: 'synergy-demo',
      speed: 'fast',
      ...options,
      onRequest: (entry) => logged(entry.seq),
    });
    const started = new E2eSimulator(sim);
    logged = (seq) => started.#logged(seq);
    return started;
  }

  #logged(seq: number): void {
    this.#lastSeq = seq;
    for (const watch of this.#watches) {
      if (seq < watch.seq) continue;
      this.#watches.delete(watch);
      watch.run();
    }
  }

  /**
   * Runs `action` synchronously as the simulator logs the request numbered `seq` (at once if it already has): a
   * test acts at an exact request without polling. Returns a function that cancels it.
   */
  atRequest(seq: number, action: () => void): () => void {
    if (this.#lastSeq >= seq) {
      action();
      return () => undefined;
    }
    const watch: RequestWatch = { seq, run: action };
    this.#watches.add(watch);
    return () => this.#watches.delete(watch);
  }

  /** The appliance's (and its iLOs') password: what must appear nowhere Phoenix writes. */
  get password(): string {
    return this.#sim.password;
  }

  get consulUrl(): string {
    return this.#sim.consulUrl;
  }

  /** OV_* and CONSUL_HTTP_ADDR for the CLI; the state directory and time scale come from the caller. */
  env(stateDir: string, timeScale = '0.01'): CliEnv {
    return {
      OV_ADDRESS: this.#sim.oneviewUrl,
      OV_USERNAME: this.#sim.username,
      OV_PASSWORD: this.#sim.password,
      OV_CA_FILE: this.#sim.caFile,
      CONSUL_HTTP_ADDR: this.#sim.consulUrl,
      PHOENIX_STATE_DIR: stateDir,
      PHOENIX_TIME_SCALE: timeScale,
      // example-repo's rocky9 plan: the secret its kickstart names, and an image host only the simulated iLOs
      // reach by name (images.dc1.example.org), so Phoenix does not read it itself.
      ROCKY_ROOT_PASSWORD_HASH: E2E_ROOT_PASSWORD_HASH,
      PHOENIX_IMAGE_CHECK: 'off',
    };
  }

  async requests(filter: RequestFilter = {}): Promise<LoggedRequest[]> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filter)) query.set(key, String(value));
    const body = (await this.control('GET', `/requests?${query.toString()}`)) as {
      requests: LoggedRequest[];
    };
    return body.requests;
  }

  /** Mutating requests other than logging in and out. */
  async mutations(since?: number): Promise<LoggedRequest[]> {
    const all = await this.requests(since === undefined ? { mutating: true } : { mutating: true, since });
    return all.filter((r) => !isSessionRequest(r));
  }

  /** The sequence number of the newest request answered (0 when none), counting on across resets. */
  lastSeq(): Promise<number> {
    return Promise.resolve(this.#lastSeq);
  }

  async state(): Promise<SimState> {
    return (await this.control('GET', '/state')) as SimState;
  }

  async consulNodes(): Promise<string[]> {
    const response = await fetch(`${this.#sim.consulUrl}/v1/catalog/nodes`);
    const nodes = (await response.json()) as { Node: string }[];
    return nodes.map((n) => n.Node).sort();
  }

  async reset(): Promise<void> {
    await this.control('POST', '/reset', {});
  }

  async fault(kind: string, body: Record<string, unknown>): Promise<unknown> {
    return this.control('POST', `/faults/${kind}`, body);
  }

  async clearFaults(): Promise<void> {
    await this.control('DELETE', '/faults');
  }

  /** Runs every change the simulated clock has scheduled within `ms`, at once. */
  async advanceClock(ms: number): Promise<void> {
    await this.control('POST', '/clock/advance', { ms });
  }

  /**
   * Creates a server profile as another tool (or a person) would, through the OneView API, without a stamp,
   * and lets its task complete on the simulated clock.
   */
  async createForeignProfile(name: string, hardwareName: string): Promise<SimProfile> {
    const hardware = (await this.state()).hardware.find((h) => h.name === hardwareName);
    if (hardware === undefined) throw new Error(`no hardware named ${hardwareName}`);
    const login = (await this.call('POST', this.#sim.oneviewUrl, '/rest/login-sessions', null, {
      userName: this.#sim.username,
      password: this.#sim.password,
    })) as { sessionID: string };
    await this.call('POST', this.#sim.oneviewUrl, '/rest/server-profiles', login.sessionID, {
      type: 'ServerProfileV12',
      name,
      description: 'built by hand',
      serverHardwareUri: hardware.uri,
    });
    await this.call('DELETE', this.#sim.oneviewUrl, '/rest/login-sessions', login.sessionID);
    await this.advanceClock(600_000);
    const profile = (await this.state()).profiles.find((p) => p.name === name);
    if (profile === undefined || profile.inProgress) throw new Error(`profile ${name} was not created`);
    return profile;
  }

  async setDurations(durations: Record<string, number>): Promise<void> {
    await this.control('PUT', '/durations', durations);
  }

  /** One request to the OneView REST API in a session of its own, as another tool (or a person) would. */
  async oneview(method: string, path: string, body?: unknown): Promise<unknown> {
    const login = (await this.call('POST', this.#sim.oneviewUrl, '/rest/login-sessions', null, {
      userName: this.#sim.username,
      password: this.#sim.password,
    })) as { sessionID: string };
    try {
      return await this.call(method, this.#sim.oneviewUrl, path, login.sessionID, body);
    } finally {
      await this.call('DELETE', this.#sim.oneviewUrl, '/rest/login-sessions', login.sessionID);
    }
  }

  /** Every server profile template as the OneView REST API returns it, sorted by name. */
  async templates(): Promise<Record<string, unknown>[]> {
    const appliance = await connectSim(this.#sim);
    try {
      const list = (await appliance.getResource('/rest/server-profile-templates')) as {
        members?: Record<string, unknown>[];
      } | null;
      return [...(list?.members ?? [])].sort((a, b) => String(a['name']).localeCompare(String(b['name'])));
    } finally {
      await appliance.close();
    }
  }

  async close(): Promise<void> {
    this.#agent.destroy();
    await this.#sim.close();
  }

  control(method: string, path: string, body?: unknown): Promise<unknown> {
    return this.call(method, this.#sim.controlUrl, path, null, body);
  }

  private call(
    method: string,
    base: string,
    path: string,
    session: string | null,
    body?: unknown,
  ): Promise<unknown> {
    const url = new URL(`${base}${path}`);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    // The control API takes a bearer token; OneView takes its session ID in the `auth` header.
    const auth: Record<string, string> =
      session === null ? { authorization: `Bearer ${this.#sim.controlToken}` } : { auth: session };
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          agent: this.#agent,
          headers: {
            ...auth,
            'x-api-version': '3800',
            ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          res.on('end', () => {
            if ((res.statusCode ?? 500) >= 400) {
              reject(new Error(`${method} ${path} answered ${res.statusCode}: ${text}`));
              return;
            }
            resolve(text === '' ? null : JSON.parse(text));
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }
}
