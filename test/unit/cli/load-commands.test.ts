import { describe, expect, it } from 'vitest';
import { ALL_COMMANDS } from '../../../src/cli/commands/all-commands.js';
import { COMMAND_LOADERS, commandNameOf, loadCommands } from '../../../src/cli/commands/index.js';
import { buildProgram } from '../../../src/cli/run-cli.js';

const argv = (...words: string[]): string[] => ['node', 'phoenix', ...words];
const names = (commands: Parameters<typeof buildProgram>[1]): string[] =>
  buildProgram(() => undefined, commands).commands.map((c) => c.name());

describe('loading only the command that runs', () => {
  it.each([
    [argv('plan', '--repo', '.'), 'plan'],
    [argv('--state-dir', 'plan', 'validate'), 'validate'],
    [argv('--log-level', 'debug', '--json', 'inventory', 'export'), 'inventory'],
    [argv('--log-level=debug', 'status'), 'status'],
    [argv('--help'), null],
    [argv(), null],
  ])('finds the command name in %j', (words, expected) => {
    expect(commandNameOf(words)).toBe(expected);
  });

  it('has a loader for every command help lists, and each loads that command', async () => {
    const all = names(ALL_COMMANDS);
    expect(Object.keys(COMMAND_LOADERS).sort()).toEqual([...all].sort());
    for (const name of all) expect(names(await loadCommands(argv(name)))).toContain(name);
  });

  it('loads every command for help and for an unknown name', async () => {
    expect(names(await loadCommands(argv('--help')))).toEqual(names(ALL_COMMANDS));
    expect(names(await loadCommands(argv('no-such-command')))).toEqual(names(ALL_COMMANDS));
  });
});
