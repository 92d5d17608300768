import { execFile } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { devNull } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** 2024-01-01T00:00:00Z; every commit of a repository is one minute after the previous one. */
const EPOCH = 1_704_067_200;

/** An environment where no user or system git configuration applies, with a fixed identity. */
export function gitEnvironment(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: path.dirname(devNull),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: devNull,
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'Ada Author',
    GIT_AUTHOR_EMAIL: 'ada@example.org',
    GIT_COMMITTER_NAME: 'Cy Committer',
    GIT_COMMITTER_EMAIL: 'cy@example.org',
    LANG: 'C',
    ...extra,
  };
}

/** Runs git and returns its standard output. */
export async function git(
  args: readonly string[],
  options: { readonly cwd?: string; readonly env?: Readonly<Record<string, string>> } = {},
): Promise<string> {
  const { stdout } = await exec('git', [...args], {
    cwd: options.cwd,
    env: gitEnvironment(options.env),
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

/** Creates an empty bare repository `<root>/<name>` whose HEAD is main. */
export async function createBareRepository(root: string, name: string): Promise<string> {
  const directory = path.join(root, name);
  await git(['init', '--quiet', '--bare', '--initial-branch=main', directory]);
  return directory;
}

/** What a commit does to a path: write a file, make a symbolic link, or delete. */
export type FileChange = string | Uint8Array | { readonly symlink: string } | null;

export interface CommitOptions {
  /** Seconds since the epoch; default: one minute after the previous commit. */
  readonly time?: number;
  /** `+0100` style; default `+0000`. */
  readonly zone?: string;
}

/** A repository with a work tree, committed to with the git CLI at reproducible dates. */
export class WorkRepository {
  readonly directory: string;
  #commits = 0;

  private constructor(directory: string) {
    this.directory = directory;
  }

  static async create(directory: string): Promise<WorkRepository> {
    await git(['init', '--quiet', '--initial-branch=main', directory]);
    return new WorkRepository(directory);
  }

  /** Applies the changes, commits them all, and returns the commit SHA. */
  async commit(
    changes: Readonly<Record<string, FileChange>>,
    message: string,
    options: CommitOptions = {},
  ): Promise<string> {
    for (const [file, change] of Object.entries(changes)) {
      const target = path.join(this.directory, file);
      await rm(target, { force: true, recursive: true });
      if (change === null) continue;
      await mkdir(path.dirname(target), { recursive: true });
      if (typeof change === 'object' && 'symlink' in change) await symlink(change.symlink, target);
      else await writeFile(target, change);
    }
    this.#commits += 1;
    const date = `${options.time ?? EPOCH + this.#commits * 60} ${options.zone ?? '+0000'}`;
    await git(['add', '--all'], { cwd: this.directory });
    await git(['commit', '--quiet', '--allow-empty', '--no-verify', '-m', message], {
      cwd: this.directory,
      env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    return this.head();
  }

  async head(): Promise<string> {
    return (await git(['rev-parse', 'HEAD'], { cwd: this.directory })).trim();
  }

  /** A lightweight tag, or an annotated one when a message is given. */
  async tag(name: string, message?: string): Promise<void> {
    const args = message === undefined ? ['tag', name] : ['tag', '-a', name, '-m', message];
    await git(args, {
      cwd: this.directory,
      env: { GIT_COMMITTER_DATE: `${EPOCH} +0000` },
    });
  }

  async checkout(branch: string, create = false): Promise<void> {
    await git(['checkout', '--quiet', ...(create ? ['-b'] : []), branch], { cwd: this.directory });
  }

  /** Pushes every branch and tag to a bare repository through the file system. */
  async pushTo(bare: string): Promise<void> {
    await git(['push', '--quiet', '--force', '--all', bare], { cwd: this.directory });
    await git(['push', '--quiet', '--force', '--tags', bare], { cwd: this.directory });
  }
}
