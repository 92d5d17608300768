import { normaliseOrigin } from './connection-config.js';
import { readCollection } from './collection-reader.js';
import type { RestClient } from './rest-client.js';
import { isWireObject, optionalString } from './wire-fields.js';

/**
 * The Image Streamer origin from OneView's deployment servers (`primaryIPV4`), preferring a Connected one;
 * null when the appliance has none (OneView 8.10 and later dropped Image Streamer).
 */
export async function discoverImageStreamer(
  oneview: RestClient,
  pageSize: number,
  signal?: AbortSignal,
): Promise<string | null> {
  const servers = (await readCollection(oneview, '/rest/deployment-servers', { pageSize, signal })).filter(
    isWireObject,
  );
  const ranked = [...servers].sort(
    (a, b) =>
      Number(optionalString(b, 'state') === 'Connected') - Number(optionalString(a, 'state') === 'Connected'),
  );
  for (const server of ranked) {
    const address = optionalString(server, 'primaryIPV4') ?? optionalString(server, 'primaryIP');
    if (address !== null)
      return normaliseOrigin(
        address.includes(':') && !address.includes('.') && !address.startsWith('[')
          ? `[${address}]`
          : address,
        'deployment-servers.primaryIPV4',
      );
  }
  return null;
}
