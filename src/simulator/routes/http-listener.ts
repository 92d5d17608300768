import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { SimHttpError, errorBody } from '../state/error-body.js';
import type { Listener } from '../state/request-log.js';
import type { Session } from '../state/session-store.js';
import type { SimAppliance } from '../state/sim-appliance.js';

export const API_VERSION = { current: 3800, minimum: 120 } as const;

export interface ListenerOptions {
  readonly listener: Listener;
  readonly tls: { cert: string; key: string } | null;
  /** Paths answered without a session. */
  readonly publicPaths: readonly string[];
  /** Check X-API-Version and `auth` (OneView and Image Streamer; not Consul). */
  readonly oneViewRules: boolean;
  /** The server a request went to, for the request log (an iLO listener serves many servers). */
  readonly serverOf?: (req: FastifyRequest) => { name: string; uri: string } | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    simSession: Session | null;
    simStart: number;
  }
}

const CONTROL_PREFIX = '/_sim';

/** Above this size a body in chunks is streamed as it is rather than copied into one buffer first. */
const STREAM_ABOVE_BYTES = 1024 * 1024;

/** A JSON body already serialized in chunks (see `serializeEnvelope`), with its Content-Length. */
export function sendJsonChunks(reply: FastifyReply, status: number, chunks: readonly Buffer[]): FastifyReply {
  const length = chunks.reduce((n, c) => n + c.length, 0);
  void reply.code(status).type('application/json;charset=utf-8');
  if (length <= STREAM_ABOVE_BYTES || reply.request.method === 'HEAD')
    return reply.send(Buffer.concat(chunks, length));
  return reply.header('Content-Length', String(length)).send(Readable.from(chunks, { objectMode: false }));
}

export function sendJson(
  reply: FastifyReply,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): FastifyReply {
  for (const [k, v] of Object.entries(headers)) void reply.header(k, v);
  return reply
    .code(status)
    .type('application/json;charset=utf-8')
    .send(body === undefined ? '' : JSON.stringify(body));
}

function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SimHttpError(
      400,
      errorBody('INVALID_JSON', 'The request body is not valid JSON.', {
        recommendedActions: ['Send a JSON body.'],
      }),
    );
  }
}

/** A Fastify instance with the OneView wire conventions: headers, errors, faults, versions, sessions, request log. */
export function createListener(sim: SimAppliance, options: ListenerOptions): FastifyInstance {
  const app = Fastify({
    logger: false,
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
    bodyLimit: 64 * 1024 * 1024,
    ...(options.tls
      ? { https: { cert: options.tls.cert, key: options.tls.key, minVersion: 'TLSv1.2' as const } }
      : {}),
  }) as unknown as FastifyInstance;
  app.decorateRequest('simSession', null);
  app.decorateRequest('simStart', 0);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, parseBody(body as string));
    } catch (e) {
      done(e as Error, undefined);
    }
  });

  // A request that may write keeps cached wire JSON out of use until its response is closed (answered or aborted).
  app.addHook('onRequest', async (req, reply) => {
    if (req.method === 'GET' || req.method === 'HEAD') return;
    sim.beginWrite();
    reply.raw.once('close', () => sim.endWrite());
  });

  app.addHook('onRequest', async (req, reply) => {
    req.simStart = performance.now();
    const path = pathOf(req.url);
    if (path.startsWith(CONTROL_PREFIX)) return;
    const fault = sim.faults.takeHttpError(options.listener, path);
    if (fault) {
      const unavailable = fault.status === 503;
      return sendJson(
        reply,
        fault.status,
        errorBody(
          unavailable ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR',
          unavailable
            ? 'The appliance is starting or in maintenance; the service is unavailable.'
            : 'An internal error occurred on the appliance.',
          {
            recommendedActions: ['Retry the request later.'],
          },
        ),
      );
    }
    if (!options.oneViewRules) return;
    const version = req.headers['x-api-version'];
    if (version !== undefined && version !== '') {
      const n = Number(Array.isArray(version) ? version[0] : version);
      if (!Number.isInteger(n) || n < API_VERSION.minimum || n > API_VERSION.current) {
        return sendJson(
          reply,
          412,
          errorBody(
            'INVALID_API_VERSION',
            'The specified API version is not valid. Check the value of the X-API-Version header, then resend the request.',
            {
              details: `The request contained an invalid X-API-Version header of ${String(version)}.  Only values ${API_VERSION.minimum} through ${API_VERSION.current} are accepted.`,
              recommendedActions: [
                `Use an X-API-Version from ${API_VERSION.minimum} to ${API_VERSION.current}.`,
              ],
            },
          ),
        );
      }
    }
    if (options.publicPaths.includes(path) && !(path === '/rest/login-sessions' && req.method !== 'POST'))
      return;
    if (path === '/rest/sessions/idle-timeout') return;
    const token = req.headers['auth'];
    const session = sim.sessions.find(Array.isArray(token) ? token[0] : token);
    if (!session) {
      return sendJson(
        reply,
        401,
        errorBody('AUTHORIZATION', 'Authorization error: User not authorized for this operation.', {
          details: 'The session is not valid or has expired.',
          recommendedActions: [
            'Please verify your credentials and re-authenticate before attempting the operation again.',
          ],
          data: null,
        }),
      );
    }
    sim.sessions.use(session);
    req.simSession = session;
    return;
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    void reply.header('Cache-Control', 'no-cache');
    void reply.header('Pragma', 'no-cache');
    void reply.header('Expires', 'Thu, 01 Jan 1970 00:00:00 GMT');
    void reply.header('Content-Language', 'en-us');
    return payload;
  });

  app.addHook('onResponse', async (req, reply) => {
    const path = pathOf(req.url);
    if (path.startsWith(CONTROL_PREFIX)) return;
    const q = req.url.indexOf('?');
    const server = options.serverOf?.(req);
    sim.requestLog.add({
      ...(server ? { server } : {}),
      listener: options.listener,
      method: req.method,
      path,
      query: q < 0 ? '' : req.url.slice(q + 1),
      status: reply.statusCode,
      time: new Date(sim.now()).toISOString(),
      durationMs: Math.round((performance.now() - req.simStart) * 1000) / 1000,
    });
  });

  app.setErrorHandler((error: Error & { statusCode?: number }, _req: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof SimHttpError) return sendJson(reply, error.status, error.body);
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    return sendJson(
      reply,
      status,
      errorBody(
        status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST',
        status === 500 ? 'An internal error occurred on the appliance.' : 'The request is not valid.',
        { details: error.message },
      ),
    );
  });

  // A real appliance answers an unknown URI with 404 and an error body; the simulator says the route is not modelled.
  app.setNotFoundHandler((req, reply) =>
    sendJson(
      reply,
      404,
      errorBody(
        'GENERIC_HTTP_404',
        `The requested resource could not be found: the route ${req.method} ${pathOf(req.url)} is not modelled by the simulator.`,
        {
          details: `${req.method} ${pathOf(req.url)}`,
          recommendedActions: ['Check the URI; the simulator README lists the routes it models.'],
          errorSource: pathOf(req.url),
        },
      ),
    ),
  );
  return app;
}
