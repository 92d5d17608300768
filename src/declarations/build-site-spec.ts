import type { CredentialRef, SiteSpec } from '../core/desired/desired-state.js';
import type { Resource } from './classify-documents.js';
import { asText, isMap, type Plain } from './merge-layers.js';
import { parseDuration } from './parse-duration.js';

export const DEFAULT_GUARDS = {
  maxDeletionsPerRun: 5,
  maxDeletionsPercent: 20,
  allowEmptyPools: false,
  autoDelete: false,
  maxConcurrentOperations: 8,
} as const;

type PlainMap = { readonly [key: string]: Plain };

/** The Site's connection, guards and windows, with defaults filled in. The schema has already checked shapes. */
export function buildSiteSpec(site: Resource): SiteSpec {
  const spec = site.spec;
  const oneview = map(spec['oneview']);
  const credentials = map(oneview['credentials']);
  const tls = map(oneview['tls']);
  const guards = map(spec['guards']);
  const windows = Array.isArray(spec['maintenanceWindows'])
    ? (spec['maintenanceWindows'] as readonly Plain[])
    : [];
  const username = credentials['username'];
  return {
    name: site.name,
    oneview: {
      url: text(oneview['url']),
      apiVersion: typeof oneview['apiVersion'] === 'number' ? oneview['apiVersion'] : null,
      username: typeof username === 'string' ? username : credentialRef(username),
      password: credentialRef(credentials['password']),
      authDomain: text(credentials['authDomain']),
      tls: { caFile: text(tls['caFile']), insecureSkipVerify: tls['insecureSkipVerify'] === true },
    },
    imageStreamerUrl: text(map(spec['imageStreamer'])['url']),
    consulUrl: text(map(spec['consul'])['url']),
    guards: {
      maxDeletionsPerRun: number(guards['maxDeletionsPerRun'], DEFAULT_GUARDS.maxDeletionsPerRun),
      maxDeletionsPercent: number(guards['maxDeletionsPercent'], DEFAULT_GUARDS.maxDeletionsPercent),
      allowEmptyPools: guards['allowEmptyPools'] === true,
      autoDelete: guards['autoDelete'] === true,
      maxConcurrentOperations: number(
        guards['maxConcurrentOperations'],
        DEFAULT_GUARDS.maxConcurrentOperations,
      ),
    },
    maintenanceWindows: windows.filter(isMap).map((window) => ({
      cron: asText(window['cron']),
      durationMs: parseDuration(asText(window['duration'])),
      timezone: text(window['timezone']),
    })),
    suspend: spec['suspend'] === true,
    drift: spec['drift'] === 'report' ? 'report' : 'correct',
    source: site.document.locate(['metadata', 'name']),
  };
}

function credentialRef(value: Plain | undefined): CredentialRef | null {
  if (!isMap(value)) return null;
  if (typeof value['env'] === 'string') return { env: value['env'] };
  if (typeof value['file'] === 'string') return { file: value['file'] };
  return null;
}

function text(value: Plain | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

function number(value: Plain | undefined, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function map(value: Plain | undefined): PlainMap {
  return isMap(value) ? value : {};
}
