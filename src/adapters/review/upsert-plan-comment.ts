import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { ReviewComment, ReviewThread } from './review-thread.js';

/** The hidden first line that marks a plan comment, one per key (a site, or a declarations root). */
export function planCommentMarker(key: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(key)) {
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: '--key',
      value: key,
      problem: 'letters, digits, dot, underscore, slash and hyphen only, up to 100 characters',
    });
  }
  return `<!-- phoenix-plan: ${key} -->`;
}

export interface PlanCommentResult {
  readonly action: 'created' | 'updated';
  readonly comment: ReviewComment;
}

/**
 * Posts `markdown` as the plan comment for `key`, or edits the one posted before (found by its marker), so that a
 * pull request carries one plan comment per key however often its job runs.
 */
export async function upsertPlanComment(
  thread: ReviewThread,
  key: string,
  markdown: string,
): Promise<PlanCommentResult> {
  const marker = planCommentMarker(key);
  const body = `${marker}\n${markdown.trimEnd()}\n`;
  if (body.length > thread.bodyLimit) {
    throw new PhoenixError('REVIEW_COMMENT_TOO_LARGE', {
      platform: thread.platform,
      length: body.length,
      limit: thread.bodyLimit,
    });
  }
  const previous = (await thread.list()).find((comment) => comment.body.startsWith(marker));
  if (previous === undefined) return { action: 'created', comment: await thread.create(body) };
  return { action: 'updated', comment: await thread.update(previous.id, body) };
}
