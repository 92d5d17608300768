import { PhoenixError } from '../../core/errors/phoenix-error.js';

export type Environment = Readonly<Record<string, string | undefined>>;

function isTrue(value: string | undefined): boolean {
  return value !== undefined && ['1', 'true', 'yes'].includes(value.trim().toLowerCase());
}

/**
 * The Consul HTTP API base URL for verify checks: CONSUL_HTTP_ADDR when set (as Consul's own tools read it:
 * `host:port` without a scheme means http, or https when CONSUL_HTTP_SSL is true), else the Site's `consul.url`;
 * null when neither is set. Throws VERIFY_CONSUL_ADDRESS_INVALID for an address that is not an http(s) URL.
 */
export function resolveConsulAddress(siteUrl: string | null, env: Environment): URL | null {
  const fromEnv = env['CONSUL_HTTP_ADDR']?.trim();
  const source = fromEnv ? 'CONSUL_HTTP_ADDR' : 'site';
  const raw = fromEnv ? fromEnv : siteUrl?.trim();
  if (!raw) return null;
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw)
    ? raw
    : `${isTrue(env['CONSUL_HTTP_SSL']) ? 'https' : 'http'}://${raw}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PhoenixError('VERIFY_CONSUL_ADDRESS_INVALID', { source, reason: 'not-a-url' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new PhoenixError('VERIFY_CONSUL_ADDRESS_INVALID', { source, reason: 'unsupported-scheme' });
  if (url.username !== '' || url.password !== '')
    throw new PhoenixError('VERIFY_CONSUL_ADDRESS_INVALID', { source, reason: 'credentials-in-url' });
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}
