import type { ErrorSpec } from '../error-spec.js';

/** Posting the plan on a pull request (GitHub) or a merge request (GitLab) from a CI job. */
export const reviewErrors = {
  REVIEW_CONTEXT_MISSING: {
    message: 'A variable the CI job should provide to post the plan on its pull or merge request is missing.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'The error names the variable. Run the command in the pull-request or merge-request job that the CI template or action defines, or set the variable yourself.',
  },
  REVIEW_COMMENT_FAILED: {
    message: 'The code host refused or failed to list, create or update the plan comment.',
    retry: 'transient',
    exitCode: 1,
    hint: 'The error gives the HTTP status and the host’s message. 401 or 403: the token lacks the right to write comments (GitHub: permissions pull-requests: write, which a pull request from a fork never gets; GitLab: a project access token with the api scope).',
  },
  REVIEW_COMMENT_TOO_LARGE: {
    message: 'The plan comment is longer than the code host accepts.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Render the plan with --format markdown, which keeps it within GitHub’s limit, or post a shorter body.',
  },
} as const satisfies Record<string, ErrorSpec>;
