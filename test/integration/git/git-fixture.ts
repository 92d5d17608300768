import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createLogger } from '../../../src/logging/create-logger.js';
import type { Logger } from '../../../src/ports/logger.js';
import { createBareRepository, WorkRepository } from '../../support/git-cli.js';
import { startGitHttpServer, type GitHttpServer } from '../../support/git-http-server.js';

/** A throwaway bare repository served by git http-backend, a work tree that pushes to it, and a state dir. */
export interface GitFixture {
  readonly root: string;
  readonly bare: string;
  readonly work: WorkRepository;
  readonly server: GitHttpServer;
  readonly url: string;
  readonly stateDir: string;
  readonly logger: Logger;
  /** Every log line written through `logger`. */
  readonly logLines: string[];
  publish(): Promise<void>;
  dispose(): Promise<void>;
}

export async function createGitFixture(options: { readonly token?: string } = {}): Promise<GitFixture> {
  const root = await mkdtemp(path.join(tmpdir(), 'phoenix-git-'));
  const bare = await createBareRepository(path.join(root, 'served'), 'site.git');
  const work = await WorkRepository.create(path.join(root, 'work'));
  const server = await startGitHttpServer({
    root: path.join(root, 'served'),
    ...(options.token === undefined ? {} : { token: options.token }),
  });
  const logLines: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: {
      write: (line: string) => {
        logLines.push(line);
      },
    },
  });
  return {
    root,
    bare,
    work,
    server,
    url: server.repoUrl('site.git'),
    stateDir: path.join(root, 'state'),
    logger,
    logLines,
    publish: () => work.pushTo(bare),
    dispose: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
