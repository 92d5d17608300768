/** The daemon's defaults that the command line shows; kept apart so that `--help` loads none of the daemon. */
export const DEFAULT_SCHEDULE = '* * * * *';
