import { createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP listener on another loopback address that only counts who connects. A server a commit points Phoenix at
 * must see no connection at all: not a TLS handshake, let alone a request with a session token.
 */
export class CaptureServer {
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  #connections = 0;

  private constructor(server: Server) {
    this.#server = server;
    server.on('connection', (socket) => {
      this.#connections += 1;
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
      socket.on('error', () => undefined);
      socket.resume();
    });
  }

  /** Listens on `host` (127.0.0.2 by default, not the simulator's address) and a free port. */
  static async start(host = '127.0.0.2'): Promise<CaptureServer> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, host, () => resolve());
    });
    return new CaptureServer(server);
  }

  /** `https://127.0.0.2:<port>`. */
  get url(): string {
    const address = this.#server.address();
    if (address === null || typeof address === 'string')
      throw new Error('the capture server is not listening');
    return `https://${address.address}:${address.port}`;
  }

  get connections(): number {
    return this.#connections;
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
