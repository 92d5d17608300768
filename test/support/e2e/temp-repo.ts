import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { EXAMPLE_REPO } from './built-cli.js';

/** A throwaway copy of example-repo and a state directory, both under the OS temporary directory. */
export interface TempSite {
  readonly repo: string;
  readonly stateDir: string;
  /** Sets `path` (e.g. ['spec', 'attributes', 'VLAN_ID']) in a YAML file of the copy, keeping its comments. */
  setYaml(file: string, path: readonly (string | number)[], value: unknown): Promise<void>;
  remove(file: string): Promise<void>;
  /** A new, empty state directory (a fresh ledger). */
  freshState(): string;
  dispose(): Promise<void>;
}

export async function tempSite(): Promise<TempSite> {
  const root = await mkdtemp(join(tmpdir(), 'phoenix-e2e-'));
  const repo = join(root, 'repo');
  await cp(EXAMPLE_REPO, repo, { recursive: true });
  let states = 0;
  const site: TempSite = {
    repo,
    stateDir: join(root, 'state-0'),
    async setYaml(file, path, value) {
      const doc = parseDocument(await readFile(join(repo, file), 'utf8'));
      doc.setIn(path, value);
      await writeFile(join(repo, file), doc.toString());
    },
    async remove(file) {
      await rm(join(repo, file));
    },
    freshState() {
      states += 1;
      return join(root, `state-${states}`);
    },
    async dispose() {
      await rm(root, { recursive: true, force: true });
    },
  };
  return site;
}
