import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { CredentialRef, SiteSpec } from '../../core/desired/desired-state.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { Secret } from '../../core/secret/secret.js';

/** Everything needed to reach one appliance. The password is a Secret: it prints as a mask. */
export interface ConnectionConfig {
  /** Origin of the OneView appliance, e.g. https://oneview.example.org (no path, no credentials). */
  readonly url: string;
  /** Pinned X-API-Version; null negotiates. */
  readonly apiVersion: number | null;
  readonly username: string;
  readonly password: Secret;
  readonly authDomain: string | null;
  readonly tls: {
    /** PEM of the CA that signed the appliance certificate; null trusts the system store. */
    readonly ca: string | null;
    readonly caFile: string | null;
    /** Only OV_INSECURE_SKIP_VERIFY turns it on: a commit can never weaken TLS. */
    readonly insecureSkipVerify: boolean;
  };
  /** Image Streamer origin; null discovers it through /rest/deployment-servers. */
  readonly imageStreamerUrl: string | null;
  /**
   * True when imageStreamerUrl comes from the repository: the session token goes there only if the appliance
   * itself advertises that origin among its deployment servers. False when it comes from OV_IMAGE_STREAMER_URL.
   */
  readonly imageStreamerMustBeAdvertised: boolean;
  /** Site settings that were not applied because only the environment may set them, e.g. `tls.insecureSkipVerify`. */
  readonly ignoredSiteSettings: readonly string[];
}

export type ConnectionEnv = Readonly<Record<string, string | undefined>>;

export interface ResolveConnectionOptions {
  readonly readFile?: (path: string) => Promise<string>;
}

/** The part of the Site that the connection reads; a Site with no oneview section is allowed (env only). */
export type SiteConnection = Pick<SiteSpec, 'oneview' | 'imageStreamerUrl'>;

const EMPTY_SITE: SiteConnection = {
  oneview: {
    url: null,
    apiVersion: null,
    username: null,
    password: null,
    authDomain: null,
    tls: { caFile: null, insecureSkipVerify: false },
  },
  imageStreamerUrl: null,
};

function invalid(field: string, reason: string, extra: Record<string, unknown> = {}): PhoenixError {
  return new PhoenixError('ONEVIEW_CONFIG_INVALID', { field, reason, ...extra });
}

/** `host`, `host:port` or `https://host[:port][/]` -> `https://host[:port]`. Plain http is refused. */
export function normaliseOrigin(raw: string, field: string): string {
  const text = raw.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalid(field, 'not a URL', { value: text });
  }
  if (url.protocol !== 'https:') throw invalid(field, 'only https is supported', { value: text });
  if (url.username || url.password) throw invalid(field, 'credentials must not be part of the URL');
  if (url.pathname !== '/' && url.pathname !== '')
    throw invalid(field, 'the URL must not have a path', { value: text });
  return url.origin;
}

async function readRef(
  ref: CredentialRef,
  field: string,
  env: ConnectionEnv,
  read: (path: string) => Promise<string>,
): Promise<string> {
  if ('env' in ref) {
    const value = env[ref.env];
    if (value === undefined || value === '')
      throw invalid(field, 'environment variable is not set', { env: ref.env });
    return value;
  }
  const path = siteFilePath(ref.file, field);
  let text: string;
  try {
    text = await read(path);
  } catch (cause) {
    throw new PhoenixError(
      'ONEVIEW_CONFIG_INVALID',
      { field, reason: 'file cannot be read', file: ref.file },
      { cause },
    );
  }
  const value = text.replace(/\r?\n$/, '');
  if (value === '') throw invalid(field, 'file is empty', { file: ref.file });
  return value;
}

/**
 * A file the Site names must be an absolute path on the machine that runs Phoenix. A relative one would be read
 * from wherever the command happens to run (a commit has no directory on disk), and could name a file the same
 * commit adds: a certificate authority or a secret chosen by whoever wrote the commit.
 */
function siteFilePath(path: string, field: string): string {
  if (!isAbsolute(path))
    throw invalid(field, 'a file named by the Site must be an absolute path', { file: path });
  return path;
}

/** `true`, `1`, `yes` (any case) turn a boolean environment variable on. */
function isOn(value: string | undefined): boolean {
  return value !== undefined && /^(true|1|yes)$/i.test(value.trim());
}

/**
 * The connection of a Site, with OV_ADDRESS, OV_USERNAME, OV_PASSWORD, OV_AUTH_DOMAIN and OV_CA_FILE taking
 * precedence. Credential references are read here; the password never appears in an error or a log.
 *
 * What a commit cannot do: turn TLS verification off (only OV_INSECURE_SKIP_VERIFY can), send the session to an
 * Image Streamer the appliance does not advertise (only OV_IMAGE_STREAMER_URL can name another), or name files by
 * relative path. OV_CA_FILE may be relative to the current directory, as any command-line path.
 */
export async function resolveConnectionConfig(
  site: SiteConnection | null,
  env: ConnectionEnv,
  options: ResolveConnectionOptions = {},
): Promise<ConnectionConfig> {
  const ov = (site ?? EMPTY_SITE).oneview;
  const read = options.readFile ?? ((path: string) => readFile(path, 'utf8'));
  const nonEmpty = (name: string): string | null => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? null : value;
  };

  const rawUrl = nonEmpty('OV_ADDRESS') ?? ov.url;
  if (rawUrl === null) throw invalid('oneview.url', 'no appliance address (Site oneview.url or OV_ADDRESS)');
  const url = normaliseOrigin(rawUrl, nonEmpty('OV_ADDRESS') !== null ? 'OV_ADDRESS' : 'oneview.url');

  let username = nonEmpty('OV_USERNAME');
  if (username === null && ov.username !== null) {
    username =
      typeof ov.username === 'string'
        ? ov.username
        : await readRef(ov.username, 'oneview.username', env, read);
  }
  if (username === null)
    throw invalid('oneview.username', 'no username (Site oneview.username or OV_USERNAME)');

  let password: string | null = nonEmpty('OV_PASSWORD');
  if (password === null && ov.password !== null) {
    password = await readRef(ov.password, 'oneview.password', env, read);
  }
  if (password === null)
    throw invalid('oneview.password', 'no password (Site oneview.password or OV_PASSWORD)');

  const insecureSkipVerify = isOn(env['OV_INSECURE_SKIP_VERIFY']);
  const fromEnv = nonEmpty('OV_CA_FILE');
  const caFileRaw = fromEnv ?? ov.tls.caFile;
  const caFile =
    caFileRaw === null ? null : fromEnv !== null ? resolve(fromEnv) : siteFilePath(caFileRaw, 'tls.caFile');
  let ca: string | null = null;
  if (caFile !== null && !insecureSkipVerify) {
    try {
      ca = await read(caFile);
    } catch (cause) {
      throw new PhoenixError(
        'ONEVIEW_CONFIG_INVALID',
        { field: 'tls.caFile', reason: 'file cannot be read', file: caFileRaw },
        { cause },
      );
    }
    if (!ca.includes('-----BEGIN CERTIFICATE-----'))
      throw invalid('tls.caFile', 'not a PEM certificate', { file: caFileRaw });
  }

  const apiVersion = ov.apiVersion;
  if (apiVersion !== null && (!Number.isInteger(apiVersion) || apiVersion <= 0)) {
    throw invalid('oneview.apiVersion', 'must be a positive integer', { value: apiVersion });
  }

  const streamerFromEnv = nonEmpty('OV_IMAGE_STREAMER_URL');
  const streamerFromSite = site?.imageStreamerUrl ?? null;
  return {
    url,
    apiVersion,
    username,
    password: new Secret(password),
    authDomain: nonEmpty('OV_AUTH_DOMAIN') ?? ov.authDomain,
    tls: { ca, caFile, insecureSkipVerify },
    imageStreamerUrl:
      streamerFromEnv !== null
        ? normaliseOrigin(streamerFromEnv, 'OV_IMAGE_STREAMER_URL')
        : streamerFromSite
          ? normaliseOrigin(streamerFromSite, 'imageStreamer.url')
          : null,
    imageStreamerMustBeAdvertised: streamerFromEnv === null,
    ignoredSiteSettings:
      ov.tls.insecureSkipVerify && !insecureSkipVerify ? ['oneview.tls.insecureSkipVerify'] : [],
  };
}
