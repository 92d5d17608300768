import type { FastifyInstance, FastifyRequest } from 'fastify';
import { httpError } from '../state/error-body.js';
import type { SimAppliance } from '../state/sim-appliance.js';
import type { ResourceLabels } from '../state/sim-state.js';
import type { Wire } from '../state/wire-types.js';
import { collectionPage, requestOf } from './collection-page.js';
import { sendJson } from './http-listener.js';
import { collectionRoutes, notFoundError } from './route-helpers.js';

const LABEL_NAME = /^[A-Za-z0-9 _.]{1,64}$/;

/** Labels, resource labels and the index search by label (oneview-api.md §4.3, §8.6). */
export function registerLabelRoutes(app: FastifyInstance, sim: SimAppliance): void {
  const s = () => sim.state;
  collectionRoutes(app, sim, '/rest/labels', () => s().labels, {
    type: 'LabelCollectionV2',
    category: 'labels',
  });

  const resourceUriOf = (req: FastifyRequest): string =>
    `/${(req.params as { '*': string })['*'].replace(/^\/+/, '')}`;

  const view = (entry: ResourceLabels): Record<string, unknown> => {
    const resource = s().resourceByUri(entry.resourceUri);
    return {
      type: 'ResourceLabels',
      category: resource?.['category'] ?? 'resource-labels',
      uri: `/rest/labels/resources${entry.resourceUri}`,
      resourceUri: entry.resourceUri,
      labels: entry.labelUris.map((u) => ({ uri: u, name: s().labels.get(u)?.name ?? '' })),
      eTag: String(entry.eTag),
      created: entry.created,
      modified: entry.modified,
    };
  };

  const labelFor = (name: string): string => {
    if (!LABEL_NAME.test(name))
      throw httpError(400, 'INVALID_LABEL_NAME', `The label name "${name}" is not valid.`, {
        details: 'Label names are 1 to 64 letters, digits, spaces, underscores or dots.',
      });
    for (const l of s().labels.values()) if (l.name.toLowerCase() === name.toLowerCase()) return l.uri;
    const uri = `/rest/labels/${s().labelSeq++}`;
    const iso = sim.clock.iso();
    s().labels.set(uri, {
      type: 'LabelV2',
      category: 'labels',
      uri,
      name,
      eTag: '1',
      created: iso,
      modified: iso,
    });
    return uri;
  };

  const setLabels = (resourceUri: string, body: unknown): ResourceLabels => {
    if (!s().resourceByUri(resourceUri))
      throw httpError(400, 'INVALID_RESOURCE_URI', 'The resource to label does not exist.', {
        details: resourceUri,
        errorSource: 'resourceUri',
      });
    const raw = (body as { labels?: unknown } | null)?.labels;
    if (!Array.isArray(raw))
      throw httpError(400, 'INVALID_LABELS', 'labels must be a list of label names or {name, uri} objects.');
    const uris = raw.map((l: unknown) => {
      const name = typeof l === 'string' ? l : (l as { name?: unknown } | null)?.name;
      if (typeof name !== 'string') throw httpError(400, 'INVALID_LABELS', 'Every label needs a name.');
      return labelFor(name);
    });
    const iso = sim.clock.iso();
    const existing = s().resourceLabels.get(resourceUri);
    const entry: ResourceLabels = existing
      ? { ...existing, labelUris: [...new Set(uris)], modified: iso, eTag: existing.eTag + 1 }
      : { resourceUri, labelUris: [...new Set(uris)], created: iso, modified: iso, eTag: 1 };
    s().resourceLabels.set(resourceUri, entry);
    return entry;
  };

  app.post('/rest/labels/resources', async (req, reply) => {
    const resourceUri = (req.body as { resourceUri?: unknown } | null)?.resourceUri;
    if (typeof resourceUri !== 'string')
      throw httpError(400, 'INVALID_RESOURCE_URI', 'resourceUri is required.');
    return sendJson(reply, 200, view(setLabels(resourceUri, req.body)));
  });
  app.get('/rest/labels/resources/*', async (req, reply) => {
    const uri = resourceUriOf(req);
    if (!s().resourceByUri(uri)) throw notFoundError(uri);
    const entry = s().resourceLabels.get(uri) ?? {
      resourceUri: uri,
      labelUris: [],
      created: sim.clock.iso(),
      modified: sim.clock.iso(),
      eTag: 0,
    };
    return sendJson(reply, 200, view(entry));
  });
  app.put('/rest/labels/resources/*', async (req, reply) =>
    sendJson(reply, 200, view(setLabels(resourceUriOf(req), req.body))),
  );
  app.delete('/rest/labels/resources/*', async (req, reply) => {
    const uri = resourceUriOf(req);
    if (!s().resourceByUri(uri)) throw notFoundError(uri);
    s().resourceLabels.delete(uri);
    return reply.code(204).send();
  });

  const indexRecord = (r: Wire): Record<string, unknown> => ({
    type: 'IndexResourceV300',
    uri: r.uri,
    name: r.name,
    description: r['description'] ?? null,
    category: r['category'],
    state: r['state'] ?? null,
    status: r['status'] ?? null,
    created: r.created,
    modified: r.modified,
    eTag: r.eTag,
    attributes: {},
    multiAttributes: {},
    ownerId: 'simulator',
    applianceId: 'simulator',
    scopeUris: null,
  });

  app.get('/rest/index/resources', async (req, reply) => {
    const q = requestOf(req.url);
    const categories = q.search.getAll('category');
    const pools: Map<string, Wire>[] = [
      s().profiles,
      s().hardware,
      s().templates,
      s().enclosures,
      s().enclosureGroups,
      s().hardwareTypes,
      s().networks,
      s().networkSets,
      s().fcNetworks,
      s().firmwareBundles,
    ];
    const labelNames = (uri: string): string[] =>
      (s().resourceLabels.get(uri)?.labelUris ?? []).map((u) => s().labels.get(u)?.name ?? '');
    const records: Record<string, unknown>[] = [];
    for (const pool of pools)
      for (const r of pool.values())
        if (categories.length === 0 || categories.includes(String(r['category'])))
          records.push(indexRecord(r));
    return sendJson(
      reply,
      200,
      collectionPage(
        q,
        records,
        {
          type: 'IndexResourceCollectionV300',
          category: 'index',
          matchView: (m) => ({ ...m, labels: labelNames(String((m as { uri: string }).uri)) }),
        },
        sim.clock.iso(),
      ),
    );
  });
  app.get('/rest/index/resources/*', async (req, reply) => {
    const uri = resourceUriOf(req);
    const r = s().resourceByUri(uri);
    if (!r) throw notFoundError(uri);
    return sendJson(reply, 200, indexRecord(r));
  });
}
