import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { asWireObject, optionalNumber } from './wire-fields.js';

/** The range of OneView API versions this client speaks (OneView 4.00 Synergy profiles .. 11.30). */
export const ONEVIEW_CLIENT_VERSIONS = { min: 600, max: 8600 } as const;
/** Image Streamer API versions this client speaks (I3S 3.0 .. 6.10). */
export const STREAMER_CLIENT_VERSIONS = { min: 300, max: 2020 } as const;

export interface VersionRange {
  readonly min: number;
  readonly max: number;
}

/** Reads `GET /rest/version`: `{currentVersion, minimumVersion}`. */
export function parseVersionRange(body: unknown): VersionRange {
  const obj = asWireObject(body, 'version');
  const max = optionalNumber(obj, 'currentVersion');
  const min = optionalNumber(obj, 'minimumVersion') ?? 1;
  if (max === null)
    throw new PhoenixError('ONEVIEW_BAD_RESPONSE', { what: 'version', field: 'currentVersion' });
  return { min, max };
}

/**
 * The version to send: a pin wins if the appliance accepts it; otherwise the highest version both sides
 * support. Fails clearly when there is none.
 */
export function negotiateApiVersion(
  appliance: VersionRange,
  client: VersionRange,
  pin: number | null,
  what: 'oneview' | 'image-streamer',
): number {
  const context = {
    appliance: what,
    minimumVersion: appliance.min,
    currentVersion: appliance.max,
    clientMin: client.min,
    clientMax: client.max,
  };
  if (pin !== null) {
    if (pin < appliance.min || pin > appliance.max)
      throw new PhoenixError('ONEVIEW_VERSION_UNSUPPORTED', { ...context, pinned: pin });
    return pin;
  }
  const version = Math.min(appliance.max, client.max);
  if (version < Math.max(appliance.min, client.min))
    throw new PhoenixError('ONEVIEW_VERSION_UNSUPPORTED', context);
  return version;
}
