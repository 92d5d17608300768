import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, ensureBuilt, spawnCli, type CliResult } from '../support/e2e/built-cli.js';

interface Endpoints {
  oneview: string;
  imageStreamer: string;
  consul: string;
  control: string;
  caFile: string;
  username: string;
  password: string;
  controlToken: string;
  iloPort: number | null;
}

/** The first line the child writes on stdout; rejects when it exits before writing one. */
function firstLine(child: ChildProcess, exited: Promise<CliResult>): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer | string) => {
      seen += chunk.toString();
      const end = seen.indexOf('\n');
      if (end >= 0) resolve(seen.slice(0, end));
    });
    void exited.then((r) =>
      reject(new Error(`the simulator exited (code ${r.code}) before printing its endpoints: ${r.stderr}`)),
    );
  });
}

describe('phoenix simulator --preset synergy-demo (built CLI)', () => {
  let child: ChildProcess;
  let exited: Promise<CliResult>;
  let endpoints: Endpoints;
  let dispatcher: Agent;

  beforeAll(async () => {
    await ensureBuilt();
    child = spawnCli(['simulator', '--preset', 'synergy-demo'], {});
    exited = collect(child);
    endpoints = JSON.parse(await firstLine(child, exited)) as Endpoints;
    dispatcher = new Agent({ connect: { ca: await readFile(endpoints.caFile, 'utf8') } });
  }, 180_000);

  afterAll(async () => {
    await dispatcher?.close();
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('prints its endpoints as one JSON line', () => {
    expect(endpoints.oneview).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(endpoints.imageStreamer).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(endpoints.consul).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(endpoints.control).toBe(`${endpoints.oneview}/_sim`);
    expect(endpoints.username).toBe('Administrator');
    expect(endpoints.password).not.toBe('');
    expect(endpoints.iloPort).toBeGreaterThan(0);
  });

  it('answers GET /rest/version over HTTPS, trusted through the printed caFile', async () => {
    const r = await request(`${endpoints.oneview}/rest/version`, {
      dispatcher,
      headers: { 'X-API-Version': '3800' },
    });
    expect(r.statusCode).toBe(200);
    expect(await r.body.json()).toEqual({ currentVersion: 3800, minimumVersion: 120 });
  });

  it('refuses a client that does not trust its certificate (verification stays on)', async () => {
    const untrusting = new Agent();
    try {
      await expect(
        request(`${endpoints.oneview}/rest/version`, { dispatcher: untrusting }),
      ).rejects.toThrow();
    } finally {
      await untrusting.close();
    }
  });

  it('serves the synergy-demo inventory to the printed credentials', async () => {
    const headers = { 'X-API-Version': '3800', 'Content-Type': 'application/json' };
    const login = await request(`${endpoints.oneview}/rest/login-sessions`, {
      method: 'POST',
      dispatcher,
      headers,
      body: JSON.stringify({ userName: endpoints.username, password: endpoints.password }),
    });
    expect(login.statusCode).toBe(200);
    const { sessionID } = (await login.body.json()) as { sessionID: string };
    const list = await request(`${endpoints.oneview}/rest/server-hardware?count=-1`, {
      dispatcher,
      headers: { ...headers, auth: sessionID },
    });
    const body = (await list.body.json()) as { total: number; members: { name: string }[] };
    expect(body.total).toBe(36);
    expect(body.members.map((m) => m.name)).toContain('SYN-FRAME-03, bay 12');
  });

  it('stops on SIGTERM with exit code 0 and removes its caFile', async () => {
    child.kill('SIGTERM');
    const result = await exited;
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(endpoints.caFile)).toBe(false);
  });
});
