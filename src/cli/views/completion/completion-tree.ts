import type { Command } from 'commander';

/** One option as a shell completes it. */
export interface CompletionOption {
  /** `--repo`, `-V`: every spelling. */
  readonly flags: readonly string[];
  readonly description: string;
  /** The option is followed by a value (`--repo <dir>`). */
  readonly takesValue: boolean;
  /** The values it accepts, when they are a fixed list. */
  readonly choices: readonly string[];
}

/** One command of the tree, with what may follow it. */
export interface CompletionCommand {
  readonly name: string;
  readonly description: string;
  readonly options: readonly CompletionOption[];
  readonly commands: readonly CompletionCommand[];
  /** The values its first argument accepts, when they are a fixed list (`completion <shell>`). */
  readonly argumentChoices: readonly string[];
}

const HELP_OPTION: CompletionOption = {
  flags: ['-h', '--help'],
  description: 'display help for command',
  takesValue: false,
  choices: [],
};

/**
 * The command tree as shells complete it, read from commander's own tree: commands, their options and the values
 * options accept. Hidden commands and options are left out; every command takes -h/--help.
 */
export function completionTree(command: Command): CompletionCommand {
  const options: CompletionOption[] = command.options
    .filter((option) => !option.hidden)
    .map((option) => ({
      flags: [option.short, option.long].filter((flag): flag is string => flag !== undefined),
      description: option.description,
      takesValue: option.required || option.optional,
      choices: option.argChoices ?? [],
    }));
  const commands = command.commands
    .filter((sub) => !(sub as unknown as { _hidden?: boolean })._hidden)
    .map(completionTree);
  return {
    name: command.name(),
    description: command.description(),
    argumentChoices: command.registeredArguments[0]?.argChoices ?? [],
    options: [...options, HELP_OPTION],
    commands:
      commands.length > 0 && command.parent === null ? [...commands, helpCommand(commands)] : commands,
  };
}

/** Commander's implicit `help [command]` at the top. */
function helpCommand(commands: readonly CompletionCommand[]): CompletionCommand {
  return {
    name: 'help',
    description: 'display help for command',
    options: [],
    argumentChoices: [],
    commands: commands.map((command) => ({ ...command, options: [], commands: [], argumentChoices: [] })),
  };
}

/** Every command of the tree with the words that lead to it: [['phoenix'], ['phoenix', 'ledger'], ...]. */
export function commandPaths(
  root: CompletionCommand,
  path: readonly string[] = [root.name],
): readonly { path: readonly string[]; command: CompletionCommand }[] {
  return [
    { path, command: root },
    ...root.commands.flatMap((command) => commandPaths(command, [...path, command.name])),
  ];
}
