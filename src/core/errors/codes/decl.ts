import type { ErrorSpec } from '../error-spec.js';

/** Errors of the declarations layer. Findings about the user's files are diagnostics, not these. */
export const declarationErrors = {
  DECL_INVALID: {
    message: 'The declarations contain errors; nothing was applied.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Fix every diagnostic listed (phoenix validate shows them all at once).',
  },
  DECL_ROOT_NOT_FOUND: {
    message: 'The declarations root does not exist or is not a directory.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Check --repo and --path.',
  },
} as const satisfies Record<string, ErrorSpec>;
