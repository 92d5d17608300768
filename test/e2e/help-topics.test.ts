import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, runCli } from '../support/e2e/built-cli.js';

describe('phoenix help', () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 180_000);

  it('lists the help topics under the commands', async () => {
    const result = await runCli(['help'], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Help topics .*\n {2}environment +every environment variable/);
    expect(result.stdout).toContain('  troubleshooting  ');
  });

  it('prints a topic: a page of the docs, shipped with the CLI', async () => {
    const result = await runCli(['help', 'environment'], {});
    expect(result.code, result.stderr).toBe(0);
    const page = await readFile(join(ROOT, 'docs/reference/environment.md'), 'utf8');
    expect(result.stdout.split('\n')[0]).toBe(page.split('\n')[0]);
    expect(result.stdout).toContain('PHOENIX_STATE_DIR');
  });

  it('prints the help of a command, a subcommand, and what an error code means', async () => {
    expect((await runCli(['help', 'describe', 'node'], {})).stdout).toContain('Usage: phoenix describe node');
    const code = await runCli(['help', 'LEDGER_SITE_MISMATCH'], {});
    expect(code.code).toBe(0);
    expect(code.stdout).toContain('Give each site its own state directory');
  });

  it('refuses an unknown topic with a usage error naming it', async () => {
    const result = await runCli(['--json', 'help', 'no-such-topic'], {});
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      error: { code: 'CLI_INVALID_OPTION', details: { value: 'no-such-topic' } },
    });
  });
});
