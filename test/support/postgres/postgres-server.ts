import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's layout: one folder per major version, binaries under `<version>/bin`. */
const DEBIAN_ROOT = '/usr/lib/postgresql';

/** The newest PostgreSQL server installed, found at run time; a missing server fails the run. */
export function findPostgresBin(): string {
  const fromEnv = process.env['PHOENIX_TEST_PG_BIN'];
  if (fromEnv !== undefined && existsSync(join(fromEnv, 'postgres'))) return fromEnv;
  const versions = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT)
        .filter((v) => existsSync(join(DEBIAN_ROOT, v, 'bin', 'postgres')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0] !== undefined) return join(DEBIAN_ROOT, versions[0], 'bin');
  const config = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const dir = config.status === 0 ? config.stdout.trim() : '';
  if (dir !== '' && existsSync(join(dir, 'postgres'))) return dir;
  throw new Error(
    'No PostgreSQL server found (install the `postgresql` package): the tests need a real one.',
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = (): boolean => process.getuid?.() === 0;

/** The server refuses to run as root: as root, commands run as the `postgres` user. */
function asServerUser(command: string, args: readonly string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
}

function run(command: string, args: readonly string[]): void {
  const [cmd, argv] = asServerUser(command, args);
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
}

export interface PostgresServerOptions {
  /** Extra `-c name=value` settings. */
  readonly settings?: Readonly<Record<string, string>>;
}

/**
 * A real PostgreSQL server for one test file: a fresh data directory in a temporary folder, a free loopback
 * port, password authentication, stopped and removed by `close()`.
 */
export class PostgresServer {
  readonly port: number;
  readonly user = 'phoenix';
  readonly password: string;
  readonly database = 'phoenix';
  readonly #bin: string;
  readonly #root: string;
  readonly #settings: Readonly<Record<string, string>>;
  #child: ChildProcess | null = null;
  #log = '';

  private constructor(
    bin: string,
    root: string,
    port: number,
    password: string,
    settings: PostgresServerOptions['settings'],
  ) {
    this.#bin = bin;
    this.#root = root;
    this.port = port;
    this.password = password;
    this.#settings = settings ?? {};
  }

  static async start(options: PostgresServerOptions = {}): Promise<PostgresServer> {
    const bin = findPostgresBin();
    const root = await mkdtemp(join(tmpdir(), 'phoenix-pg-'));
    const password = randomBytes(12).toString('hex');
    const server = new PostgresServer(bin, root, await freePort(), password, options.settings);
    try {
      await server.#init();
      await server.startServer();
      server.#createDatabase();
    } catch (error) {
      await server.close();
      throw error;
    }
    return server;
  }

  get dataDir(): string {
    return join(this.#root, 'data');
  }

  /** The connection string without the password (given through PGPASSWORD or a file). */
  get url(): string {
    return `postgres://${this.user}@127.0.0.1:${this.port}/${this.database}`;
  }

  /** The connection string with the password, for clients in this process. */
  get urlWithPassword(): string {
    return `postgres://${this.user}:${this.password}@127.0.0.1:${this.port}/${this.database}`;
  }

  /** The server's own log so far (for a failed test's message). */
  get log(): string {
    return this.#log;
  }

  async #init(): Promise<void> {
    if (isRoot()) {
      await chmod(this.#root, 0o700);
      await chown(this.#root, uidOf('postgres'), gidOf('postgres'));
    }
    const pwfile = join(this.#root, 'pwfile');
    await writeFile(pwfile, `${this.password}\n`, { mode: 0o600 });
    if (isRoot()) await chown(pwfile, uidOf('postgres'), gidOf('postgres'));
    run(join(this.#bin, 'initdb'), [
      '-D',
      this.dataDir,
      '-U',
      this.user,
      '--auth=scram-sha-256',
      `--pwfile=${pwfile}`,
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    await rm(pwfile);
  }

  /** Starts the server on its port and resolves once it accepts connections. */
  async startServer(): Promise<void> {
    if (this.#child !== null) return;
    const settings = {
      listen_addresses: '127.0.0.1',
      unix_socket_directories: this.#root,
      fsync: 'off',
      max_connections: '100',
      ...this.#settings,
    };
    const args = ['-D', this.dataDir, '-p', String(this.port)];
    for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`);
    const [cmd, argv] = asServerUser(join(this.#bin, 'postgres'), args);
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.#child = child;
    const append = (chunk: Buffer): void => {
      this.#log = (this.#log + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    for (let i = 0; i < 300; i++) {
      if (child.exitCode !== null) throw new Error(`postgres exited at start: ${this.#log}`);
      const ready = spawnSync(join(this.#bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(this.port)]);
      if (ready.status === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`postgres did not become ready: ${this.#log}`);
  }

  /** Stops the server: `fast` disconnects clients and shuts down cleanly, `immediate` is a crash. */
  async stopServer(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    const child = this.#child;
    if (child === null) return;
    this.#child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // Signal the postmaster itself (not runuser in front of it): SIGINT is a fast shutdown, SIGQUIT a crash.
    const pid = Number((await readFile(join(this.dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    process.kill(pid, mode === 'fast' ? 'SIGINT' : 'SIGQUIT');
    await exited;
  }

  /** Stops the server and starts it again on the same port and data. */
  async restart(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.stopServer(mode);
    await this.startServer();
  }

  /** A fresh, empty database on this server, named after `name`; returns its connection string. */
  createDatabase(name: string): { url: string; urlWithPassword: string } {
    this.#psql('postgres', `CREATE DATABASE "${name}"`);
    const base = `127.0.0.1:${this.port}/${name}`;
    return {
      url: `postgres://${this.user}@${base}`,
      urlWithPassword: `postgres://${this.user}:${this.password}@${base}`,
    };
  }

  #createDatabase(): void {
    this.#psql('postgres', `CREATE DATABASE "${this.database}"`);
  }

  #psql(database: string, sql: string): void {
    const result = spawnSync(
      join(this.#bin, 'psql'),
      [
        '-h',
        '127.0.0.1',
        '-p',
        String(this.port),
        '-U',
        this.user,
        '-d',
        database,
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        sql,
      ],
      { encoding: 'utf8', env: { ...process.env, PGPASSWORD: this.password } },
    );
    if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
  }

  async close(): Promise<void> {
    await this.stopServer('fast');
    await rm(this.#root, { recursive: true, force: true });
  }
}

function idOf(flag: '-u' | '-g', user: string): number {
  const result = spawnSync('id', [flag, user], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`No ${user} user: install the postgresql package.`);
  return Number(result.stdout.trim());
}

const uidOf = (user: string): number => idOf('-u', user);
const gidOf = (user: string): number => idOf('-g', user);
