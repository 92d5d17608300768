import { readdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRevisionSource } from '../../../src/adapters/git/index.js';
import { PhoenixError } from '../../../src/core/errors/phoenix-error.js';
import { createGitFixture, type GitFixture } from './git-fixture.js';

const TOKEN = 'ghp_s3cr3t-T0ken-never-printed';

/** Everything an error could show of itself. */
function renderings(error: unknown): string {
  if (!(error instanceof PhoenixError)) throw new Error('expected a PhoenixError');
  return [
    error.message,
    String(error),
    JSON.stringify(error),
    JSON.stringify(error.details),
    JSON.stringify(error.cause),
    inspect(error, { depth: 10 }),
    error.stack ?? '',
  ].join('\n');
}

async function failure(promise: Promise<unknown>): Promise<PhoenixError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PhoenixError) return error;
    throw error;
  }
  throw new Error('expected the operation to fail');
}

describe('remote revision source with token authentication', () => {
  let fixture: GitFixture;
  let head: string;

  beforeEach(async () => {
    fixture = await createGitFixture({ token: TOKEN });
    head = await fixture.work.commit({ 'site.yaml': 'kind: Site\n' }, 'Add the site');
    await fixture.publish();
  });

  afterEach(async () => {
    await fixture.dispose();
  });

  const open = (env: Record<string, string>, credentialsFile?: string) =>
    openRevisionSource(fixture.url, {
      stateDir: fixture.stateDir,
      logger: fixture.logger,
      env,
      ...(credentialsFile === undefined ? {} : { credentialsFile }),
    });

  it('is refused with GIT_AUTH_FAILED without the token', async () => {
    const source = await open({});
    const error = await failure(source.resolve('main'));
    expect(error).toMatchObject({
      code: 'GIT_AUTH_FAILED',
      retry: 'terminal',
      details: { url: fixture.url, status: 401, credentials: 'none' },
    });
    expect(fixture.server.requests.map((request) => request.status)).toEqual([401]);
  });

  it('is refused with GIT_AUTH_FAILED with a wrong token, and never shows that token', async () => {
    const wrong = 'wrong-token-value-123';
    const source = await open({ PHOENIX_GIT_TOKEN: wrong });
    const error = await failure(source.fetch());
    expect(error).toMatchObject({ code: 'GIT_AUTH_FAILED', details: { credentials: 'token' } });
    expect(renderings(error)).not.toContain(wrong);
    expect(fixture.logLines.join('')).not.toContain(wrong);
  });

  it('clones and polls with PHOENIX_GIT_TOKEN, one request per poll', async () => {
    const source = await open({ PHOENIX_GIT_TOKEN: TOKEN });
    expect(await source.resolve('main')).toBe(head);
    fixture.server.clearRequests();
    expect(await source.checkRef('main', head)).toEqual({ revision: head, changed: false });
    expect(fixture.server.requests).toEqual([
      { method: 'GET', path: '/site.git/info/refs', query: 'service=git-upload-pack', status: 200 },
    ]);
  });

  it('reads the token from a credentials file, which wins over the environment', async () => {
    const file = path.join(fixture.root, 'git-token');
    await writeFile(file, `${TOKEN}\n`, { mode: 0o600 });
    const source = await open({ PHOENIX_GIT_TOKEN: 'not-this-one' }, file);
    expect(await source.resolve('main')).toBe(head);
    await expect(open({}, path.join(fixture.root, 'missing'))).rejects.toMatchObject({
      code: 'GIT_CREDENTIALS_UNREADABLE',
    });
  });

  it('accepts credentials written in the URL and strips them from everything it shows', async () => {
    const withCredentials = fixture.url.replace('http://', `http://deploy:${TOKEN}@`);
    const source = await openRevisionSource(withCredentials, {
      stateDir: fixture.stateDir,
      logger: fixture.logger,
      env: {},
    });
    expect(source.description).toBe(fixture.url);
    expect(await source.resolve('main')).toBe(head);
    const error = await failure(source.resolve('no-such-ref'));
    expect(error.code).toBe('GIT_REF_NOT_FOUND');
    expect(renderings(error)).not.toContain(TOKEN);
  });

  it('keeps the token out of logs, errors and the cache path', async () => {
    const source = await open({ PHOENIX_GIT_TOKEN: TOKEN });
    await source.fetch();
    fixture.server.clearRequests();
    await fixture.server.close();
    const error = await failure(source.checkRef('main', head));
    expect(error.code).toBe('GIT_UNREACHABLE');
    expect(renderings(error)).not.toContain(TOKEN);
    const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    const logs = fixture.logLines.join('');
    expect(logs).toContain('A Git operation failed');
    expect(logs).not.toContain(TOKEN);
    expect(logs).not.toContain(basic);
    const cached = await readdir(path.join(fixture.stateDir, 'git'), { recursive: true });
    expect(cached.join('\n')).not.toContain(TOKEN);
    expect(inspect(source, { depth: 10 })).not.toContain(TOKEN);
    expect(JSON.stringify(source)).not.toContain(TOKEN);
  });
});
