import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { PhoenixError } from '../../core/errors/phoenix-error.js';

export interface RemoteUrl {
  /** The URL without user name, password, query or fragment, and without a trailing slash. */
  readonly url: string;
  /** Credentials that were written in the URL, removed from `url`. */
  readonly userinfo: { readonly username: string; readonly password: string } | null;
}

/** True when `repo` is written as a URL (scheme://... or scp-like user@host:path) rather than a directory. */
export function looksLikeUrl(repo: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(repo) || /^[\w.-]+@[\w.-]+:/.test(repo);
}

/**
 * Checks a repository URL and splits the credentials off. https:// is accepted; http:// only for a loopback host,
 * so that a token never crosses a network in clear text.
 */
export function parseRemoteUrl(input: string): RemoteUrl {
  let parsed: URL;
  try {
    parsed = new URL(input);
  } catch {
    throw new PhoenixError('GIT_URL_UNSUPPORTED', { url: withoutCredentials(input), reason: 'not-a-url' });
  }
  const userinfo =
    parsed.username !== '' || parsed.password !== ''
      ? { username: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) }
      : null;
  parsed.username = '';
  parsed.password = '';
  parsed.hash = '';
  parsed.search = '';
  const url = parsed.toString().replace(/\/+$/, '');
  if (parsed.protocol === 'https:') return { url, userinfo };
  if (parsed.protocol === 'http:' && isLoopback(parsed.hostname)) return { url, userinfo };
  throw new PhoenixError('GIT_URL_UNSUPPORTED', {
    url,
    reason: parsed.protocol === 'http:' ? 'plain-http-to-a-remote-host' : 'scheme',
  });
}

/** The cache folder name of a remote: a hash of the credential-free URL. */
export function cacheKey(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 32);
}

/** For messages about a string that may not even parse as a URL. */
export function withoutCredentials(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}
