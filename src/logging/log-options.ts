/**
 * The log formats and levels an operator can choose, apart from the logger itself: the CLI checks its options
 * against them before it loads pino, which only a command that runs (not its help) needs.
 */
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
