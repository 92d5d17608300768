/** What a node of a commit's tree is, by repository-relative path. */
export type TreeNodeKind = 'file' | 'directory' | 'symlink' | 'submodule';

export interface LinkResolution {
  /** True when the link, or a link it passes through, leads outside the repository. */
  readonly escapesRoot: boolean;
  /** The repository-relative path the link finally names (it may not exist); null when it escapes or loops. */
  readonly path: string | null;
}

const MAX_HOPS = 40;

/**
 * Resolves a symbolic link inside a commit's tree the way the kernel would in a checkout: component by component,
 * following links met on the way, with `..` able to leave the repository (which makes the link escape).
 */
export async function resolveTreeLink(
  linkPath: string,
  kindOf: (path: string) => TreeNodeKind | undefined,
  readLink: (path: string) => Promise<string>,
): Promise<LinkResolution> {
  const stack = linkPath.split('/').slice(0, -1);
  const pending = splitTarget(await readLink(linkPath));
  if (pending === null) return { escapesRoot: true, path: null };
  let hops = 1;
  while (pending.length > 0) {
    const part = pending.shift() as string;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (stack.length === 0) return { escapesRoot: true, path: null };
      stack.pop();
      continue;
    }
    stack.push(part);
    const current = stack.join('/');
    if (kindOf(current) !== 'symlink') continue;
    hops += 1;
    if (hops > MAX_HOPS) return { escapesRoot: false, path: null };
    stack.pop();
    const next = splitTarget(await readLink(current));
    if (next === null) return { escapesRoot: true, path: null };
    pending.unshift(...next);
  }
  return { escapesRoot: false, path: stack.join('/') };
}

/** The components of a link target; null for an absolute target, which always points outside. */
function splitTarget(target: string): string[] | null {
  if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target)) return null;
  return target.split('/');
}
