import type { ErrorSpec } from '../error-spec.js';

const terminal = (message: string, hint: string): ErrorSpec => ({
  message,
  retry: 'terminal',
  exitCode: 1,
  hint,
});

/**
 * Errors of the sync daemon (`phoenix sync`). Only src/daemon and its command raise them. Details name the
 * option or address at fault; never a webhook secret, API token or notification URL path.
 */
export const daemonErrors = {
  DAEMON_SCHEDULE_INVALID: terminal(
    'The schedule is not a valid cron expression.',
    'Give --schedule five fields (minute hour day-of-month month day-of-week) or six with seconds first, e.g. "*/5 * * * *".',
  ),
  DAEMON_LISTEN_INVALID: terminal(
    'The listen address is not HOST:PORT.',
    'Give --listen as HOST:PORT, e.g. 0.0.0.0:8080 or 127.0.0.1:8080; [::1]:8080 for IPv6.',
  ),
  DAEMON_LISTEN_FAILED: terminal(
    'The daemon could not listen on the address given.',
    'Another process may use the port, or the address is not on this host; choose another --listen.',
  ),
  DAEMON_NOTIFY_URL_INVALID: terminal(
    'A notification URL is not an http:// or https:// URL.',
    'Set PHOENIX_NOTIFY_URLS to a comma-separated list of http(s) URLs (for example Slack incoming webhooks).',
  ),
  DAEMON_SHUTDOWN_TIMEOUT: terminal(
    'The daemon did not stop within its shutdown timeout; running OneView tasks were left to the next start.',
    'Nothing is lost: the ledger records every step, and the next start resumes. Raise --shutdown-timeout (and the orchestrator grace period) if applies often run long.',
  ),
  DAEMON_UNREACHABLE: {
    message: 'The sync daemon did not answer at the address given.',
    retry: 'transient',
    exitCode: 1,
    hint: 'Check --daemon (or PHOENIX_DAEMON_URL) against the address phoenix sync listens on, and that it runs.',
  },
  DAEMON_REQUEST_REFUSED: terminal(
    'The sync daemon refused the request.',
    "A 401 means PHOENIX_API_TOKEN is missing or not the daemon's token; the status and error fields say more.",
  ),
  DAEMON_STOPPING: {
    message: 'The daemon is stopping and takes no new work.',
    retry: 'transient',
    exitCode: 1,
    hint: 'Wait for the daemon to start again; triggers sent while it restarts are covered by its first pass.',
  },
} as const satisfies Record<string, ErrorSpec>;
