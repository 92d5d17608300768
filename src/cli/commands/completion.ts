import { Argument, type Command } from 'commander';
import { phoenixVersion } from '../cli-version.js';
import { renderBashCompletion } from '../views/completion/bash-completion.js';
import { completionTree } from '../views/completion/completion-tree.js';
import { renderFishCompletion } from '../views/completion/fish-completion.js';
import { renderZshCompletion } from '../views/completion/zsh-completion.js';
import type { RegisterCommand } from './index.js';

export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof COMPLETION_SHELLS)[number];

function rootOf(command: Command): Command {
  let root = command;
  while (root.parent !== null) root = root.parent;
  return root;
}

/** `phoenix completion <shell>`: a completion script generated from the command tree itself. */
export const registerCompletion: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish) for every command and option')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices(COMPLETION_SHELLS))
    .addHelpText(
      'after',
      [
        '',
        'Load it in the running shell, or add the line to its start-up file:',
        '  bash: source <(phoenix completion bash)',
        '  zsh:  source <(phoenix completion zsh)   (after compinit)',
        '  fish: phoenix completion fish | source',
      ].join('\n'),
    )
    .action((shell: Shell, _options: unknown, command: Command) => {
      const { stdout } = context();
      const tree = completionTree(rootOf(command));
      const version = phoenixVersion();
      const render = { bash: renderBashCompletion, zsh: renderZshCompletion, fish: renderFishCompletion }[
        shell
      ];
      stdout.write(render(tree, version));
      setExitCode(0);
    });
};
