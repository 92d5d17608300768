import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST the receiver took: its path (with the query, where tokens live) and its JSON body. */
export interface ReceivedNotification {
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: Record<string, unknown>;
}

/**
 * A webhook endpoint on loopback, as a chat service or an incident tool would run one: it records every POST
 * and answers 200, or `status` when a test sets it.
 */
export class NotificationReceiver {
  readonly received: ReceivedNotification[] = [];
  status = 200;
  readonly #server: Server;
  readonly #waiters = new Set<() => void>();

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(): Promise<NotificationReceiver> {
    const server = createServer();
    const receiver = new NotificationReceiver(server);
    server.on('request', (request, response) => {
      let text = '';
      request.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      request.on('end', () => {
        receiver.received.push({
          path: request.url ?? '',
          contentType: request.headers['content-type'],
          body: JSON.parse(text) as Record<string, unknown>,
        });
        response.writeHead(receiver.status).end();
        for (const wake of receiver.#waiters) wake();
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return receiver;
  }

  url(path = '/hooks/phoenix'): URL {
    const { port } = this.#server.address() as AddressInfo;
    return new URL(path, `http://127.0.0.1:${port}`);
  }

  /** The first notification at or after `from` that `matches`, waiting up to `timeoutMs` for it to arrive. */
  async next(
    from: number,
    matches: (n: ReceivedNotification) => boolean,
    timeoutMs = 10_000,
  ): Promise<ReceivedNotification> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(from).find(matches);
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `no matching notification within ${timeoutMs} ms; got ${JSON.stringify(this.received)}`,
        );
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          this.#waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.#waiters.add(wake);
      });
    }
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    this.#server.close();
    await once(this.#server, 'close');
  }
}
