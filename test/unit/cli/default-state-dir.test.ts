import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerLocation, openReadOnlyLedger } from '../../../src/cli/runtime/wiring/open-ledger.js';
import { createSilentLogger } from '../../../src/logging/create-logger.js';
import { defaultStateDir } from '../../../src/cli/default-state-dir.js';
import { readGlobals } from '../../../src/cli/run-cli.js';

const terminals = { stdoutIsTTY: false, stderrIsTTY: false };
const home = (): string => '/var/lib/ops';

describe('the default state directory', () => {
  it.each([
    [{ XDG_STATE_HOME: '/var/state' }, 'linux', '/var/state/phoenix'],
    [{}, 'linux', '/var/lib/ops/.local/state/phoenix'],
    [{ XDG_STATE_HOME: '' }, 'linux', '/var/lib/ops/.local/state/phoenix'],
    [{ XDG_STATE_HOME: 'relative/state' }, 'linux', '/var/lib/ops/.local/state/phoenix'],
    [{}, 'darwin', '/var/lib/ops/.local/state/phoenix'],
  ] as const)('with %o on %s is %s', (env, platform, expected) => {
    expect(defaultStateDir(env, home, platform)).toBe(expected);
  });

  it('is never a folder of the current directory, such as the .phoenix of a repository root', () => {
    const globals = readGlobals({}, { XDG_STATE_HOME: '/var/state' }, terminals);
    expect(globals.stateDir).toBe('/var/state/phoenix');
  });

  it('gives way to PHOENIX_STATE_DIR, and that to --state-dir', () => {
    const env = { XDG_STATE_HOME: '/var/state', PHOENIX_STATE_DIR: '/srv/phoenix/dc1' };
    expect(readGlobals({}, env, terminals).stateDir).toBe('/srv/phoenix/dc1');
    expect(readGlobals({ stateDir: 'here' }, env, terminals).stateDir).toBe('here');
    expect(readGlobals({}, { ...env, PHOENIX_STATE_DIR: '' }, terminals).stateDir).toBe('/var/state/phoenix');
  });
});

describe('where status says the ledger is', () => {
  it('says when the state directory does not exist, so a mistyped --state-dir is not read as an empty ledger', () => {
    const missing = join(tmpdir(), `phoenix-missing-${process.pid}`, 'state');
    expect(ledgerLocation(missing, {})).toBe(
      `State directory: ${missing} (it does not exist: nothing was applied with it; check --state-dir)`,
    );
    expect(ledgerLocation(tmpdir(), {})).toBe(`State directory: ${tmpdir()}`);
  });

  it('refuses a list of sites in PHOENIX_SITE: a command reads the ledger of one', async () => {
    const env = { PHOENIX_DATABASE_URL: 'postgres://phoenix@127.0.0.1/phoenix', PHOENIX_SITE: 'dc1,dc2' };
    expect(() => ledgerLocation('/unused', env)).toThrow(
      expect.objectContaining({ code: 'CLI_INVALID_OPTION' }) as Error,
    );
    await expect(openReadOnlyLedger('/unused', createSilentLogger(), env)).rejects.toMatchObject({
      code: 'CLI_INVALID_OPTION',
    });
  });
});
