import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../../logging/create-logger.js';
import { DeliveryLog } from './delivery-log.js';
import { isValidHmacSignature, secretsEqual } from './verify-signature.js';

export type WebhookReceiver = 'github' | 'gitlab' | 'generic';

export type DeliveryResult =
  | 'accepted'
  | 'unauthorized'
  | 'malformed'
  | 'replayed'
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
}

interface Delivery {
  /** Whether the request proves it knows the secret. */
  readonly authentic: boolean;
  readonly id: string | null;
  /** push, ping, or another event name; null when the receiver has no event header. */
  readonly event: 'push' | 'ping' | 'other';
  readonly body: Buffer;
}

const STATUS: Readonly<Record<DeliveryResult, number>> = {
  accepted: 202,
  unauthorized: 401,
  malformed: 400,
  replayed: 200,
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
 * (X-Gitlab-Token) and /webhooks/generic (X-Phoenix-Signature-256, same HMAC form as GitHub). A receiver only
 * enqueues; a push to another branch or a delivery id seen before is acknowledged and ignored. Secrets are
 * compared in constant time; a receiver without a configured secret refuses everything.
 */
export async function registerWebhookRoutes(app: FastifyInstance, deps: WebhookDeps): Promise<void> {
  const deliveries = new DeliveryLog();
  await app.register((scope, _options, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: 25 * 1024 * 1024 },
      (_req, body, next) => {
        next(null, body);
      },
    );
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
      if (delivery.id !== null && !deliveries.record(`${receiver}:${delivery.id}`)) return 'replayed';
      return deps.trigger(receiver, delivery.id) ? 'accepted' : 'stopping';
    };
    const secret = deps.secrets.hmacSecret;
    const token = deps.secrets.gitlabToken;
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
      receive('generic', (request, body) => ({
        authentic:
          secret !== null && isValidHmacSignature(secret, body, header(request, 'x-phoenix-signature-256')),
        id: header(request, 'x-phoenix-delivery') ?? null,
        event: 'push',
        body,
      })),
    );
    done();
  });
}
