import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { httpError } from '../state/error-body.js';
import type { SimAppliance } from '../state/sim-appliance.js';
import type { TaskWire, Wire } from '../state/wire-types.js';
import { collectionPage, requestOf, serializeEnvelope, type CollectionOptions } from './collection-page.js';
import { sendJson, sendJsonChunks } from './http-listener.js';

export function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export function queryParam(req: FastifyRequest, name: string): string | undefined {
  return requestOf(req.url).search.get(name) ?? undefined;
}

export function owner(req: FastifyRequest): string {
  return req.simSession?.userName.toLowerCase() ?? 'administrator';
}

/** 202 Accepted with the task in the body and its URI in Location. */
export function sendTask(reply: FastifyReply, task: TaskWire): FastifyReply {
  return sendJson(reply, 202, task, { Location: task.uri });
}

/** GET of one resource with its ETag header; If-None-Match equal to the eTag gives 304. */
export function sendResource(req: FastifyRequest, reply: FastifyReply, resource: Wire): FastifyReply {
  const inm = header(req, 'if-none-match');
  if (inm && inm.replace(/"/g, '') === resource.eTag)
    return reply.code(304).header('ETag', resource.eTag).send();
  return sendJson(reply, 200, resource, { ETag: resource.eTag });
}

export function notFoundError(uri: string, errorCode = 'RESOURCE_NOT_FOUND'): Error {
  return httpError(404, errorCode, 'The requested resource was not found.', {
    details: `Resource not found: ${uri}`,
    recommendedActions: ['Check the URI and retry.'],
    errorSource: uri,
  });
}

/** Registers `GET base` (envelope) and `GET base/:id` for a map of resources keyed by URI. */
export function collectionRoutes(
  app: FastifyInstance,
  sim: SimAppliance,
  base: string,
  items: () => Map<string, Wire>,
  options: CollectionOptions & { notFoundCode?: string },
): void {
  app.get(base, async (req, reply) => {
    const envelope = collectionPage(requestOf(req.url), items().values(), options, sim.clock.iso());
    return sendJsonChunks(reply, 200, serializeEnvelope(envelope, sim.wireJson));
  });
  app.get(`${base}/:id`, async (req, reply) => {
    const uri = `${base}/${(req.params as { id: string }).id}`;
    const resource = items().get(uri);
    if (!resource) throw notFoundError(uri, options.notFoundCode);
    return sendResource(req, reply, resource);
  });
}
