import { createServer, type Server, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

const BIND_ATTEMPTS = 5;

function bind(address: string, port: number, onSocket: (s: Socket) => void): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(onSocket);
    server.once('error', reject);
    server.listen({ host: address, port, exclusive: true }, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/**
 * The iLOs' sockets: one listener per server's loopback address (127.0.x.y, which Linux routes to the loopback
 * device without configuration), all on one port, each handing its connections to the one Redfish service; the
 * service tells the servers apart by the connection's local address.
 */
export class IloListeners {
  private readonly servers = new Map<string, Server>();
  /** Connections handed to the Redfish service, ended on close (it never listens itself, so it cannot). */
  private readonly sockets = new Set<Socket>();
  private boundPort = 0;
  private constructor(private readonly app: FastifyInstance) {}

  get port(): number {
    return this.boundPort;
  }

  static async start(app: FastifyInstance, addresses: readonly string[]): Promise<IloListeners> {
    await app.ready();
    let lastError: unknown = null;
    for (let attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
      const listeners = new IloListeners(app);
      const first = addresses[0] ?? '127.0.1.2';
      try {
        const server = await bind(first, 0, (s) => listeners.hand(s));
        const address = server.address();
        listeners.boundPort = typeof address === 'object' && address ? address.port : 0;
        listeners.servers.set(first, server);
        await listeners.sync(addresses);
        return listeners;
      } catch (e) {
        // Another process holds that port on one of the other addresses: try another port.
        lastError = e;
        await listeners.close();
      }
    }
    throw lastError instanceof Error ? lastError : new Error('cannot bind the iLO listeners');
  }

  private hand(socket: Socket): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    this.app.server.emit('connection', socket);
  }

  /** Listens on every address given and on no other (after a reseed changed the hardware). */
  async sync(addresses: readonly string[]): Promise<void> {
    const wanted = new Set(addresses);
    for (const [address, server] of this.servers)
      if (!wanted.has(address)) {
        this.servers.delete(address);
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    for (const address of addresses)
      if (!this.servers.has(address)) {
        try {
          this.servers.set(address, await bind(address, this.port, (s) => this.hand(s)));
        } catch (e) {
          await this.close();
          throw e;
        }
      }
  }

  async close(): Promise<void> {
    const all = [...this.servers.values()];
    this.servers.clear();
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await Promise.all(all.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }
}
