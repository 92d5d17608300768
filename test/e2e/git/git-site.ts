import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { ensureBuilt, EXAMPLE_REPO, type CliEnv } from '../../support/e2e/built-cli.js';
import { E2eSimulator } from '../../support/e2e/e2e-simulator.js';
import { createBareRepository, WorkRepository } from '../../support/git-cli.js';
import { startGitHttpServer, type GitHttpServer } from '../../support/git-http-server.js';

/** example-repo committed into a repository served over smart HTTP by `git http-backend`, plus a state directory. */
export interface GitSite {
  readonly url: string;
  readonly work: WorkRepository;
  readonly server: GitHttpServer;
  readonly stateDir: string;
  /** Revision A: example-repo as it is. */
  readonly first: string;
  /** Sets `path` in a YAML file of the work tree, keeping its comments (not committed). */
  setYaml(file: string, path: readonly (string | number)[], value: unknown): Promise<void>;
  writeFile(file: string, text: string): Promise<void>;
  /** Commits the work tree and pushes every branch to the served repository. */
  commit(message: string): Promise<string>;
  dispose(): Promise<void>;
}

export async function startGitSite(): Promise<GitSite> {
  const root = await mkdtemp(join(tmpdir(), 'phoenix-git-e2e-'));
  const served = join(root, 'served');
  await mkdir(served);
  const bare = await createBareRepository(served, 'site.git');
  const work = await WorkRepository.create(join(root, 'work'));
  await cp(EXAMPLE_REPO, work.directory, { recursive: true });
  const first = await work.commit({}, 'Declare the dc1 fleet');
  await work.pushTo(bare);
  const server = await startGitHttpServer({ root: served });
  const site: GitSite = {
    url: server.repoUrl('site.git'),
    work,
    server,
    stateDir: join(root, 'state'),
    first,
    async setYaml(file, path, value) {
      const target = join(work.directory, file);
      const doc = parseDocument(await readFile(target, 'utf8'));
      doc.setIn(path, value);
      await writeFile(target, doc.toString());
    },
    async writeFile(file, text) {
      await writeFile(join(work.directory, file), text);
    },
    async commit(message) {
      const sha = await work.commit({}, message);
      await work.pushTo(bare);
      return sha;
    },
    async dispose() {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
  return site;
}

/** A fast simulator and example-repo served over smart HTTP, with the CLI built and its environment for both. */
export async function startGitE2e(): Promise<{ sim: E2eSimulator; site: GitSite; env: CliEnv }> {
  await ensureBuilt();
  const sim = await E2eSimulator.start();
  const site = await startGitSite();
  return { sim, site, env: sim.env(site.stateDir) };
}

/** Stops what startGitE2e started; either may be missing when the start failed half-way. */
export async function stopGitE2e(sim: E2eSimulator | undefined, site: GitSite | undefined): Promise<void> {
  await sim?.close();
  await site?.dispose();
}
