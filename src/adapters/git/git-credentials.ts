import { readFile } from 'node:fs/promises';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { Masked, REDACTED } from '../../core/secret/secret.js';

const DEFAULT_USERNAME = 'x-access-token';

/**
 * Credentials for a Git server over HTTPS. The token cannot leak by accident: string conversion, JSON and
 * util.inspect print a mask; only `authorizationHeader()` and `redact()` use the value.
 */
export class GitCredentials extends Masked {
  readonly #username: string;
  readonly #token: string;

  constructor(username: string, token: string) {
    super();
    this.#username = username;
    this.#token = token;
  }

  /** HTTP Basic, which GitHub, GitLab, Gitea and Bitbucket all accept with a token as the password. */
  authorizationHeader(): string {
    return `Basic ${Buffer.from(`${this.#username}:${this.#token}`).toString('base64')}`;
  }

  /** Removes every form of the token (plain, URL-encoded, inside the Basic header) from a text. */
  redact(text: string): string {
    const forms = [
      this.#token,
      encodeURIComponent(this.#token),
      this.authorizationHeader().slice('Basic '.length),
    ];
    return forms.reduce((out, form) => (form === '' ? out : out.split(form).join(REDACTED)), text);
  }
}

export interface CredentialSources {
  /** PHOENIX_GIT_TOKEN, PHOENIX_GIT_USERNAME, PHOENIX_GIT_CREDENTIALS_FILE are read from here. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** A file whose first line is the token; wins over the environment. */
  readonly credentialsFile?: string;
  /** User name and password written in the URL (`https://user:token@host/...`), the last resort. */
  readonly fromUrl?: { readonly username: string; readonly password: string } | null;
}

/** The credentials to use, or null to try the server anonymously. */
export async function resolveGitCredentials(sources: CredentialSources): Promise<GitCredentials | null> {
  const username = nonEmpty(sources.env.PHOENIX_GIT_USERNAME);
  const file = sources.credentialsFile ?? nonEmpty(sources.env.PHOENIX_GIT_CREDENTIALS_FILE);
  if (file !== undefined) {
    const token = await readTokenFile(file);
    return new GitCredentials(username ?? DEFAULT_USERNAME, token);
  }
  const token = nonEmpty(sources.env.PHOENIX_GIT_TOKEN);
  if (token !== undefined) return new GitCredentials(username ?? DEFAULT_USERNAME, token);
  const fromUrl = sources.fromUrl;
  if (fromUrl && (fromUrl.username !== '' || fromUrl.password !== '')) {
    return new GitCredentials(fromUrl.username || DEFAULT_USERNAME, fromUrl.password);
  }
  return null;
}

async function readTokenFile(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PhoenixError('GIT_CREDENTIALS_UNREADABLE', {
      file,
      reason: (error as NodeJS.ErrnoException).code ?? 'unknown',
    });
  }
  const token = text.split(/\r?\n/, 1)[0]?.trim() ?? '';
  if (token === '') throw new PhoenixError('GIT_CREDENTIALS_UNREADABLE', { file, reason: 'empty' });
  return token;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
