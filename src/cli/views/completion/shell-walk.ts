import { commandPaths, type CompletionCommand } from './completion-tree.js';

/** A word quoted for bash and zsh: single quotes, with each single quote closed, escaped and reopened. */
export function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The shell functions bash and zsh share, generated from the tree: the subcommands, the options, the options that
 * take a value and the values they accept, for each command path ("phoenix", "phoenix ledger"). The root's
 * options are global: commander accepts them after a command as well.
 */
export function renderLookupFunctions(root: CompletionCommand, prefix: string): string {
  const paths = commandPaths(root);
  const globalOptions = root.options;
  const lines: string[] = [];
  lines.push(`${prefix}_subcommands() {`, '  case "$1" in');
  for (const { path, command } of paths) {
    if (command.commands.length === 0) continue;
    lines.push(
      `    ${shellQuote(path.join(' '))}) echo ${shellQuote(command.commands.map((c) => c.name).join(' '))} ;;`,
    );
  }
  lines.push('  esac', '}', '');
  lines.push(`${prefix}_arguments() {`, '  case "$1" in');
  for (const { path, command } of paths) {
    if (command.argumentChoices.length === 0) continue;
    lines.push(`    ${shellQuote(path.join(' '))}) echo ${shellQuote(command.argumentChoices.join(' '))} ;;`);
  }
  lines.push('  esac', '}', '');
  lines.push(`${prefix}_options() {`, '  case "$1" in');
  for (const { path, command } of paths) {
    const own = command.options.flatMap((option) => option.flags.filter((flag) => flag.startsWith('--')));
    const global =
      path.length > 1 ? globalOptions.flatMap((o) => o.flags.filter((f) => f.startsWith('--'))) : [];
    const flags = [...new Set([...own, ...global])];
    lines.push(`    ${shellQuote(path.join(' '))}) echo ${shellQuote(flags.join(' '))} ;;`);
  }
  lines.push('  esac', '}', '');
  // "<path> <flag>" for every option that takes a value; the root's under "*" as they are global.
  const valued = (command: CompletionCommand, path: string) =>
    command.options
      .filter((option) => option.takesValue)
      .flatMap((option) => option.flags.map((flag) => ({ key: `${path} ${flag}`, option })));
  const entries = [
    ...paths.slice(1).flatMap(({ path, command }) => valued(command, path.join(' '))),
    ...valued(root, '*'),
  ];
  lines.push(
    `# Succeeds when option $2 of command path $1 takes a value; prints the values it accepts, if a fixed list.`,
    `${prefix}_option_values() {`,
    '  case "$1 $2" in',
  );
  for (const { key, option } of entries) {
    lines.push(
      `    ${key.startsWith('* ') ? `*' '${shellQuote(key.slice(2))}` : shellQuote(key)}) echo ${shellQuote(option.choices.join(' '))} ;;`,
    );
  }
  lines.push('    *) return 1 ;;', '  esac', '}', '');
  lines.push(
    '# The command path of the words before the cursor, options and their values skipped.',
    `${prefix}_command_path() {`,
    `  local cmd_path=${shellQuote(root.name)} skip=0 word sub`,
    '  for word in "$@"; do',
    '    if [ "$skip" = 1 ]; then skip=0; continue; fi',
    '    case "$word" in',
    '      --*=*) ;;',
    `      -*) ${prefix}_option_values "$cmd_path" "$word" >/dev/null && skip=1 ;;`,
    '      *)',
    `        for sub in $(${prefix}_subcommands "$cmd_path"); do`,
    '          if [ "$sub" = "$word" ]; then cmd_path="$cmd_path $word"; break; fi',
    '        done ;;',
    '    esac',
    '  done',
    '  echo "$cmd_path"',
    '}',
  );
  return lines.join('\n');
}
