import type { ErrorSpec } from '../error-spec.js';

export const internalErrors = {
  INTERNAL_UNEXPECTED: {
    message: 'An unexpected error occurred; this is a bug in Phoenix.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Report it with the log output (run with --log-level debug).',
  },
  INTERNAL_INVALID_ARGUMENT: {
    message: 'A command-line argument is invalid.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Check the command usage with --help.',
  },
} as const satisfies Record<string, ErrorSpec>;
