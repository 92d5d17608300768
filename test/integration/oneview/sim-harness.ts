import { request } from 'node:https';
import { connectAppliance, type ConnectOptions } from '../../../src/adapters/oneview/connect-appliance.js';
import {
  resolveConnectionConfig,
  type SiteConnection,
} from '../../../src/adapters/oneview/connection-config.js';
import type { OneViewAppliance } from '../../../src/adapters/oneview/oneview-appliance.js';
import { createLogger, createSilentLogger } from '../../../src/logging/create-logger.js';
import type { Logger } from '../../../src/ports/logger.js';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../../src/simulator/index.js';

export type Sim = RunningSimulator;

export function startSim(options: SimulatorOptions = {}): Promise<Sim> {
  return startSimulator(options);
}

/** Short intervals so that tests wait milliseconds, not seconds; nothing here is a wall-clock assertion. */
export const FAST: Omit<ConnectOptions, 'logger'> = {
  pageSize: 10,
  requestTimeoutMs: 10_000,
  retry: { maxAttempts: 4, backoff: { initialMs: 5, maxMs: 20, factor: 2 }, unavailableTimeoutMs: 10_000 },
  taskPoll: { initialMs: 5, maxMs: 25, factor: 1.5 },
};

export function siteFor(
  sim: Sim,
  overrides: Partial<SiteConnection['oneview']> = {},
  discover = false,
): SiteConnection {
  return {
    oneview: {
      url: sim.oneviewUrl,
      apiVersion: null,
      username: sim.username,
      password: { env: 'TEST_OV_PASSWORD' },
      authDomain: null,
      tls: { caFile: sim.caFile, insecureSkipVerify: false },
      ...overrides,
    },
    imageStreamerUrl: discover ? null : sim.imageStreamerUrl,
  };
}

export interface ConnectSimOptions {
  readonly site?: Partial<SiteConnection['oneview']>;
  readonly password?: string;
  readonly discover?: boolean;
  /** More environment variables (OV_INSECURE_SKIP_VERIFY...). */
  readonly env?: Readonly<Record<string, string>>;
  readonly logger?: Logger;
  readonly options?: Partial<Omit<ConnectOptions, 'logger'>>;
}

export async function connectSim(sim: Sim, o: ConnectSimOptions = {}): Promise<OneViewAppliance> {
  const config = await resolveConnectionConfig(siteFor(sim, o.site, o.discover), {
    TEST_OV_PASSWORD: o.password ?? sim.password,
    ...o.env,
  });
  return connectAppliance(config, { ...FAST, ...o.options, logger: o.logger ?? createSilentLogger() });
}

/** A pino logger at trace level whose lines are kept in memory. */
export function captureLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger({
    level: 'trace',
    destination: { write: (line: string) => void lines.push(line) },
  });
  return { logger, lines };
}

/** Calls the simulator control API (/_sim/...) over HTTPS, trusting its CA. */
export function control(sim: Sim, method: string, path: string, body?: unknown): Promise<unknown> {
  const url = new URL(`${sim.controlUrl}${path}`);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        ca: sim.caCertPem,
        headers: {
          authorization: `Bearer ${sim.controlToken}`,
          ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 500) >= 400)
            reject(new Error(`control ${method} ${path}: ${res.statusCode} ${text}`));
          else resolve(text === '' ? null : JSON.parse(text));
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly status: number;
  readonly listener: string;
}

export async function requestLog(sim: Sim): Promise<LoggedRequest[]> {
  return ((await control(sim, 'GET', '/requests')) as { requests: LoggedRequest[] }).requests;
}
