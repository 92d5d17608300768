import { openWorkingTree } from '../../../adapters/working-tree/working-tree-source.js';
import {
  readDesiredState,
  type DesiredRevision,
} from '../../../engine/reconcile/revision/read-desired-state.js';

export interface RepoOptions {
  readonly repo: string;
  readonly path?: string | undefined;
}

/** The desired state of a working tree (Git refs are resolved by the git source). */
export async function readRepo(options: RepoOptions): Promise<DesiredRevision> {
  return readDesiredState(await openWorkingTree(options.repo), options.path ?? '');
}
