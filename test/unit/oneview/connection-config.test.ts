import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  resolveConnectionConfig,
  type SiteConnection,
} from '../../../src/adapters/oneview/connection-config.js';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

function site(
  overrides: Partial<SiteConnection['oneview']> = {},
  imageStreamerUrl: string | null = null,
): SiteConnection {
  return {
    oneview: {
      url: 'https://oneview.dc1.example.org',
      apiVersion: null,
      username: 'Administrator',
      password: { env: 'DC1_OV_PASSWORD' },
      authDomain: null,
      tls: { caFile: null, insecureSkipVerify: false },
      ...overrides,
    },
    imageStreamerUrl,
  };
}

describe('resolveConnectionConfig', () => {
  it('reads the Site and its credential references', async () => {
    const config = await resolveConnectionConfig(
      site({ apiVersion: 2000, authDomain: 'LOCAL' }, 'i3s.dc1.example.org'),
      { DC1_OV_PASSWORD: 's3cret-pw' },
    );
    expect(config).toMatchObject({
      url: 'https://oneview.dc1.example.org',
      apiVersion: 2000,
      username: 'Administrator',
      authDomain: 'LOCAL',
      tls: { ca: null, caFile: null, insecureSkipVerify: false },
      imageStreamerUrl: 'https://i3s.dc1.example.org',
      imageStreamerMustBeAdvertised: true,
      ignoredSiteSettings: [],
    });
    expect(config.password.reveal()).toBe('s3cret-pw');
  });

  it('lets OV_* variables override the Site', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phoenix-ov-'));
    writeFileSync(join(dir, 'ca.pem'), PEM);
    const config = await resolveConnectionConfig(site(), {
      OV_ADDRESS: '10.0.0.5:8443',
      OV_USERNAME: 'phoenix',
      OV_PASSWORD: 'env-pw',
      OV_AUTH_DOMAIN: 'CORP',
      OV_CA_FILE: join(dir, 'ca.pem'),
    });
    expect(config).toMatchObject({
      url: 'https://10.0.0.5:8443',
      username: 'phoenix',
      authDomain: 'CORP',
      tls: { ca: PEM },
    });
    expect(config.password.reveal()).toBe('env-pw');
  });

  it('works from the environment alone', async () => {
    const config = await resolveConnectionConfig(null, {
      OV_ADDRESS: 'https://ov.example.org/',
      OV_USERNAME: 'u',
      OV_PASSWORD: 'p',
    });
    expect(config.url).toBe('https://ov.example.org');
  });

  it('reads file references by absolute path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phoenix-ov-'));
    writeFileSync(join(dir, 'ov-password'), 'from-file\n');
    writeFileSync(join(dir, 'ca.pem'), PEM);
    const config = await resolveConnectionConfig(
      site({
        password: { file: join(dir, 'ov-password') },
        tls: { caFile: join(dir, 'ca.pem'), insecureSkipVerify: false },
      }),
      {},
    );
    expect(config.password.reveal()).toBe('from-file');
    expect(config.tls.ca).toBe(PEM);
  });

  it('never lets the Site turn TLS verification off; only OV_INSECURE_SKIP_VERIFY can', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phoenix-ov-'));
    writeFileSync(join(dir, 'ca.pem'), PEM);
    const env = { DC1_OV_PASSWORD: 'x', OV_CA_FILE: join(dir, 'ca.pem') };
    const fromSite = await resolveConnectionConfig(
      site({ tls: { caFile: null, insecureSkipVerify: true } }),
      env,
    );
    expect(fromSite.tls).toEqual({ ca: PEM, caFile: join(dir, 'ca.pem'), insecureSkipVerify: false });
    expect(fromSite.ignoredSiteSettings).toEqual(['oneview.tls.insecureSkipVerify']);
    const fromEnv = await resolveConnectionConfig(site(), { ...env, OV_INSECURE_SKIP_VERIFY: 'true' });
    expect(fromEnv.tls.insecureSkipVerify).toBe(true);
    expect(fromEnv.ignoredSiteSettings).toEqual([]);
  });

  it('takes an Image Streamer from OV_IMAGE_STREAMER_URL as given, and one from the Site only if advertised', async () => {
    const env = { DC1_OV_PASSWORD: 'x' };
    const fromSite = await resolveConnectionConfig(site({}, 'https://i3s.evil.example'), env);
    expect(fromSite).toMatchObject({
      imageStreamerUrl: 'https://i3s.evil.example',
      imageStreamerMustBeAdvertised: true,
    });
    const fromEnv = await resolveConnectionConfig(site({}, 'https://i3s.evil.example'), {
      ...env,
      OV_IMAGE_STREAMER_URL: 'i3s.dc1.example.org',
    });
    expect(fromEnv).toMatchObject({
      imageStreamerUrl: 'https://i3s.dc1.example.org',
      imageStreamerMustBeAdvertised: false,
    });
  });

  it('never shows the password in strings, JSON or inspect output', async () => {
    const config = await resolveConnectionConfig(site(), { DC1_OV_PASSWORD: 'hunter2-very-secret' });
    for (const text of [
      JSON.stringify(config),
      inspect(config, { depth: 5 }),
      String(config.password),
      config.password.toJSON(),
    ]) {
      expect(text).not.toContain('hunter2-very-secret');
    }
  });

  it.each([
    ['no address', site({ url: null }), {}, 'oneview.url'],
    ['unset env reference', site(), {}, 'oneview.password'],
    ['plain http', site({ url: 'http://ov.example.org' }), { DC1_OV_PASSWORD: 'x' }, 'oneview.url'],
    [
      'a path in the URL',
      site({ url: 'https://ov.example.org/rest' }),
      { DC1_OV_PASSWORD: 'x' },
      'oneview.url',
    ],
    [
      'missing CA file',
      site({ tls: { caFile: '/nonexistent/nope.pem', insecureSkipVerify: false } }),
      { DC1_OV_PASSWORD: 'x' },
      'tls.caFile',
    ],
    [
      'a relative CA file',
      site({ tls: { caFile: 'ca.pem', insecureSkipVerify: false } }),
      { DC1_OV_PASSWORD: 'x' },
      'tls.caFile',
    ],
    ['a relative password file', site({ password: { file: 'pw' } }), {}, 'oneview.password'],
    ['no username', site({ username: null }), { DC1_OV_PASSWORD: 'x' }, 'oneview.username'],
  ] as const)('refuses %s, naming the field', async (_name, s, env, field) => {
    await expect(resolveConnectionConfig(s, env)).rejects.toMatchObject({
      code: 'ONEVIEW_CONFIG_INVALID',
      details: { field },
    });
  });

  it('names the variable, never the value, when a reference cannot be read', async () => {
    const error = await resolveConnectionConfig(site(), {}).catch((e: unknown) => e);
    expect(JSON.stringify((error as { details: unknown }).details)).toContain('DC1_OV_PASSWORD');
  });
});
