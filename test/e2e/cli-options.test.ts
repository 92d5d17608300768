import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_REPO, ROOT, ensureBuilt, runCli } from '../support/e2e/built-cli.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('global options and errors, as a user meets them', () => {
  let stateDir = '';
  beforeAll(async () => {
    await ensureBuilt();
    stateDir = await mkdtemp(join(tmpdir(), 'phoenix-cli-options-'));
  }, 180_000);

  it('prints its version', async () => {
    const result = await runCli(['--version'], {});
    expect(result).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it.each([
    [['--log-level', 'loud', 'status'], {}, /--log-level.*loud/],
    [['--log-format', 'xml', 'status'], {}, /--log-format.*xml/],
    [['status'], { PHOENIX_LOG_LEVEL: 'chatty' }, /CLI_INVALID_OPTION[\s\S]*PHOENIX_LOG_LEVEL[\s\S]*chatty/],
    [['history', '--limit', 'abc'], {}, /CLI_INVALID_OPTION[\s\S]*--limit[\s\S]*abc/],
    [['history', '--limit', '0'], {}, /CLI_INVALID_OPTION[\s\S]*--limit/],
  ] as const)('refuses %j %j with a usage error naming it', async (args, env, message) => {
    const result = await runCli(['--state-dir', stateDir, ...args], { ...env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain('INTERNAL_');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports an error as a JSON object on stdout with --json, keeping the exit code', async () => {
    const result = await runCli(['--json', 'validate', '--repo', join(tmpdir(), 'phoenix-no-such-repo')], {});
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({ code: 'DECL_ROOT_NOT_FOUND', message: expect.any(String) });
    expect(body.error['hint']).toEqual(expect.any(String));
    expect(body.error['details']).toEqual(expect.any(Object));
  });

  it('reports a usage error as JSON too', async () => {
    const result = await runCli(['--json', '--state-dir', stateDir, 'history', '--limit', 'x'], {});
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'CLI_INVALID_OPTION' } });
  });

  it('still validates with the options spelled right', async () => {
    const result = await runCli(
      ['--log-level', 'error', '--log-format', 'json', 'validate', '--repo', EXAMPLE_REPO],
      {},
    );
    expect(result.code).toBe(0);
  });
});
