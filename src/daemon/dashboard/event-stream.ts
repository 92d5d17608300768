import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DashboardEvent } from './dashboard-types.js';

/** Comment lines sent this often keep proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

type Listener = (event: DashboardEvent, id: number) => void;

/**
 * The daemon's live events as a server-sent event stream (`text/event-stream`): each event has an `id`, its
 * type as `event` and its JSON as `data`. Publishing never blocks on a slow reader: a stream whose socket
 * buffer is full is closed, and the browser reconnects and reloads its snapshot.
 */
export class EventStream {
  readonly #listeners = new Set<Listener>();
  readonly #open = new Set<FastifyReply>();
  #id = 0;

  publish(event: DashboardEvent): void {
    this.#id += 1;
    for (const listener of this.#listeners) listener(event, this.#id);
  }

  get subscribers(): number {
    return this.#listeners.size;
  }

  /** Answers one request with the stream until the client goes away or the daemon stops. */
  serve(request: FastifyRequest, reply: FastifyReply, hello: () => DashboardEvent): void {
    void reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
    });
    const write = (event: DashboardEvent, id: number): void => {
      const ok = raw.write(`id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      if (!ok && raw.writableLength > 8 * 1024 * 1024) close();
    };
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const close = (): void => {
      clearInterval(heartbeat);
      this.#listeners.delete(write);
      this.#open.delete(reply);
      if (!raw.writableEnded) raw.end();
    };
    raw.write('retry: 2000\n\n');
    write(hello(), this.#id);
    this.#listeners.add(write);
    this.#open.add(reply);
    request.raw.on('close', close);
  }

  /** Ends every open stream (the server's close waits for them otherwise). */
  closeAll(): void {
    for (const reply of this.#open) reply.raw.end();
    this.#open.clear();
    this.#listeners.clear();
  }
}
