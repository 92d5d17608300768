import type { ChildProcess } from 'node:child_process';
import { collect, spawnCli, type CliResult } from '../e2e/built-cli.js';
import type { E2eSimulator } from '../e2e/e2e-simulator.js';

export const API_TOKEN = 'replica-test-token';

/** Lease timing of the tests: short, so that a failover takes seconds. */
export const TEST_LEASE = { ttl: '3s', renew: '500ms', margin: '1s', ttlMs: 3_000, renewMs: 500 } as const;

export interface ReplicaStatusJson {
  readonly replica: string;
  readonly leading: boolean;
  readonly leader: { holder: string; epoch: number; since: string } | null;
  readonly lastAppliedRevision: string | null;
  readonly lastPass: { result: string; revision: string | null } | null;
}

/** One `phoenix sync` replica spawned from the built CLI. */
export class ReplicaProcess {
  readonly id: string;
  readonly child: ChildProcess;
  readonly exited: Promise<CliResult>;
  #stderr = '';
  #url: string | null = null;

  constructor(id: string, child: ChildProcess) {
    this.id = id;
    this.child = child;
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.#stderr = (this.#stderr + chunk).slice(-400_000);
      const match = /"url":"(http:\/\/[^"]+)"[^\n]*sync api listening/.exec(this.#stderr);
      if (match !== null && this.#url === null) this.#url = match[1]!;
    });
    this.exited = collect(child);
  }

  get stderr(): string {
    return this.#stderr;
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The API address, once the replica logged it. */
  async url(): Promise<string> {
    for (let i = 0; i < 600 && this.#url === null; i++) {
      if (!this.isRunning) throw new Error(`replica ${this.id} exited: ${this.#stderr.slice(-3_000)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (this.#url === null)
      throw new Error(`replica ${this.id} never listened: ${this.#stderr.slice(-3_000)}`);
    return this.#url;
  }

  async status(): Promise<ReplicaStatusJson> {
    const response = await fetch(`${await this.url()}/api/v1/status`);
    return (await response.json()) as ReplicaStatusJson;
  }

  async post(
    path: string,
    init: { body?: string; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    return fetch(`${await this.url()}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_TOKEN}`, ...init.headers },
      redirect: 'manual',
      ...(init.body === undefined ? {} : { body: init.body }),
    });
  }

  async get(path: string): Promise<unknown> {
    const response = await fetch(`${await this.url()}${path}`);
    return response.json();
  }

  signal(signal: NodeJS.Signals): void {
    if (this.isRunning) this.child.kill(signal);
  }

  async stop(): Promise<CliResult> {
    this.signal('SIGCONT');
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), 20_000);
    const result = await this.exited;
    clearTimeout(timer);
    return result;
  }
}

export interface ReplicaSetOptions {
  readonly repo: string;
  readonly sim: E2eSimulator;
  readonly databaseUrl: string;
  readonly databasePassword: string;
  readonly stateDirOf: (id: string) => string;
  readonly site?: string;
  /** The environment of a replica given its state directory; default the simulator's (OV_* and the rest). */
  readonly envOf?: (stateDir: string) => Readonly<Record<string, string>>;
}

export const WEBHOOK_SECRET = 'replica-webhook-secret';

/** Replicas of one site sharing one database; each has a state directory of its own (its Git cache). */
export class ReplicaSet {
  readonly #o: ReplicaSetOptions;
  readonly replicas: ReplicaProcess[] = [];
  #started = 0;

  constructor(options: ReplicaSetOptions) {
    this.#o = options;
  }

  /** Starts a replica; `sites` are its --site values (default the one site of the set). */
  start(sites?: readonly string[]): ReplicaProcess {
    this.#started += 1;
    const id = `replica-${this.#started}`;
    const o = this.#o;
    const child = spawnCli(
      [
        'sync',
        '--repo',
        o.repo,
        '--auto-apply',
        '--listen',
        '127.0.0.1:0',
        '--schedule',
        '0 0 1 1 *',
        '--jitter',
        '0s',
        '--database-url',
        o.databaseUrl,
        ...(sites ?? [o.site ?? 'dc1']).flatMap((site) => ['--site', site]),
        '--replica-id',
        id,
        '--lease-ttl',
        TEST_LEASE.ttl,
        '--lease-renew',
        TEST_LEASE.renew,
        '--lease-margin',
        TEST_LEASE.margin,
        '--shutdown-timeout',
        '30s',
      ],
      {
        ...(o.envOf ?? ((dir: string) => o.sim.env(dir)))(o.stateDirOf(id)),
        PHOENIX_WEBHOOK_SECRET: WEBHOOK_SECRET,
        PHOENIX_DATABASE_PASSWORD: o.databasePassword,
        PHOENIX_API_TOKEN: API_TOKEN,
        PHOENIX_LOG_LEVEL: 'info',
      },
    );
    const replica = new ReplicaProcess(id, child);
    this.replicas.push(replica);
    return replica;
  }

  get running(): ReplicaProcess[] {
    return this.replicas.filter((r) => r.isRunning);
  }

  /** The replicas that say they lead, asked one after another. */
  async leaders(): Promise<ReplicaProcess[]> {
    const leading: ReplicaProcess[] = [];
    for (const replica of this.running) {
      const status = await replica.status().catch(() => null);
      if (status?.leading === true) leading.push(replica);
    }
    return leading;
  }

  /** Waits (bounded) until exactly one running replica leads, and returns it. */
  async leader(timeoutMs = 30_000): Promise<ReplicaProcess> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const leading = await this.leaders();
      if (leading.length === 1) return leading[0]!;
      if (Date.now() > deadline) throw new Error(`${leading.length} leaders after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.replicas.map((r) => r.stop()));
  }
}
