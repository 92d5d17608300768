import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { normaliseOrigin, type ConnectionConfig } from './connection-config.js';
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
  return (await advertisedImageStreamers(oneview, pageSize, signal))[0] ?? null;
}

/** Every Image Streamer origin the appliance advertises, Connected ones first. */
export async function advertisedImageStreamers(
  oneview: RestClient,
  pageSize: number,
  signal?: AbortSignal,
): Promise<string[]> {
  const servers = (await readCollection(oneview, '/rest/deployment-servers', { pageSize, signal })).filter(
    isWireObject,
  );
  const ranked = [...servers].sort(
    (a, b) =>
      Number(optionalString(b, 'state') === 'Connected') - Number(optionalString(a, 'state') === 'Connected'),
  );
  const origins: string[] = [];
  for (const server of ranked) {
    const address = optionalString(server, 'primaryIPV4') ?? optionalString(server, 'primaryIP');
    if (address !== null)
      origins.push(
        normaliseOrigin(
          address.includes(':') && !address.includes('.') && !address.startsWith('[')
            ? `[${address}]`
            : address,
          'deployment-servers.primaryIPV4',
        ),
      );
  }
  return origins;
}

/**
 * Where the session may go for Image Streamer calls: the origin OV_IMAGE_STREAMER_URL names; else the one the
 * Site names, only when the appliance advertises it; else the appliance's own first choice. The Site alone can
 * never send the session to a server of its author's choosing.
 */
export async function chooseImageStreamer(
  config: Pick<ConnectionConfig, 'imageStreamerUrl' | 'imageStreamerMustBeAdvertised'>,
  oneview: RestClient,
  pageSize: number,
  signal?: AbortSignal,
): Promise<string | null> {
  if (config.imageStreamerUrl !== null && !config.imageStreamerMustBeAdvertised)
    return config.imageStreamerUrl;
  const advertised = await advertisedImageStreamers(oneview, pageSize, signal);
  if (config.imageStreamerUrl === null) return advertised[0] ?? null;
  if (!advertised.includes(config.imageStreamerUrl)) {
    throw new PhoenixError('ONEVIEW_IMAGE_STREAMER_UNTRUSTED', {
      field: 'imageStreamer.url',
      origin: config.imageStreamerUrl,
      advertised,
    });
  }
  return config.imageStreamerUrl;
}
