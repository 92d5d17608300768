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

  it('reads file references relative to the repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phoenix-ov-'));
    writeFileSync(join(dir, 'ov-password'), 'from-file\n');
    writeFileSync(join(dir, 'ca.pem'), PEM);
    const config = await resolveConnectionConfig(
      site({ password: { file: 'ov-password' }, tls: { caFile: 'ca.pem', insecureSkipVerify: false } }),
      {},
      { baseDir: dir },
    );
    expect(config.password.reveal()).toBe('from-file');
    expect(config.tls.ca).toBe(PEM);
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
      site({ tls: { caFile: 'nope.pem', insecureSkipVerify: false } }),
      { DC1_OV_PASSWORD: 'x' },
      'tls.caFile',
    ],
    ['no username', site({ username: null }), { DC1_OV_PASSWORD: 'x' }, 'oneview.username'],
  ] as const)('refuses %s, naming the field', async (_name, s, env, field) => {
    await expect(resolveConnectionConfig(s, env, { baseDir: tmpdir() })).rejects.toMatchObject({
      code: 'ONEVIEW_CONFIG_INVALID',
      details: { field },
    });
  });

  it('names the variable, never the value, when a reference cannot be read', async () => {
    const error = await resolveConnectionConfig(site(), {}).catch((e: unknown) => e);
    expect(JSON.stringify((error as { details: unknown }).details)).toContain('DC1_OV_PASSWORD');
  });
});
