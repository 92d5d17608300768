import type { ErrorSpec } from '../error-spec.js';

/** Mistakes in how a command was called: options, their values and the environment variables that stand for them. */
export const cliErrors = {
  CLI_INVALID_OPTION: {
    message: 'A command-line option or the environment variable that stands for it has an invalid value.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'The error names the option and the values it takes; phoenix help <command> lists every option.',
  },
  CLI_UNKNOWN_NODE: {
    message:
      'No node of that name is declared, on the appliance with a stamp of this site, or in the ledger.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Check the name against the declarations (phoenix plan lists every node) and --repo, --ref and --path.',
  },
} as const satisfies Record<string, ErrorSpec>;
