import { describe, expect, it } from 'vitest';
import { resolveConsulAddress } from '../../../src/adapters/checks/index.js';

describe('resolveConsulAddress', () => {
  it.each([
    ['site URL', 'http://consul.dc1.example.org:8500', {}, 'http://consul.dc1.example.org:8500/'],
    [
      'env over site',
      'http://consul.dc1.example.org:8500',
      { CONSUL_HTTP_ADDR: 'https://c2:8501' },
      'https://c2:8501/',
    ],
    ['host:port without scheme', null, { CONSUL_HTTP_ADDR: '127.0.0.1:8500' }, 'http://127.0.0.1:8500/'],
    [
      'host:port with CONSUL_HTTP_SSL',
      null,
      { CONSUL_HTTP_ADDR: 'c3:8501', CONSUL_HTTP_SSL: 'true' },
      'https://c3:8501/',
    ],
    ['blank env ignored', 'http://c4:8500', { CONSUL_HTTP_ADDR: '  ' }, 'http://c4:8500/'],
    ['a path prefix kept', 'https://gw.example.org/consul', {}, 'https://gw.example.org/consul/'],
  ] as const)('%s', (_label, site, env, expected) => {
    expect(resolveConsulAddress(site, env)?.href).toBe(expected);
  });

  it('is null without an address', () => {
    expect(resolveConsulAddress(null, {})).toBeNull();
  });

  it.each([
    ['unix socket', 'unix:///var/run/consul.sock', 'unsupported-scheme'],
    ['credentials in the URL', 'http://user:hunter2@consul:8500', 'credentials-in-url'],
    ['not a URL', 'http://[bad', 'not-a-url'],
  ])('refuses %s with VERIFY_CONSUL_ADDRESS_INVALID', (_label, address, reason) => {
    let error: unknown;
    try {
      resolveConsulAddress(null, { CONSUL_HTTP_ADDR: address });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'VERIFY_CONSUL_ADDRESS_INVALID',
      details: { source: 'CONSUL_HTTP_ADDR', reason },
    });
    expect(JSON.stringify(error)).not.toContain('hunter2');
  });
});
