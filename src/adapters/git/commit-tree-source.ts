import * as path from 'node:path';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type {
  ContentMemo,
  DeclarationSource,
  LinkTarget,
  SourceEntry,
} from '../../ports/declaration-source.js';
import { filterIgnored, PHOENIX_IGNORE_FILE } from '../ignore-files/ignore-rules.js';
import type { ObjectStore } from './object-store.js';
import { resolveTreeLink, type TreeNodeKind } from './tree-link-resolver.js';

interface TreeNode {
  readonly kind: TreeNodeKind;
  readonly oid: string;
}

/** Links resolved at once: loose objects are files, and file handles are not unlimited. */
const READ_CONCURRENCY = 16;

const decoder = new TextDecoder();

/**
 * The files of one commit, read from git objects without a checkout. Paths are relative to the repository root.
 * Symbolic links (mode 120000) are reported as links and judged against the repository root; submodules are
 * skipped, since their files are not in this repository. What `.phoenixignore` files exclude is not listed, as in a
 * working tree (a commit holds only tracked files, so `.gitignore` has nothing left to exclude). Listing reads no
 * file: sizes are unknown until a file is read, and only what the reader asks for is inflated. `memo` is shared
 * by the commits of one repository.
 */
export async function openCommitTree(
  store: ObjectStore,
  revision: string,
  label: string,
  memo?: ContentMemo,
): Promise<DeclarationSource> {
  const commit = await store.readCommit(revision);
  const nodes = new Map<string, TreeNode>();
  await collectTree(store, commit.tree, '', nodes);
  const links = new Map<string, Promise<string>>();
  const readLink = (linkPath: string): Promise<string> => {
    let target = links.get(linkPath);
    if (target === undefined) {
      const node = nodes.get(linkPath) as TreeNode;
      target = store.readBlob(node.oid).then((bytes) => decoder.decode(bytes));
      links.set(linkPath, target);
    }
    return target;
  };
  const kindOf = (nodePath: string): TreeNodeKind | undefined => nodes.get(nodePath)?.kind;
  const listed = [...nodes]
    .filter(([, node]) => node.kind === 'file' || node.kind === 'symlink')
    .map(([nodePath]) => ({ path: nodePath }));
  const visible = new Set(
    (
      await filterIgnored(listed, PHOENIX_IGNORE_FILE, async (nodePath) =>
        decoder.decode(await store.readBlob((nodes.get(nodePath) as TreeNode).oid)),
      )
    ).map((entry) => entry.path),
  );
  const description = `${label}@${revision}`;
  return {
    description,
    revision,
    ...(memo === undefined ? {} : { memo }),
    list: async (root) => {
      const prefix = normaliseRoot(root);
      if (prefix === null || (prefix !== '' && kindOf(prefix) !== 'directory')) {
        throw new PhoenixError('DECL_ROOT_NOT_FOUND', { repo: description, path: root });
      }
      const pending: (() => Promise<SourceEntry>)[] = [];
      for (const [nodePath, node] of nodes) {
        if (prefix !== '' && !nodePath.startsWith(`${prefix}/`)) continue;
        if (!visible.has(nodePath)) continue;
        if (node.kind === 'file') pending.push(() => Promise.resolve(fileEntry(store, nodePath, node.oid)));
        if (node.kind === 'symlink') pending.push(() => linkEntry(store, nodePath, nodes, kindOf, readLink));
      }
      return inOrder(pending, READ_CONCURRENCY);
    },
  };
}

async function collectTree(
  store: ObjectStore,
  oid: string,
  prefix: string,
  nodes: Map<string, TreeNode>,
): Promise<void> {
  for (const entry of await store.readTree(oid)) {
    const entryPath = prefix === '' ? entry.path : `${prefix}/${entry.path}`;
    const kind = kindOfMode(entry.mode);
    nodes.set(entryPath, { kind, oid: entry.oid });
    if (kind === 'directory') await collectTree(store, entry.oid, entryPath, nodes);
  }
}

function kindOfMode(mode: string): TreeNodeKind {
  if (mode === '040000' || mode === '40000') return 'directory';
  if (mode === '120000') return 'symlink';
  if (mode === '160000') return 'submodule';
  return 'file';
}

function fileEntry(store: ObjectStore, filePath: string, oid: string): SourceEntry {
  return { kind: 'file', path: filePath, size: null, oid, read: () => store.readBlob(oid) };
}

async function linkEntry(
  store: ObjectStore,
  linkPath: string,
  nodes: ReadonlyMap<string, TreeNode>,
  kindOf: (nodePath: string) => TreeNodeKind | undefined,
  readLink: (nodePath: string) => Promise<string>,
): Promise<SourceEntry> {
  const target = await readLink(linkPath);
  const resolution = await resolveTreeLink(linkPath, kindOf, readLink);
  return {
    kind: 'symlink',
    path: linkPath,
    target,
    escapesRoot: resolution.escapesRoot,
    resolve: (): Promise<LinkTarget> => Promise.resolve(linkTarget(store, resolution, nodes)),
  };
}

/** What a link inside the repository finally names; a file is read when asked for. */
function linkTarget(
  store: ObjectStore,
  resolution: Awaited<ReturnType<typeof resolveTreeLink>>,
  nodes: ReadonlyMap<string, TreeNode>,
): LinkTarget {
  if (resolution.escapesRoot) return { kind: 'other' };
  if (resolution.path === null) return { kind: 'loop' };
  // The root itself ('' after `..` back to the top) is a folder.
  const node = resolution.path === '' ? { kind: 'directory' as const } : nodes.get(resolution.path);
  if (node === undefined) return { kind: 'missing' };
  if (node.kind === 'directory') return { kind: 'directory' };
  if (node.kind !== 'file') return { kind: 'other' };
  const oid = node.oid;
  return { kind: 'file', size: null, read: () => store.readBlob(oid) };
}

/** Runs the tasks with at most `limit` at a time; results in task order. */
async function inOrder<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < tasks.length; i = next++) results[i] = await tasks[i]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** '' for the repository root; null for a root that leaves the repository. */
function normaliseRoot(root: string): string | null {
  if (root === '' || root === '.') return '';
  const normalised = path.posix.normalize(root.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (normalised === '.' || normalised === '') return '';
  if (normalised.startsWith('/') || normalised === '..' || normalised.startsWith('../')) return null;
  return normalised;
}
