import { readFile } from 'node:fs/promises';
import { openAnswerMediaServer } from './answer-media-server.js';
import type { DesiredState } from '../../core/desired/desired-state.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import type { Logger } from '../../ports/logger.js';
import type { AnswerMedia, SecretResolver } from '../../ports/answer-media.js';
import type { Clock } from '../../ports/clock.js';

/** How long a published answer volume stays readable: longer than any install Phoenix waits for. */
const DEFAULT_TTL_MS = 6 * 60 * 60_000;

/**
 * The answer media server of one apply, when the plan boots a node installed from virtual media; null
 * otherwise. PHOENIX_MEDIA_LISTEN (host:port, default 127.0.0.1:0) is where it listens, PHOENIX_MEDIA_URL the
 * base URL the iLOs reach it at (default http://host:port). Install images are read and checked against their
 * sha256 before a node that boots them is touched, unless PHOENIX_IMAGE_CHECK is `off` (for a site where only the
 * iLOs can reach the image host).
 */
export async function openAnswerMediaFor(
  plan: ReconcilePlan,
  desired: DesiredState,
  env: Readonly<Record<string, string | undefined>>,
  clock: Clock,
  logger: Logger,
): Promise<AnswerMedia | null> {
  const media = new Set(desired.nodes.filter((n) => n.osDeployment !== null).map((n) => n.name));
  const boots = plan.changes.some((c) => media.has(c.node) && c.steps.some((s) => s.kind === 'boot'));
  if (!boots) return null;
  const listen = env['PHOENIX_MEDIA_LISTEN']?.trim() || '127.0.0.1:0';
  const match = /^(.+):(\d{1,5})$/.exec(listen);
  if (match === null)
    throw new PhoenixError('INTERNAL_INVALID_ARGUMENT', {
      option: 'PHOENIX_MEDIA_LISTEN',
      problem: 'expected host:port',
    });
  return openAnswerMediaServer({
    host: match[1]!.replace(/^\[|\]$/g, ''),
    port: Number(match[2]),
    publicUrl: env['PHOENIX_MEDIA_URL']?.trim() || null,
    ttlMs: DEFAULT_TTL_MS,
    clock,
    logger,
    secrets: secretResolver(env),
    checkImages: env['PHOENIX_IMAGE_CHECK']?.trim().toLowerCase() !== 'off',
  });
}

/**
 * Secrets of answer files: `{env: NAME}` reads the environment, `{file: PATH}` a file (one trailing newline
 * dropped). A missing or empty one fails the node's boot with the reference named, never a value.
 */
export function secretResolver(env: Readonly<Record<string, string | undefined>>): SecretResolver {
  return async (name, ref) => {
    let value: string | undefined;
    if ('env' in ref) value = env[ref.env];
    else {
      try {
        value = (await readFile(ref.file, 'utf8')).replace(/\r?\n$/, '');
      } catch {
        value = undefined;
      }
    }
    if (value === undefined || value === '')
      throw new PhoenixError('APPLY_ANSWER_MEDIA_FAILED', {
        secret: name,
        reason:
          'env' in ref ? `environment variable ${ref.env} is not set` : `file ${ref.file} cannot be read`,
      });
    return value;
  };
}
