import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../../ports/logger.js';
import { DeliveryLog } from './delivery-log.js';
import { checkGenericTimestamp, isSignatureShaped, isValidGenericSignature } from './generic-signature.js';
import { isValidHmacSignature, secretsEqual } from './verify-signature.js';

/**
 * The largest webhook body read. A push event needs only its `ref`; GitHub's push payloads (at most 20 commits
 * with their file lists) stay well below this. A larger body is refused with 413 before it is buffered whole.
 */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

export type WebhookReceiver = 'github' | 'gitlab' | 'generic';

export type DeliveryResult =
  | 'accepted'
  | 'unauthorized'
  | 'malformed'
  | 'replayed'
  | 'expired'
  | 'ignored-event'
  | 'ignored-branch'
  | 'ping'
  | 'stopping';

export interface WebhookSecrets {
  /** GitHub X-Hub-Signature-256 and the generic receiver's X-Phoenix-Signature-256. */
  readonly hmacSecret: string | null;
  /** GitLab X-Gitlab-Token. */
  readonly gitlabToken: string | null;
}

export interface WebhookDeps {
  readonly secrets: WebhookSecrets;
  /** The tracked branch: pushes to any other ref are ignored. */
  readonly branch: string;
  /** Enqueues a pass; false when the daemon is stopping. */
  readonly trigger: (receiver: WebhookReceiver, delivery: string | null) => boolean;
  readonly onDelivery: (receiver: WebhookReceiver, result: DeliveryResult) => void;
  readonly logger: Logger;
  /** Wall-clock time in ms, against which the generic form's signed timestamp is checked; Date.now by default. */
  readonly wallClock?: () => number;
}

interface Delivery {
  /** Whether the request proves it knows the secret. */
  readonly authentic: boolean;
  readonly id: string | null;
  /** push, ping, or another event name; null when the receiver has no event header. */
  readonly event: 'push' | 'ping' | 'other';
  readonly body: Buffer;
  /** A value unique to this signed delivery (the generic form's signature), refused when seen again. */
  readonly replayKey?: string;
}

const RECEIVERS: Readonly<Record<string, WebhookReceiver>> = {
  '/webhooks/github': 'github',
  '/webhooks/gitlab': 'gitlab',
  '/webhooks/generic': 'generic',
};

const STATUS: Readonly<Record<DeliveryResult, number>> = {
  accepted: 202,
  unauthorized: 401,
  malformed: 400,
  replayed: 200,
  expired: 401,
  'ignored-event': 200,
  'ignored-branch': 200,
  ping: 200,
  stopping: 503,
};

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The pushed ref of a JSON body (GitHub, GitLab: `ref`); GitHub may also post it form-encoded as `payload`. */
function pushedRef(request: FastifyRequest, body: Buffer): { readonly ref: string | null } | 'malformed' {
  let text = body.toString('utf8');
  if ((header(request, 'content-type') ?? '').startsWith('application/x-www-form-urlencoded'))
    text = new URLSearchParams(text).get('payload') ?? '';
  if (text.trim() === '') return { ref: null };
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null) return 'malformed';
    const ref = (value as { ref?: unknown }).ref;
    return { ref: typeof ref === 'string' ? ref : null };
  } catch {
    return 'malformed';
  }
}

/**
 * Webhook receivers: POST /webhooks/github (HMAC-SHA256 X-Hub-Signature-256), /webhooks/gitlab
 * (X-Gitlab-Token) and /webhooks/generic (X-Phoenix-Timestamp and X-Phoenix-Signature-256 over
 * "<timestamp>.<body>"). A receiver only enqueues; a push to another branch or a delivery seen before is
 * acknowledged and ignored. Secrets are compared in constant time; a receiver without a configured secret
 * refuses everything. What can be refused from the headers alone (no secret configured, a wrong GitLab token,
 * a missing or malformed signature, a generic timestamp outside its window) is refused before the body is
 * read; bodies are read up to MAX_WEBHOOK_BODY_BYTES.
 */
export async function registerWebhookRoutes(app: FastifyInstance, deps: WebhookDeps): Promise<void> {
  const deliveries = new DeliveryLog();
  const wallClock = deps.wallClock ?? Date.now;
  const secret = deps.secrets.hmacSecret;
  const token = deps.secrets.gitlabToken;
  /** The answer a request gets from its headers alone, or null when its body must be read. */
  const refuseEarly = (receiver: WebhookReceiver, request: FastifyRequest): DeliveryResult | null => {
    switch (receiver) {
      case 'github':
        return secret !== null && isSignatureShaped(header(request, 'x-hub-signature-256'))
          ? null
          : 'unauthorized';
      case 'gitlab':
        return token !== null && secretsEqual(token, header(request, 'x-gitlab-token'))
          ? null
          : 'unauthorized';
      case 'generic': {
        if (secret === null || !isSignatureShaped(header(request, 'x-phoenix-signature-256')))
          return 'unauthorized';
        const timestamp = checkGenericTimestamp(header(request, 'x-phoenix-timestamp'), wallClock());
        return timestamp === 'missing' ? 'unauthorized' : timestamp === 'expired' ? 'expired' : null;
      }
    }
  };
  await app.register((scope, _options, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: MAX_WEBHOOK_BODY_BYTES },
      (_req, body, next) => {
        next(null, body);
      },
    );
    scope.addHook('onRequest', async (request, reply) => {
      const receiver = RECEIVERS[request.routeOptions.url ?? ''];
      if (receiver === undefined) return;
      const result = refuseEarly(receiver, request);
      if (result === null) return;
      deps.onDelivery(receiver, result);
      deps.logger.info({ receiver, result, delivery: null }, 'webhook delivery');
      // The body is never read: the connection is closed rather than drained.
      await reply.code(STATUS[result]).header('connection', 'close').send({ result });
    });
    const receive =
      (receiver: WebhookReceiver, read: (request: FastifyRequest, body: Buffer) => Delivery) =>
      async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const delivery = read(request, body);
        const result = handle(receiver, delivery, request);
        deps.onDelivery(receiver, result);
        deps.logger.info({ receiver, result, delivery: delivery.id }, 'webhook delivery');
        await reply.code(STATUS[result]).send({ result });
      };
    const handle = (
      receiver: WebhookReceiver,
      delivery: Delivery,
      request: FastifyRequest,
    ): DeliveryResult => {
      if (!delivery.authentic) return 'unauthorized';
      if (delivery.event === 'ping') return 'ping';
      if (delivery.event === 'other') return 'ignored-event';
      const pushed = pushedRef(request, delivery.body);
      if (pushed === 'malformed') return 'malformed';
      const { ref } = pushed;
      if (ref !== null && ref !== `refs/heads/${deps.branch}` && ref !== deps.branch) return 'ignored-branch';
      if (receiver !== 'generic' && ref === null) return 'malformed';
      if (delivery.replayKey !== undefined && !deliveries.record(`${receiver}:signed:${delivery.replayKey}`))
        return 'replayed';
      if (delivery.id !== null && !deliveries.record(`${receiver}:${delivery.id}`)) return 'replayed';
      return deps.trigger(receiver, delivery.id) ? 'accepted' : 'stopping';
    };
    scope.post(
      '/webhooks/github',
      receive('github', (request, body) => {
        const event = header(request, 'x-github-event');
        return {
          authentic:
            secret !== null && isValidHmacSignature(secret, body, header(request, 'x-hub-signature-256')),
          id: header(request, 'x-github-delivery') ?? null,
          event: event === 'push' ? 'push' : event === 'ping' ? 'ping' : 'other',
          body,
        };
      }),
    );
    scope.post(
      '/webhooks/gitlab',
      receive('gitlab', (request, body) => ({
        authentic: token !== null && secretsEqual(token, header(request, 'x-gitlab-token')),
        id: header(request, 'x-gitlab-event-uuid') ?? header(request, 'idempotency-key') ?? null,
        event: header(request, 'x-gitlab-event') === 'Push Hook' ? 'push' : 'other',
        body,
      })),
    );
    scope.post(
      '/webhooks/generic',
      receive('generic', (request, body) => {
        const signature = header(request, 'x-phoenix-signature-256');
        const timestamp = header(request, 'x-phoenix-timestamp') ?? '';
        return {
          authentic: secret !== null && isValidGenericSignature(secret, timestamp, body, signature),
          id: header(request, 'x-phoenix-delivery') ?? null,
          event: 'push',
          body,
          ...(signature === undefined ? {} : { replayKey: signature.toLowerCase() }),
        };
      }),
    );
    done();
  });
}
