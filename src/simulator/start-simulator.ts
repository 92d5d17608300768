import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { generate } from 'selfsigned';
import type { SimulatorLogger } from './simulator-logger.js';
import { registerControlRoutes } from './control/control-routes.js';
import { presetSeed, type PresetChoice } from './presets/build-preset.js';
import { parseInventory } from './presets/parse-inventory.js';
import type { SeedSpec } from './presets/seed-spec.js';
import { registerConsulRoutes } from './routes/consul-routes.js';
import { API_VERSION, createListener } from './routes/http-listener.js';
import { registerImageStreamerRoutes } from './routes/image-streamer-routes.js';
import { registerLabelRoutes } from './routes/label-routes.js';
import { registerProfileRoutes } from './routes/profile-routes.js';
import { registerResourceRoutes } from './routes/oneview-resource-routes.js';
import { PUBLIC_PATHS, registerSessionRoutes } from './routes/oneview-session-routes.js';
import { resolveDurations, type Durations, type Speed } from './state/durations.js';
import { IloListeners } from './routes/ilo-listeners.js';
import { registerImageRoutes } from './routes/image-routes.js';
import { demoInstallImages } from './state/install-images.js';
import { iloOf, registerRedfishRoutes } from './routes/redfish-routes.js';
import { MAX_ILOS, iloAddress } from './state/ilo-state.js';
import type { RequestLogEntry } from './state/request-log.js';
import { SimAppliance } from './state/sim-appliance.js';

function iloAddresses(sim: SimAppliance): string[] {
  return [...sim.ilos.values()].map((i) => i.address);
}

export interface SimulatorOptions {
  /** Default 'synergy-demo'. */
  preset?: PresetChoice;
  /** Seed from a `phoenix inventory export` JSON file instead of a preset. */
  inventoryFile?: string;
  /** Default 'fast'. */
  speed?: Speed;
  /** Per-operation durations in ms, applied after the speed. */
  durations?: Partial<Durations>;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (any free port) for each listener. */
  ports?: { oneview?: number; imageStreamer?: number; consul?: number };
  /** Default Administrator; password and control token are generated when absent. */
  username?: string;
  password?: string;
  controlToken?: string;
  cert?: { certPem: string; keyPem: string };
  /** CA certificates (PEM) the iLOs trust, besides the system's, when they read virtual media over HTTPS. */
  mediaCaPem?: string;
  /** Serve the servers' iLOs (Redfish on their loopback addresses). Default true. */
  ilo?: boolean;
  logger?: SimulatorLogger;
  /**
   * Told of each request the simulator answered (the control API's excepted), as it logs it: a test in the same
   * process can act at an exact request, e.g. kill the client that sent it, without polling the control API.
   */
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface RunningSimulator {
  oneviewUrl: string;
  imageStreamerUrl: string;
  consulUrl: string;
  /**
   * The site's image host (plain HTTP): the demo's install images by path. The simulated iLOs also reach it as
   * images.dc1.example.org, the name example-repo's Plans use.
   */
  imagesUrl: string;
  controlUrl: string;
  /** PEM of the certificate to trust (the self-signed server certificate). */
  caCertPem: string;
  /** The same PEM written to a temporary file, removed on close. */
  caFile: string;
  username: string;
  password: string;
  controlToken: string;
  /** The port every server's iLO answers on, at the address its mpHostInfo reports; null without iLOs. */
  iloPort: number | null;
  close(): Promise<void>;
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

async function certificate(host: string, ilo: boolean): Promise<{ certPem: string; keyPem: string }> {
  const isIp = /^[\d.]+$/.test(host) || host.includes(':');
  const altNames: { type: 2 | 7; value?: string; ip?: string }[] = [
    { type: 2, value: 'localhost' },
    { type: 7, ip: '127.0.0.1' },
    { type: 7, ip: '::1' },
  ];
  if (isIp && host !== '127.0.0.1' && host !== '::1' && host !== '0.0.0.0' && host !== '::')
    altNames.push({ type: 7, ip: host });
  if (!isIp && host !== 'localhost') altNames.push({ type: 2, value: host });
  // Every iLO address a seed can have, so that clients check the iLOs' certificate like the appliance's.
  if (ilo) for (let i = 0; i < MAX_ILOS; i++) altNames.push({ type: 7, ip: iloAddress(i) });
  const pems = await generate([{ name: 'commonName', value: 'phoenix-simulator' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 365 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  return { certPem: pems.cert, keyPem: pems.private };
}

async function loadSeed(options: SimulatorOptions): Promise<SeedSpec> {
  if (options.inventoryFile) {
    const { readFile } = await import('node:fs/promises');
    let json: unknown;
    try {
      json = JSON.parse(await readFile(options.inventoryFile, 'utf8')) as unknown;
    } catch (e) {
      throw new Error(`Cannot read the inventory file ${options.inventoryFile}: ${(e as Error).message}`);
    }
    try {
      return parseInventory(json);
    } catch (e) {
      throw new Error(`The inventory file ${options.inventoryFile} is not valid: ${(e as Error).message}`);
    }
  }
  return presetSeed(options.preset ?? 'synergy-demo');
}

async function listen(app: FastifyInstance, host: string, port: number): Promise<number> {
  await app.listen({ host, port });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the simulator listener has no TCP address');
  return address.port;
}

/** Starts OneView (HTTPS), Image Streamer (HTTPS) and Consul (HTTP) listeners over one simulated appliance. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const host = options.host ?? '127.0.0.1';
  const seed = await loadSeed(options);
  const durations = resolveDurations(options.speed ?? 'fast', options.durations);
  const withIlo = options.ilo !== false;
  const cert = options.cert ?? (await certificate(host, withIlo));
  const username = options.username ?? 'Administrator';
  const password = options.password ?? randomBytes(12).toString('base64url');
  const controlToken = options.controlToken ?? randomBytes(24).toString('base64url');
  const tls = { cert: cert.certPem, key: cert.keyPem };
  const reachableHost = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;

  const sim = new SimAppliance(seed, {
    durations,
    ...(options.mediaCaPem ? { mediaCaPem: options.mediaCaPem } : {}),
    imageStreamerHost: reachableHost,
    imageStreamerUrl: '',
    datacenter: 'dc1',
  });
  sim.requestLog.onAdd = options.onRequest ?? null;
  const i3s = createListener(sim, {
    listener: 'imageStreamer',
    tls,
    publicPaths: ['/rest/version'],
    oneViewRules: true,
  });
  registerImageStreamerRoutes(i3s, sim);
  let i3sPort: number;
  try {
    i3sPort = await listen(i3s, host, options.ports?.imageStreamer ?? 0);
  } catch (e) {
    sim.close();
    await i3s.close();
    throw e;
  }
  const imageStreamerUrl = `https://${urlHost(reachableHost)}:${i3sPort}`;
  sim.setImageStreamerUrl(imageStreamerUrl);

  const oneview = createListener(sim, {
    listener: 'oneview',
    tls,
    publicPaths: PUBLIC_PATHS,
    oneViewRules: true,
  });
  registerSessionRoutes(
    oneview,
    sim,
    { username, password },
    { currentVersion: API_VERSION.current, minimumVersion: API_VERSION.minimum },
  );
  registerResourceRoutes(oneview, sim);
  registerProfileRoutes(oneview, sim);
  registerLabelRoutes(oneview, sim);
  registerControlRoutes(oneview, sim, controlToken);
  const consul = createListener(sim, { listener: 'consul', tls: null, publicPaths: [], oneViewRules: false });
  registerConsulRoutes(consul, sim);
  // The site's image host, plain HTTP as install images usually are: their checksum is what protects them.
  const images = createListener(sim, { listener: 'images', tls: null, publicPaths: [], oneViewRules: false });
  registerImageRoutes(images, demoInstallImages());

  const iloApp = createListener(sim, {
    listener: 'ilo',
    tls,
    publicPaths: [],
    oneViewRules: false,
    serverOf: (req) => {
      const ilo = iloOf(sim, req);
      const hw = ilo ? sim.state.hardware.get(ilo.hardwareUri) : undefined;
      return ilo ? { name: hw?.name ?? ilo.hardwareUri, uri: ilo.hardwareUri } : undefined;
    },
  });
  registerRedfishRoutes(iloApp, sim, { username, password });

  let ovPort: number;
  let consulPort: number;
  let imagesPort: number;
  let ilos: IloListeners | null = null;
  try {
    ovPort = await listen(oneview, host, options.ports?.oneview ?? 0);
    consulPort = await listen(consul, host, options.ports?.consul ?? 0);
    imagesPort = await listen(images, host, 0);
    sim.imageHostUrl = `http://${urlHost(reachableHost)}:${imagesPort}`;
    if (withIlo) {
      ilos = await IloListeners.start(iloApp, iloAddresses(sim));
      const bound = ilos;
      sim.afterSeed = () => bound.sync(iloAddresses(sim));
      sim.iloPort = bound.port;
    }
  } catch (e) {
    sim.close();
    await Promise.allSettled([
      i3s.close(),
      oneview.close(),
      consul.close(),
      images.close(),
      iloApp.close(),
      ilos?.close(),
    ]);
    throw e;
  }
  const dir = await mkdtemp(join(tmpdir(), 'phoenix-sim-'));
  const caFile = join(dir, 'ca.pem');
  await writeFile(caFile, cert.certPem, { mode: 0o600 });
  const oneviewUrl = `https://${urlHost(reachableHost)}:${ovPort}`;
  options.logger?.info(
    { oneviewUrl, imageStreamerUrl, hardware: sim.state.hardware.size },
    'simulator started',
  );
  let closed = false;
  return {
    oneviewUrl,
    imageStreamerUrl,
    consulUrl: `http://${urlHost(reachableHost)}:${consulPort}`,
    imagesUrl: `http://${urlHost(reachableHost)}:${imagesPort}`,
    controlUrl: `${oneviewUrl}/_sim`,
    caCertPem: cert.certPem,
    caFile,
    username,
    password,
    controlToken,
    iloPort: ilos?.port ?? null,
    async close() {
      if (closed) return;
      closed = true;
      sim.close();
      await Promise.allSettled([
        oneview.close(),
        i3s.close(),
        consul.close(),
        images.close(),
        ilos?.close(),
        iloApp.close(),
      ]);
      await rm(dir, { recursive: true, force: true });
      options.logger?.info('simulator stopped');
    },
  };
}
