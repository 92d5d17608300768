import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createChecks } from '../../../src/adapters/checks/index.js';
import type { VerifyCheck } from '../../../src/core/desired/desired-state.js';
import { closedPort, startHttpServer, startTcpListener, type LocalServer } from './local-servers.js';

const checks = createChecks({ consul: { address: null, token: null } });
const target = { node: 'docker-01', consulNodeName: 'docker-01.dc1.example.org' };
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function server(handle: (res: ServerResponse, path: string) => void): Promise<LocalServer> {
  const s = await startHttpServer((req, res) => handle(res, req.url ?? '/'));
  cleanups.push(() => s.close());
  return s;
}

describe('tcp check', () => {
  it('passes when the port accepts a connection', async () => {
    const listener = await startTcpListener();
    cleanups.push(() => listener.close());
    const check: VerifyCheck = { name: 'ssh', type: 'tcp', host: '127.0.0.1', port: listener.port };
    expect(await checks.probe(target, check, { timeoutMs: 5_000 })).toEqual({
      check: 'ssh',
      passed: true,
      detail: 'connected',
    });
  });

  it('fails as refused when nothing listens', async () => {
    const check: VerifyCheck = { name: 'ssh', type: 'tcp', host: '127.0.0.1', port: await closedPort() };
    expect(await checks.probe(target, check, { timeoutMs: 5_000 })).toEqual({
      check: 'ssh',
      passed: false,
      failure: 'refused',
      detail: 'ECONNREFUSED',
    });
  });

  it('fails as unreachable for a host that does not resolve', async () => {
    const check: VerifyCheck = { name: 'ssh', type: 'tcp', host: 'no-such-host.invalid', port: 22 };
    expect(await checks.probe(target, check, { timeoutMs: 5_000 })).toMatchObject({
      passed: false,
      failure: 'unreachable',
    });
  });

  it('rejects with the abort reason when aborted during the attempt', async () => {
    const listener = await startTcpListener();
    cleanups.push(() => listener.close());
    const controller = new AbortController();
    const reason = new Error('shutdown');
    const check: VerifyCheck = { name: 'ssh', type: 'tcp', host: '127.0.0.1', port: listener.port };
    const probing = checks.probe(target, check, { timeoutMs: 5_000, signal: controller.signal });
    controller.abort(reason);
    await expect(probing).rejects.toBe(reason);
  });
});

describe('http check', () => {
  it('passes on the expected status', async () => {
    const s = await server((res) => res.writeHead(200).end('ok'));
    const check: VerifyCheck = { name: 'health', type: 'http', url: `${s.url}/healthz`, expectStatus: 200 };
    expect(await checks.probe(target, check, { timeoutMs: 5_000 })).toEqual({
      check: 'health',
      passed: true,
      detail: 'status 200',
    });
    expect(s.requests).toMatchObject([{ method: 'GET', url: '/healthz' }]);
  });

  it('fails on another status', async () => {
    const s = await server((res) => res.writeHead(503).end('starting'));
    const check: VerifyCheck = { name: 'health', type: 'http', url: `${s.url}/healthz`, expectStatus: 200 };
    expect(await checks.probe(target, check, { timeoutMs: 5_000 })).toEqual({
      check: 'health',
      passed: false,
      failure: 'unexpected-status',
      detail: 'status 503, expected 200',
    });
  });

  it('does not follow redirects, so a redirect can be the expected status', async () => {
    const s = await server((res, path) =>
      path === '/' ? res.writeHead(302, { location: '/login' }).end() : res.writeHead(200).end(),
    );
    const redirect: VerifyCheck = { name: 'ui', type: 'http', url: `${s.url}/`, expectStatus: 302 };
    expect(await checks.probe(target, redirect, { timeoutMs: 5_000 })).toMatchObject({ passed: true });
    expect(s.requests).toHaveLength(1);
  });

  it('fails as timeout when no answer comes within the attempt', async () => {
    const s = await server(() => undefined);
    const check: VerifyCheck = { name: 'health', type: 'http', url: `${s.url}/slow`, expectStatus: 200 };
    expect(await checks.probe(target, check, { timeoutMs: 50 })).toMatchObject({
      passed: false,
      failure: 'timeout',
    });
  });

  it('fails as refused when nothing listens, without echoing the URL', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/healthz?token=abc123tok`;
    const check: VerifyCheck = { name: 'health', type: 'http', url, expectStatus: 200 };
    const result = await checks.probe(target, check, { timeoutMs: 5_000 });
    expect(result).toMatchObject({ passed: false, failure: 'refused' });
    expect(JSON.stringify(result)).not.toContain('abc123tok');
  });

  it('refuses credentials in the URL as misconfigured, without echoing them', async () => {
    const s = await server((res) => res.writeHead(200).end());
    const url = `http://admin:s3cr3t-pass@127.0.0.1:${s.port}/healthz`;
    const check: VerifyCheck = { name: 'health', type: 'http', url, expectStatus: 200 };
    const result = await checks.probe(target, check, { timeoutMs: 5_000 });
    expect(result).toMatchObject({ passed: false, failure: 'misconfigured' });
    expect(JSON.stringify(result)).not.toContain('s3cr3t-pass');
    expect(s.requests).toHaveLength(0);
  });

  it('fails as misconfigured for a URL that is not http(s)', async () => {
    const check: VerifyCheck = { name: 'ftp', type: 'http', url: 'ftp://127.0.0.1/', expectStatus: 200 };
    expect(await checks.probe(target, check, { timeoutMs: 5_000 })).toMatchObject({
      passed: false,
      failure: 'misconfigured',
    });
  });

  it('rejects with the abort reason when aborted while waiting for the answer', async () => {
    const s = await server(() => undefined);
    const controller = new AbortController();
    const reason = new Error('shutdown');
    const check: VerifyCheck = { name: 'health', type: 'http', url: `${s.url}/slow`, expectStatus: 200 };
    const probing = checks.probe(target, check, { timeoutMs: 10_000, signal: controller.signal });
    await new Promise<void>((resolve) => {
      const poll = (): void => (s.requests.length > 0 ? resolve() : void setImmediate(poll));
      poll();
    });
    controller.abort(reason);
    await expect(probing).rejects.toBe(reason);
  });
});
