import type { Command, Option } from 'commander';
import { fileURLToPath } from 'node:url';
import { ALL_COMMANDS } from '../src/cli/commands/all-commands.js';
import { buildProgram } from '../src/cli/run-cli.js';

export const CLI_REFERENCE_FILE = fileURLToPath(new URL('../docs/reference/cli.md', import.meta.url));

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function defaultOf(option: Option): string {
  // A default that depends on where Phoenix is installed (a path) has a description instead.
  if (option.defaultValueDescription !== undefined) return option.defaultValueDescription;
  const value: unknown = option.defaultValue;
  if (value === undefined || value === false) return '';
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

function optionsTable(options: readonly Option[]): string[] {
  const visible = options.filter((o) => !o.hidden);
  if (visible.length === 0) return [];
  return [
    '| Option | Description | Default |',
    '| --- | --- | --- |',
    ...visible.map((o) => `| \`${cell(o.flags)}\` | ${cell(o.description)} | ${defaultOf(o)} |`),
    '',
  ];
}

function usageOf(command: Command, path: readonly string[]): string {
  return [...path, command.name(), command.usage()].filter((part) => part !== '').join(' ');
}

function renderCommand(command: Command, path: readonly string[], out: string[]): void {
  const name = [...path, command.name()].join(' ');
  out.push(`## ${name}`, '', command.description(), '', '```', usageOf(command, path), '```', '');
  out.push(...optionsTable(command.options));
  for (const sub of command.commands) renderCommand(sub, [...path, command.name()], out);
}

/** docs/reference/cli.md, generated from the command tree of src/cli/run-cli.ts. */
export function renderCliReference(): string {
  const program = buildProgram(() => undefined, ALL_COMMANDS);
  const out: string[] = [
    '<!-- Generated from src/cli by `npm run generate`. Do not edit; a test fails when it is stale. -->',
    '',
    '# Command line',
    '',
    `${program.description()}. Every command takes the global options; \`phoenix <command> --help\` prints the`,
    'same as this page. Exit codes: 0 success, 1 an error (its code is printed; see [errors](errors.md)), 2 with',
    '`--detailed-exitcode` when a plan has changes.',
    '',
    '## Global options',
    '',
    '```',
    `phoenix [global options] <command> [options]`,
    '```',
    '',
    ...optionsTable(program.options),
  ];
  for (const command of program.commands) renderCommand(command, ['phoenix'], out);
  return `${out.join('\n').trimEnd()}\n`;
}
