import type { SiteSpec } from './desired-state.js';

/**
 * The appliance connection settings of the Site that differ between two revisions, as Site paths
 * (`oneview.url`, `imageStreamer.url`...), sorted. Empty when the head connects exactly as the base does.
 */
export function connectionChanges(base: SiteSpec, head: SiteSpec): string[] {
  const fields: Record<string, (site: SiteSpec) => unknown> = {
    'oneview.url': (s) => s.oneview.url,
    'oneview.apiVersion': (s) => s.oneview.apiVersion,
    'oneview.credentials.username': (s) => s.oneview.username,
    'oneview.credentials.password': (s) => s.oneview.password,
    'oneview.credentials.authDomain': (s) => s.oneview.authDomain,
    'oneview.tls.caFile': (s) => s.oneview.tls.caFile,
    'oneview.tls.insecureSkipVerify': (s) => s.oneview.tls.insecureSkipVerify,
    'imageStreamer.url': (s) => s.imageStreamerUrl,
  };
  return Object.entries(fields)
    .filter(([, read]) => JSON.stringify(read(base)) !== JSON.stringify(read(head)))
    .map(([field]) => field)
    .sort();
}
