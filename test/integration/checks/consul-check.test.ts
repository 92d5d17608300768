import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksForSite } from '../../../src/adapters/checks/index.js';
import type { VerifyCheck } from '../../../src/core/desired/desired-state.js';
import { createLogger } from '../../../src/logging/create-logger.js';
import type { CheckTarget } from '../../../src/ports/checks.js';
import { startConsulApi, closedPort, type FakeConsulNode } from './local-servers.js';

type Consul = Awaited<ReturnType<typeof startConsulApi>>;

const target: CheckTarget = { node: 'k8s-w-01', consulNodeName: 'k8s-w-01.dc1.example.org' };
const nodeCheck: VerifyCheck = { name: 'consul', type: 'consul', service: null };
const kubelet: VerifyCheck = { name: 'kubelet', type: 'consul', service: 'kubelet' };
const TOKEN = 'b1gs3cr3t-acl-token-7f3a';

let consul: Consul;
let nodes: FakeConsulNode[];

beforeEach(async () => {
  nodes = [
    {
      node: 'k8s-w-01.dc1.example.org',
      serf: 'passing',
      services: [{ service: 'kubelet', status: 'passing' }],
    },
    {
      node: 'k8s-w-02.dc1.example.org',
      serf: 'passing',
      services: [{ service: 'docker', status: 'passing' }],
    },
  ];
  consul = await startConsulApi(nodes);
});
afterEach(async () => {
  await consul.close();
});

function checks(env: Record<string, string> = {}) {
  return checksForSite({ consulUrl: consul.url }, env);
}

const probe = (env: Record<string, string>, check: VerifyCheck, t: CheckTarget = target) =>
  checks(env).probe(t, check, { timeoutMs: 5_000 });

describe('consul check of a node', () => {
  it('passes when the node is in the catalog and its node checks pass', async () => {
    expect(await probe({}, nodeCheck)).toMatchObject({ check: 'consul', passed: true });
    expect(consul.requests.map((r) => r.url)).toEqual([
      '/v1/catalog/node/k8s-w-01.dc1.example.org',
      '/v1/health/node/k8s-w-01.dc1.example.org',
    ]);
  });

  it('fails as not-registered when the catalog has no such node', async () => {
    const other = { node: 'k8s-w-09', consulNodeName: 'k8s-w-09.dc1.example.org' };
    expect(await probe({}, nodeCheck, other)).toMatchObject({ passed: false, failure: 'not-registered' });
  });

  it('fails when a node check is not passing, naming it', async () => {
    nodes[0]!.serf = 'critical';
    expect(await probe({}, nodeCheck)).toEqual({
      check: 'consul',
      passed: false,
      failure: 'node-check-failing',
      detail: 'serfHealth=critical',
    });
  });

  it('ignores service checks when only the node is checked', async () => {
    nodes[0]!.services[0]!.status = 'critical';
    expect(await probe({}, nodeCheck)).toMatchObject({ passed: true });
  });

  it('reports a Consul error status and a body that is not Consul JSON', async () => {
    consul.fail(500);
    expect(await probe({}, nodeCheck)).toMatchObject({
      passed: false,
      failure: 'consul-error',
      detail: 'Consul answered 500',
    });
    consul.fail('invalid-json');
    expect(await probe({}, nodeCheck)).toMatchObject({
      passed: false,
      failure: 'consul-error',
      detail: 'Consul answered with invalid JSON',
    });
  });

  it('fails as misconfigured without any Consul address', async () => {
    const result = await checksForSite({ consulUrl: null }, {}).probe(target, nodeCheck, {
      timeoutMs: 1_000,
    });
    expect(result).toMatchObject({ passed: false, failure: 'misconfigured' });
  });

  it('fails as refused when nothing listens at the address', async () => {
    const port = await closedPort();
    const result = await checksForSite({ consulUrl: `http://127.0.0.1:${port}` }, {}).probe(
      target,
      nodeCheck,
      {
        timeoutMs: 5_000,
      },
    );
    expect(result).toMatchObject({ passed: false, failure: 'refused' });
  });
});

describe('consul check of a service', () => {
  it('passes when the service passes on that node', async () => {
    expect(await probe({}, kubelet)).toMatchObject({ check: 'kubelet', passed: true });
    const url = new URL(consul.requests[0]!.url, 'http://x');
    expect(url.pathname).toBe('/v1/health/service/kubelet');
    expect(url.searchParams.has('passing')).toBe(true);
    expect(url.searchParams.get('filter')).toBe('Node.Node == "k8s-w-01.dc1.example.org"');
  });

  it('fails when the service is critical on the node', async () => {
    nodes[0]!.services[0]!.status = 'critical';
    expect(await probe({}, kubelet)).toMatchObject({ passed: false, failure: 'service-not-passing' });
  });

  it('fails when the service passes only on another node', async () => {
    const docker: VerifyCheck = { name: 'docker', type: 'consul', service: 'docker' };
    expect(await probe({}, docker)).toMatchObject({ passed: false, failure: 'service-not-passing' });
  });

  it('fails when the node itself is failing, even with its service check passing', async () => {
    nodes[0]!.serf = 'critical';
    expect(await probe({}, kubelet)).toMatchObject({ passed: false, failure: 'service-not-passing' });
  });
});

describe('Consul address and token', () => {
  it('prefers CONSUL_HTTP_ADDR given as host:port without a scheme', async () => {
    const viaEnv = checksForSite(
      { consulUrl: 'http://consul.invalid:8500' },
      { CONSUL_HTTP_ADDR: `127.0.0.1:${consul.port}` },
    );
    expect(await viaEnv.probe(target, nodeCheck, { timeoutMs: 5_000 })).toMatchObject({ passed: true });
  });

  it('sends CONSUL_HTTP_TOKEN as X-Consul-Token and never logs it or returns it', async () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'trace',
      destination: { write: (l: string) => void lines.push(l) },
    });
    const withToken = checksForSite({ consulUrl: consul.url }, { CONSUL_HTTP_TOKEN: TOKEN }, logger);
    const results = [
      await withToken.probe(target, nodeCheck, { timeoutMs: 5_000 }),
      await withToken.probe(target, kubelet, { timeoutMs: 5_000 }),
    ];
    consul.fail(403);
    results.push(await withToken.probe(target, nodeCheck, { timeoutMs: 5_000 }));
    expect(consul.requests.map((r) => r.headers['x-consul-token'])).toEqual([TOKEN, TOKEN, TOKEN, TOKEN]);
    expect(lines.length).toBe(3);
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(JSON.stringify(results)).not.toContain(TOKEN);
  });

  it('sends no token header without CONSUL_HTTP_TOKEN', async () => {
    await probe({}, nodeCheck);
    expect(consul.requests[0]!.headers['x-consul-token']).toBeUndefined();
  });

  it('rejects with the abort reason when the caller aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(
      checks().probe(target, nodeCheck, { timeoutMs: 5_000, signal: controller.signal }),
    ).rejects.toBe(reason);
  });
});
