import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OneViewAppliance } from '../../../src/adapters/oneview/oneview-appliance.js';
import { Secret } from '../../../src/core/secret/secret.js';
import { failureAttribution } from '../../../src/adapters/oneview/task-failure.js';
import type { InventorySnapshot } from '../../../src/core/observed/inventory.js';
import { formatStamp } from '../../../src/core/stamp/stamp.js';
import { captureLogger, connectSim, control, requestLog, startSim, type Sim } from './sim-harness.js';

let sim: Sim;
let inventory: InventorySnapshot;
const open: OneViewAppliance[] = [];

async function connect(
  ...args: Parameters<typeof connectSim> extends [Sim, ...infer R] ? R : never
): Promise<OneViewAppliance> {
  const a = await connectSim(sim, ...args);
  open.push(a);
  return a;
}

function compose(appliance: OneViewAppliance, node: string, bayName: string) {
  const hw = inventory.hardware.find((h) => h.name === bayName)!;
  const template = inventory.templates.find((t) => t.name === 'spt-k8s-worker')!;
  return appliance.composeProfile({
    name: node,
    templateUri: template.uri,
    hardwareUri: hw.uri,
    description: formatStamp({ site: 'dc1', node, spec: '0123456789abcdef', rev: '0123456789ab', gen: 1 }),
    deploymentPlanUri: template.deploymentPlanUri,
    customAttributes: [{ name: 'SERVER_FQDN', value: `${node}.dc1.example.org` }],
  });
}

beforeAll(async () => {
  sim = await startSim();
  const a = await connect();
  inventory = await a.readInventory();
});

afterEach(async () => {
  await control(sim, 'DELETE', '/faults');
  while (open.length > 0) await open.pop()!.close();
});

afterAll(async () => {
  await sim?.close();
});

describe('sessions', () => {
  it('logs in again when the session expires mid-run; the caller never sees it', async () => {
    const appliance = await connect();
    const hwUri = inventory.hardware[0]!.uri;
    await appliance.getHardware(hwUri);
    await control(sim, 'DELETE', '/requests');
    await control(sim, 'POST', '/faults/expire-sessions');
    const snapshot = await appliance.readInventory();
    expect(snapshot.hardware).toHaveLength(36);
    const log = await requestLog(sim);
    expect(log.filter((r) => r.status === 401).length).toBeGreaterThan(0);
    // Parallel collection reads that were refused together share one new login.
    expect(log.filter((r) => r.method === 'POST' && r.path === '/rest/login-sessions')).toHaveLength(1);
  });

  it('logs out on close, leaving no session behind', async () => {
    const before = ((await control(sim, 'GET', '/state')) as { sessions: number }).sessions;
    const appliance = await connect();
    expect(((await control(sim, 'GET', '/state')) as { sessions: number }).sessions).toBe(before + 1);
    await appliance.close();
    expect(((await control(sim, 'GET', '/state')) as { sessions: number }).sessions).toBe(before);
    await expect(appliance.getHardware(inventory.hardware[0]!.uri)).rejects.toMatchObject({
      code: 'ONEVIEW_CANCELLED',
    });
  });

  it('reports a wrong password clearly, after exactly one login attempt', async () => {
    await control(sim, 'DELETE', '/requests');
    const error = await connectSim(sim, { password: 'not-the-password' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ONEVIEW_AUTH_FAILED', retry: 'terminal', details: { status: 400 } });
    expect(JSON.stringify((error as { details: unknown }).details)).not.toContain('not-the-password');
    const logins = (await requestLog(sim)).filter((r) => r.path === '/rest/login-sessions');
    expect(logins).toHaveLength(1);
  });
});

describe('transient failures', () => {
  it('retries a burst of 503 on reads', async () => {
    const appliance = await connect();
    await control(sim, 'POST', '/faults/http-errors', {
      status: 503,
      count: 3,
      pathPrefix: '/rest/server-hardware',
    });
    await control(sim, 'DELETE', '/requests');
    const snapshot = await appliance.readInventory();
    expect(snapshot.hardware).toHaveLength(36);
    const log = await requestLog(sim);
    expect(log.filter((r) => r.status === 503)).toHaveLength(3);
  });

  it('waits out a 503 on a mutation (the appliance did not take it)', async () => {
    const appliance = await connect();
    const hw = inventory.hardware.find((h) => h.name === 'SYN-FRAME-01, bay 7')!;
    await control(sim, 'POST', '/faults/http-errors', {
      status: 503,
      count: 2,
      pathPrefix: `${hw.uri}/powerState`,
    });
    await appliance.powerOn(hw.uri);
    expect((await appliance.getHardware(hw.uri))?.powerState).toBe('On');
    await appliance.powerOff(hw.uri);
  });

  it('retries 502 and 504 on GET but never repeats a POST after one', async () => {
    const appliance = await connect();
    await control(sim, 'POST', '/faults/http-errors', {
      status: 502,
      count: 1,
      pathPrefix: '/rest/server-profiles',
    });
    await control(sim, 'POST', '/faults/http-errors', {
      status: 504,
      count: 1,
      pathPrefix: '/rest/enclosures',
    });
    expect((await appliance.readInventory()).profiles.length).toBeGreaterThan(0);

    await control(sim, 'POST', '/faults/http-errors', {
      status: 502,
      count: 1,
      pathPrefix: '/rest/server-profiles',
    });
    await control(sim, 'DELETE', '/requests');
    await expect(compose(appliance, 'k8s-w-09', 'SYN-FRAME-03, bay 5')).rejects.toMatchObject({
      code: 'ONEVIEW_UNAVAILABLE',
    });
    const posts = (await requestLog(sim)).filter(
      (r) => r.method === 'POST' && r.path === '/rest/server-profiles',
    );
    expect(posts).toHaveLength(1);
  });

  it('gives up on a 503 that lasts longer than the wait budget', async () => {
    const appliance = await connect({
      options: {
        retry: { maxAttempts: 3, backoff: { initialMs: 5, maxMs: 10, factor: 2 }, unavailableTimeoutMs: 50 },
      },
    });
    await control(sim, 'POST', '/faults/http-errors', {
      status: 503,
      count: 10_000,
      pathPrefix: '/rest/enclosure-groups',
    });
    await expect(appliance.readInventory()).rejects.toMatchObject({
      code: 'ONEVIEW_UNAVAILABLE',
      retry: 'transient',
      details: { status: 503, budgetMs: 50 },
    });
    await control(sim, 'DELETE', '/faults');
  });

  it('spends the wait budget once per outage of the appliance, not once per request', async () => {
    const appliance = await connect({
      options: {
        retry: { maxAttempts: 3, backoff: { initialMs: 5, maxMs: 10, factor: 2 }, unavailableTimeoutMs: 50 },
      },
    });
    await control(sim, 'POST', '/faults/http-errors', { status: 503, count: 10_000 });
    await expect(appliance.readInventory()).rejects.toMatchObject({ code: 'ONEVIEW_UNAVAILABLE' });
    // Still down: the next request gives up at its first 503 instead of waiting the budget again.
    const hw = inventory.hardware.find((h) => h.name === 'SYN-FRAME-01, bay 7')!;
    await expect(appliance.getHardware(hw.uri)).rejects.toMatchObject({ code: 'ONEVIEW_UNAVAILABLE' });
    expect((await requestLog(sim)).filter((r) => r.path === hw.uri)).toHaveLength(1);
    await control(sim, 'DELETE', '/faults');
    // Any other answer ends the outage: the full budget is there again.
    expect((await appliance.readInventory()).hardware).toHaveLength(36);
  });
});

describe('task failures and conflicts', () => {
  it('raises a typed error carrying the appliance errorCode; hardware codes are attributed to the hardware', async () => {
    const appliance = await connect();
    await control(sim, 'POST', '/faults/task-failures', {
      kind: 'profile-create',
      errorCode: 'AssignProfileToDeviceBayError',
      message: 'The server hardware in the bay was assigned to another profile.',
    });
    const error = await compose(appliance, 'k8s-w-01', 'SYN-FRAME-01, bay 2').catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'ONEVIEW_TASK_FAILED',
      retry: 'terminal',
      details: {
        operation: 'compose profile',
        errorCode: 'AssignProfileToDeviceBayError',
        message: 'The server hardware in the bay was assigned to another profile.',
        taskState: 'Error',
        attribution: 'hardware',
      },
    });
    expect(failureAttribution(error)).toBe('hardware');
  });

  it('attributes a compose on failed hardware to the hardware', async () => {
    const appliance = await connect();
    await control(sim, 'POST', '/faults/hardware-failure', {
      hardware: 'SYN-FRAME-02, bay 6',
      mode: 'critical',
    });
    try {
      expect(
        (await appliance.readInventory()).hardware.find((h) => h.name === 'SYN-FRAME-02, bay 6')?.status,
      ).toBe('Critical');
      const error = await compose(appliance, 'k8s-w-05', 'SYN-FRAME-02, bay 6').catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'ONEVIEW_TASK_FAILED',
        details: { attribution: 'hardware', errorCode: expect.any(String) },
      });
    } finally {
      await control(sim, 'POST', '/faults/hardware-failure', {
        hardware: 'SYN-FRAME-02, bay 6',
        mode: 'repair',
      });
    }
  });

  it('attributes a request failure to nothing', async () => {
    const appliance = await connect();
    await control(sim, 'POST', '/faults/task-failures', {
      kind: 'power-on',
      errorCode: 'InvalidPowerControlRequest',
      message: 'Nope.',
    });
    const hw = inventory.hardware.find((h) => h.name === 'SYN-FRAME-02, bay 4')!;
    const error = await appliance.powerOn(hw.uri).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'ONEVIEW_TASK_FAILED',
      details: { errorCode: 'InvalidPowerControlRequest', attribution: 'none' },
    });
  });

  it('refuses a delete whose eTag is stale (412) and leaves the profile', async () => {
    const appliance = await connect();
    const profile = await compose(appliance, 'k8s-w-02', 'SYN-FRAME-01, bay 3');
    const error = await appliance
      .deleteProfile(profile.uri, { eTag: `${profile.eTag}-stale` })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'ONEVIEW_PRECONDITION_FAILED',
      retry: 'transient',
      details: { status: 412 },
    });
    expect(await appliance.getProfile(profile.uri)).not.toBeNull();
    await appliance.deleteProfile(profile.uri, { eTag: profile.eTag });
    expect(await appliance.getProfile(profile.uri)).toBeNull();
  });

  it('reports a busy or conflicting resource as ONEVIEW_CONFLICT or a task error, never silently', async () => {
    const appliance = await connect();
    const legacy = inventory.profiles.find((p) => p.name === 'legacy-db-01')!;
    // The legacy profile's hardware is On: composing another profile there is refused by the appliance.
    const error = await compose(appliance, 'k8s-w-03', 'SYN-FRAME-03, bay 12').catch((e: unknown) => e);
    expect((error as { code: string }).code).toMatch(/^ONEVIEW_(CONFLICT|BAD_REQUEST|TASK_FAILED)$/);
    expect((error as { details: { errorCode: unknown } }).details.errorCode).toEqual(expect.any(String));
    expect(await appliance.getProfile(legacy.uri)).not.toBeNull();
  });
});

describe('TLS and versions', () => {
  it('refuses a self-signed certificate without a CA file, with a clear message', async () => {
    const error = await connectSim(sim, { site: { tls: { caFile: null, insecureSkipVerify: false } } }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'ONEVIEW_TLS', retry: 'terminal' });
    expect((error as Error).message).toBe('The TLS certificate of the appliance could not be verified.');
  });

  it('accepts it with the CA file', async () => {
    const appliance = await connect();
    expect(appliance.apiVersion).toBeGreaterThan(0);
  });

  it('refuses it when only the Site asks to skip verification, and says the setting was ignored', async () => {
    const { logger, lines } = captureLogger();
    const error = await connectSim(sim, {
      site: { tls: { caFile: null, insecureSkipVerify: true } },
      logger,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ONEVIEW_TLS' });
    expect(
      lines.filter((l) => l.includes('a Site setting that only the environment may give was ignored')),
    ).toHaveLength(1);
  });

  it('accepts it in explicit insecure mode set outside the repository, with one warning', async () => {
    const { logger, lines } = captureLogger();
    const appliance = await connect({
      site: { tls: { caFile: null, insecureSkipVerify: false } },
      env: { OV_INSECURE_SKIP_VERIFY: 'true' },
      logger,
    });
    await appliance.readInventory();
    const warnings = lines.filter((l) =>
      l.includes('TLS certificate verification of the appliance is turned off'),
    );
    expect(warnings).toHaveLength(1);
  });

  it('uses a pinned API version, and fails clearly on one the appliance does not support', async () => {
    const pinned = await connect({ site: { apiVersion: 2000 } });
    expect(pinned.apiVersion).toBe(2000);
    await expect(connectSim(sim, { site: { apiVersion: 999_999 } })).rejects.toMatchObject({
      code: 'ONEVIEW_VERSION_UNSUPPORTED',
    });
  });
});

describe('secrets', () => {
  it('never writes the password or a session token to any log line, at trace level', async () => {
    const revealed = new Set<string>();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called back with .call(this) below
    const original = Secret.prototype.reveal;
    const spy = vi.spyOn(Secret.prototype, 'reveal').mockImplementation(function (this: Secret) {
      const value = original.call(this);
      revealed.add(value);
      return value;
    });
    const { logger, lines } = captureLogger();
    try {
      const appliance = await connect({ logger });
      await appliance.readInventory();
      await control(sim, 'POST', '/faults/expire-sessions');
      await appliance.readInventory();
      await control(sim, 'POST', '/faults/http-errors', {
        status: 503,
        count: 2,
        pathPrefix: '/rest/server-profiles',
      });
      await control(sim, 'POST', '/faults/task-failures', {
        kind: 'profile-create',
        errorCode: 'ProfileAlreadyExistsInServer',
      });
      const error = await compose(appliance, 'k8s-w-04', 'SYN-FRAME-02, bay 5').catch((e: unknown) => e);
      logger.error({ err: error }, 'compose failed');
      const refused = await connectSim(sim, { password: `${sim.password}-wrong`, logger }).catch(
        (e: unknown) => e,
      );
      logger.error({ err: refused }, 'login failed');
      await appliance.close();
    } finally {
      spy.mockRestore();
    }
    expect(revealed.has(sim.password)).toBe(true);
    const tokens = [...revealed].filter((v) => v !== sim.password);
    expect(tokens.length).toBeGreaterThanOrEqual(2); // the first session and the one after expiry
    expect(lines.length).toBeGreaterThan(20);
    const text = lines.join('');
    for (const secret of [...revealed, `${sim.password}-wrong`]) expect(text).not.toContain(secret);
  });
});
