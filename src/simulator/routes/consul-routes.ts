import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ConsulNode } from '../state/consul-catalog.js';
import type { SimAppliance } from '../state/sim-appliance.js';
import { requestOf } from './collection-page.js';

function send(reply: FastifyReply, sim: SimAppliance, body: unknown, status = 200): FastifyReply {
  return reply
    .code(status)
    .header('X-Consul-Index', String(sim.consul.lastIndex()))
    .header('X-Consul-KnownLeader', 'true')
    .header('X-Consul-LastContact', '0')
    .type('application/json')
    .send(JSON.stringify(body));
}

function nodeView(n: ConsulNode, dc: string): Record<string, unknown> {
  return {
    ID: n.id,
    Node: n.node,
    Address: n.address,
    Datacenter: dc,
    TaggedAddresses: { lan: n.address, wan: n.address },
    Meta: { 'consul-network-segment': '' },
    CreateIndex: n.createIndex,
    ModifyIndex: n.modifyIndex,
  };
}

function serviceView(n: ConsulNode, s: ConsulNode['services'][number]): Record<string, unknown> {
  return {
    ID: s.id,
    Service: s.service,
    Tags: [],
    Address: n.address,
    Meta: {},
    Port: s.port,
    Weights: { Passing: 1, Warning: 1 },
    EnableTagOverride: false,
    CreateIndex: n.createIndex,
    ModifyIndex: n.modifyIndex,
  };
}

function checks(n: ConsulNode, service?: ConsulNode['services'][number]): Record<string, unknown>[] {
  const serf = {
    Node: n.node,
    CheckID: 'serfHealth',
    Name: 'Serf Health Status',
    Status: n.serfStatus,
    Notes: '',
    Output: n.serfStatus === 'passing' ? 'Agent alive and reachable' : 'Agent not live or unreachable',
    ServiceID: '',
    ServiceName: '',
    ServiceTags: [],
    Type: '',
    Definition: {},
    CreateIndex: n.createIndex,
    ModifyIndex: n.modifyIndex,
  };
  const svc = (s: ConsulNode['services'][number]) => ({
    Node: n.node,
    CheckID: `service:${s.id}`,
    Name: `Service '${s.service}' check`,
    Status: n.serfStatus,
    Notes: '',
    Output: '',
    ServiceID: s.id,
    ServiceName: s.service,
    ServiceTags: [],
    Type: 'script',
    Definition: {},
    CreateIndex: n.createIndex,
    ModifyIndex: n.modifyIndex,
  });
  return service ? [serf, svc(service)] : [serf, ...n.services.map(svc)];
}

/** The Consul HTTP API subset a verify step reads: catalog and health (plain HTTP, no ACL token). */
export function registerConsulRoutes(app: FastifyInstance, sim: SimAppliance): void {
  const dc = sim.consul.datacenter;
  app.get('/v1/status/leader', async (_req, reply) => send(reply, sim, '127.0.0.1:8300'));
  app.get('/v1/catalog/datacenters', async (_req, reply) => send(reply, sim, [dc]));
  app.get('/v1/catalog/nodes', async (_req, reply) =>
    send(
      reply,
      sim,
      sim.consul.all().map((n) => nodeView(n, dc)),
    ),
  );
  app.get('/v1/catalog/node/:node', async (req, reply) => {
    const n = sim.consul.get((req.params as { node: string }).node);
    if (!n) return send(reply, sim, null);
    return send(reply, sim, {
      Node: nodeView(n, dc),
      Services: Object.fromEntries(n.services.map((s) => [s.id, serviceView(n, s)])),
    });
  });
  app.get('/v1/catalog/services', async (_req, reply) => {
    const out: Record<string, string[]> = { consul: [] };
    for (const n of sim.consul.all()) for (const s of n.services) out[s.service] = [];
    return send(reply, sim, out);
  });
  app.get('/v1/catalog/service/:service', async (req, reply) => {
    const name = (req.params as { service: string }).service;
    const out = sim.consul.all().flatMap((n) =>
      n.services
        .filter((s) => s.service === name)
        .map((s) => ({
          ...nodeView(n, dc),
          ServiceID: s.id,
          ServiceName: s.service,
          ServiceTags: [],
          ServiceAddress: n.address,
          ServicePort: s.port,
          ServiceMeta: {},
        })),
    );
    return send(reply, sim, out);
  });
  app.get('/v1/health/node/:node', async (req, reply) => {
    const n = sim.consul.get((req.params as { node: string }).node);
    return send(reply, sim, n ? checks(n) : []);
  });
  app.get('/v1/health/service/:service', async (req, reply) => {
    const name = (req.params as { service: string }).service;
    const passingOnly = requestOf(req.url).search.has('passing');
    const out = sim.consul
      .all()
      .flatMap((n) =>
        n.services
          .filter((s) => s.service === name)
          .map((s) => ({ Node: nodeView(n, dc), Service: serviceView(n, s), Checks: checks(n, s) })),
      )
      .filter((e) => !passingOnly || e.Checks.every((c) => c['Status'] === 'passing'));
    return send(reply, sim, out);
  });
}
