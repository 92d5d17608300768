import type { Command } from 'commander';
import { errorCatalog } from '../../core/errors/error-catalog.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { HELP_TOPICS } from '../views/help-topics.js';
import type { RegisterCommand } from './index.js';

function topicList(): string {
  const names = Object.keys(HELP_TOPICS);
  const width = Math.max(...names.map((n) => n.length));
  return names.map((name) => `  ${name.padEnd(width)}  ${HELP_TOPICS[name]!.summary}`).join('\n');
}

/** The command that `words` name (`ledger recover`), or null. */
function findCommand(program: Command, words: readonly string[]): Command | null {
  let command: Command | null = program;
  for (const word of words) {
    command = command.commands.find((c) => c.name() === word || c.aliases().includes(word)) ?? null;
    if (command === null) return null;
  }
  return command;
}

function errorHelp(code: keyof typeof errorCatalog): string {
  const spec = errorCatalog[code];
  return [
    code,
    '',
    spec.message,
    '',
    `Retry: ${spec.retry}`,
    `Exit code: ${spec.exitCode}`,
    `What to do: ${spec.hint}`,
    '',
  ].join('\n');
}

/**
 * `phoenix help [command...] | help <topic> | help <ERROR_CODE>`: the help of a command, a page of the
 * documentation shipped with the CLI (environment, troubleshooting...), or what an error code means.
 */
export const registerHelp: RegisterCommand = (program: Command, context) => {
  program.helpCommand(false);
  program.addHelpText(
    'after',
    `\nHelp topics (phoenix help <topic>; phoenix help <ERROR_CODE> explains an error):\n${topicList()}\n`,
  );
  program
    .command('help')
    .description(
      'show the help of a command, a help topic (environment, troubleshooting...) or an error code',
    )
    .argument(
      '[words...]',
      'a command (as `ledger recover`), a topic, or an error code such as LEDGER_LOCKED',
    )
    .action((words: string[]) => {
      const { stdout } = context();
      if (words.length === 0) {
        program.outputHelp();
        return;
      }
      const command = findCommand(program, words);
      if (command !== null) {
        command.outputHelp();
        return;
      }
      const [word] = words;
      const topic = words.length === 1 ? HELP_TOPICS[word!] : undefined;
      if (topic !== undefined) {
        stdout.write(topic.text.endsWith('\n') ? topic.text : `${topic.text}\n`);
        return;
      }
      const code = word!.toUpperCase();
      if (words.length === 1 && Object.hasOwn(errorCatalog, code)) {
        stdout.write(errorHelp(code as keyof typeof errorCatalog));
        return;
      }
      throw new PhoenixError('CLI_INVALID_OPTION', {
        argument: 'help',
        value: words.join(' '),
        expected: `a command, an error code, or one of the topics ${Object.keys(HELP_TOPICS).join(', ')}`,
      });
    });
};
