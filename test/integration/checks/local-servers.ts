import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';

export interface LocalServer {
  readonly url: string;
  readonly port: number;
  /** Requests received: method, path with query, and headers. */
  readonly requests: { method: string; url: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/** A real HTTP server on loopback whose answers come from `handle`. */
export async function startHttpServer(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<LocalServer> {
  const requests: LocalServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port on which nothing listens (it was just released). */
export async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startTcpListener(): Promise<{
  port: number;
  accepted: () => number;
  close(): Promise<void>;
}> {
  let count = 0;
  const server = createTcpServer((socket) => {
    count += 1;
    socket.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    accepted: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface FakeConsulNode {
  readonly node: string;
  serf: 'passing' | 'critical' | 'warning';
  readonly services: { service: string; status: 'passing' | 'critical' }[];
}

/**
 * A Consul agent's HTTP API on loopback, limited to what verify reads, answering with Consul's JSON shapes
 * (catalog node, health of a node, health of a service with `passing` and `filter`). `nodes` can be changed
 * between requests.
 */
export async function startConsulApi(
  nodes: FakeConsulNode[],
): Promise<LocalServer & { nodes: FakeConsulNode[]; fail(status: number | 'invalid-json' | null): void }> {
  const state = { failWith: null as number | 'invalid-json' | null };
  const check = (n: FakeConsulNode, service?: FakeConsulNode['services'][number]) =>
    service === undefined
      ? {
          Node: n.node,
          CheckID: 'serfHealth',
          Name: 'Serf Health Status',
          Status: n.serf,
          Notes: '',
          Output: '',
          ServiceID: '',
          ServiceName: '',
          ServiceTags: [],
          Type: '',
          CreateIndex: 11,
          ModifyIndex: 11,
        }
      : {
          Node: n.node,
          CheckID: `service:${service.service}`,
          Name: `Service '${service.service}' check`,
          Status: service.status,
          Notes: '',
          Output: '',
          ServiceID: service.service,
          ServiceName: service.service,
          ServiceTags: [],
          Type: 'http',
          CreateIndex: 12,
          ModifyIndex: 12,
        };
  const nodeView = (n: FakeConsulNode) => ({
    ID: '40e4a748-2192-161a-0510-9bf59fe950b5',
    Node: n.node,
    Address: '10.1.0.7',
    Datacenter: 'dc1',
    TaggedAddresses: { lan: '10.1.0.7', wan: '10.1.0.7' },
    Meta: {},
    CreateIndex: 11,
    ModifyIndex: 11,
  });
  const server = await startHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://consul');
    const send = (body: unknown): void => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-consul-index': '42' });
      res.end(JSON.stringify(body));
    };
    if (state.failWith === 'invalid-json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"Node": ');
      return;
    }
    if (state.failWith !== null) {
      res.writeHead(state.failWith, { 'content-type': 'text/plain' });
      res.end('rpc error');
      return;
    }
    const segments = url.pathname.split('/').map(decodeURIComponent);
    const [, v1, area, kind, name] = segments;
    const found = nodes.find((n) => n.node === name);
    if (v1 === 'v1' && area === 'catalog' && kind === 'node') {
      send(
        found === undefined
          ? null
          : {
              Node: nodeView(found),
              Services: Object.fromEntries(found.services.map((s) => [s.service, {}])),
            },
      );
    } else if (v1 === 'v1' && area === 'health' && kind === 'node') {
      send(found === undefined ? [] : [check(found), ...found.services.map((s) => check(found, s))]);
    } else if (v1 === 'v1' && area === 'health' && kind === 'service') {
      const passing = url.searchParams.has('passing');
      const filter = /^Node\.Node == "(.*)"$/.exec(url.searchParams.get('filter') ?? '')?.[1];
      const entries = nodes.flatMap((n) =>
        n.services
          .filter((s) => s.service === name)
          .map((s) => ({
            Node: nodeView(n),
            Service: { ID: s.service, Service: s.service },
            Checks: [check(n), check(n, s)],
          })),
      );
      send(
        entries
          .filter((e) => !passing || e.Checks.every((c) => c.Status === 'passing'))
          .filter((e) => filter === undefined || e.Node.Node === filter),
      );
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('404 page not found');
    }
  });
  return {
    ...server,
    nodes,
    fail(status) {
      state.failWith = status;
    },
  };
}
