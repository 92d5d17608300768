import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { githubThread } from '../../adapters/review/github-thread.js';
import { gitlabThread } from '../../adapters/review/gitlab-thread.js';
import type { ReviewThread } from '../../adapters/review/review-thread.js';
import { upsertPlanComment } from '../../adapters/review/upsert-plan-comment.js';
import type { RegisterCommand } from './index.js';
import { positiveInteger } from './option-values.js';

export const COMMENT_PLATFORMS = ['github', 'gitlab'] as const;
type Platform = (typeof COMMENT_PLATFORMS)[number];

interface CommentOptions {
  readonly bodyFile: string;
  readonly key: string;
  readonly platform?: string;
  readonly number?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The platform asked for, else the one whose CI runs this job (GITHUB_ACTIONS, GITLAB_CI). */
function choosePlatform(value: string | undefined, env: Env): Platform {
  if (value !== undefined) {
    if ((COMMENT_PLATFORMS as readonly string[]).includes(value)) return value as Platform;
    throw new PhoenixError('CLI_INVALID_OPTION', { option: '--platform', value, allowed: COMMENT_PLATFORMS });
  }
  if (env['GITHUB_ACTIONS'] === 'true') return 'github';
  if (env['GITLAB_CI'] === 'true') return 'gitlab';
  throw new PhoenixError('CLI_INVALID_OPTION', {
    option: '--platform',
    problem: 'neither GITHUB_ACTIONS nor GITLAB_CI is set: say which host to post on',
    allowed: COMMENT_PLATFORMS,
  });
}

async function openThread(platform: Platform, number: number | null, env: Env): Promise<ReviewThread> {
  return platform === 'github' ? githubThread(env, number) : gitlabThread(env, number);
}

async function readBody(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: '--body-file',
      file,
      problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).name})`,
    });
  }
}

/**
 * `phoenix comment`: posts a rendered plan on the pull request (GitHub) or merge request (GitLab) of the CI job,
 * or edits the plan comment posted before, found by a hidden marker. The token comes from the environment only.
 */
export const registerComment: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('comment')
    .description('post the plan on the CI job’s pull or merge request, or update the one posted before')
    .requiredOption('--body-file <file>', 'the Markdown to post (phoenix plan --format markdown)')
    .option('--key <key>', 'one comment per key: name it after the site or declarations root', 'default')
    .option('--platform <platform>', `${COMMENT_PLATFORMS.join(' or ')} (default: the CI that runs the job)`)
    .option('--number <n>', 'the pull or merge request (default: from the CI job’s environment)')
    .action(async (options: CommentOptions) => {
      const { globals, stdout } = context();
      const platform = choosePlatform(options.platform, process.env);
      const number = options.number === undefined ? null : positiveInteger('--number', options.number);
      const markdown = await readBody(options.bodyFile);
      const thread = await openThread(platform, number, process.env);
      const { action, comment } = await upsertPlanComment(thread, options.key, markdown);
      if (globals.json) {
        stdout.write(`${JSON.stringify({ action, platform, id: comment.id, url: comment.url })}\n`);
      } else {
        stdout.write(`${action === 'created' ? 'Posted' : 'Updated'} the plan comment ${comment.id}`);
        stdout.write(comment.url === null ? '.\n' : `: ${comment.url}\n`);
      }
      setExitCode(0);
    });
};
