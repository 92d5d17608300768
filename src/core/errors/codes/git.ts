import type { ErrorSpec } from '../error-spec.js';

const terminal = (message: string, hint: string): ErrorSpec => ({
  message,
  retry: 'terminal',
  exitCode: 1,
  hint,
});

/**
 * Errors of the Git source. Only src/adapters/git raises them. Details carry the repository URL with any
 * credentials removed, the ref or revision, and the HTTP status when there is one; never a token.
 */
export const gitErrors = {
  GIT_URL_UNSUPPORTED: terminal(
    'The repository URL is not supported.',
    'Use an https:// URL (plain http:// only for a loopback address) or a local directory; SSH URLs are not supported.',
  ),
  GIT_REPO_NOT_FOUND: terminal(
    'The repository does not exist or is not a Git repository.',
    'Check --repo: a directory that contains .git (or a bare repository), or the clone URL of the repository.',
  ),
  GIT_AUTH_FAILED: terminal(
    'The Git server refused the credentials, or requires credentials that were not given.',
    'Set PHOENIX_GIT_TOKEN (or a credentials file) to a token that can read the repository; set PHOENIX_GIT_USERNAME if the server needs a particular user name.',
  ),
  GIT_CREDENTIALS_UNREADABLE: terminal(
    'The Git credentials file could not be read or is empty.',
    'Check the path and permissions of the credentials file; it holds the token on its first line.',
  ),
  GIT_UNREACHABLE: {
    message: 'The Git server could not be reached or did not answer successfully.',
    retry: 'transient',
    exitCode: 1,
    hint: 'Check the URL, DNS and the network; the server may be restarting. The operation is retried later.',
  },
  GIT_TLS: terminal(
    'The TLS certificate of the Git server could not be verified.',
    'Install the CA certificate that signed the server certificate (NODE_EXTRA_CA_CERTS=/path/to/ca.pem).',
  ),
  GIT_PROTOCOL: terminal(
    'The Git server did not answer with the smart HTTP protocol.',
    'Check that the URL is the clone URL of the repository (not a web page) and that the server speaks smart HTTP.',
  ),
  GIT_REF_NOT_FOUND: terminal(
    'The ref does not name a branch, tag or commit of the repository.',
    'Check --ref: a branch, a tag, or a full or abbreviated commit SHA that exists in the repository.',
  ),
  GIT_REF_AMBIGUOUS: terminal(
    'The abbreviated commit SHA matches more than one object.',
    'Give more characters of the SHA, or the full SHA.',
  ),
  GIT_NOT_A_COMMIT: terminal(
    'The ref names an object that is not a commit.',
    'Point --ref at a commit, a branch or a tag of a commit.',
  ),
  GIT_REPO_CORRUPT: terminal(
    'An object of the repository could not be read.',
    'For a remote repository, delete its cache under <state-dir>/git and retry; for a local one, run git fsck.',
  ),
  GIT_CACHE_UNWRITABLE: terminal(
    'The local cache of the remote repository could not be written.',
    'Check that the state directory exists, is writable and has free space.',
  ),
} as const satisfies Record<string, ErrorSpec>;
