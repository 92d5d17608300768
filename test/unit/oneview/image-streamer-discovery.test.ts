import { describe, expect, it } from 'vitest';
import { discoverImageStreamer } from '../../../src/adapters/oneview/image-streamer-discovery.js';
import type { RestClient } from '../../../src/adapters/oneview/rest-client.js';

/** A OneView that answers GET /rest/deployment-servers with one page of these members. */
function oneviewWith(members: object[]): RestClient {
  const page = {
    members,
    total: members.length,
    count: members.length,
    start: 0,
    nextPageUri: null,
    uri: '/rest/deployment-servers',
  };
  return { origin: 'https://ov.example.org', get: () => Promise.resolve(page) } as unknown as RestClient;
}

describe('discoverImageStreamer', () => {
  it('takes primaryIPV4 of a Connected deployment server first', async () => {
    const origin = await discoverImageStreamer(
      oneviewWith([
        { uri: '/rest/deployment-servers/a', name: 'old', state: 'Disconnected', primaryIPV4: '10.0.0.9' },
        {
          uri: '/rest/deployment-servers/b',
          name: 'I3S-DG-01',
          state: 'Connected',
          primaryIPV4: '10.0.0.20',
        },
      ]),
      100,
    );
    expect(origin).toBe('https://10.0.0.20');
  });

  it('brackets an IPv6 address and keeps a port', async () => {
    expect(
      await discoverImageStreamer(
        oneviewWith([{ uri: '/rest/deployment-servers/a', primaryIP: 'fe80::2' }]),
        100,
      ),
    ).toBe('https://[fe80::2]');
    expect(
      await discoverImageStreamer(
        oneviewWith([{ uri: '/rest/deployment-servers/a', primaryIPV4: '127.0.0.1:8443' }]),
        100,
      ),
    ).toBe('https://127.0.0.1:8443');
  });

  it('is null on an appliance without Image Streamer', async () => {
    expect(await discoverImageStreamer(oneviewWith([]), 100)).toBeNull();
  });
});
