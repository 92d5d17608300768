import ignoreModule, { type Ignore } from 'ignore';

// A CommonJS package: under NodeNext its default import is `module.exports`, whose `default` is the factory.
const ignore = ignoreModule.default;

/** The file that lists, in .gitignore syntax, what Phoenix must not read as declarations. */
export const PHOENIX_IGNORE_FILE = '.phoenixignore';
export const GIT_IGNORE_FILE = '.gitignore';

interface RuleFile {
  /** The folder that holds the file, repository-relative ('' for the root). */
  readonly base: string;
  readonly matcher: Ignore;
}

/**
 * Ignore files as git reads them: the patterns of `a/b/.gitignore` apply to paths under `a/b`, relative to it, and a
 * deeper file may re-include (`!pattern`) what a shallower one excluded. A path under an ignored folder stays ignored.
 */
export class IgnoreRules {
  readonly #files: readonly RuleFile[];

  private constructor(files: readonly RuleFile[]) {
    this.#files = files;
  }

  static readonly none = new IgnoreRules([]);

  /** These rules and the patterns of one more ignore file found in folder `base` (deeper files come later). */
  with(base: string, text: string): IgnoreRules {
    return new IgnoreRules([...this.#files, { base, matcher: ignore().add(text) }]);
  }

  /** True when `path` (repository-relative, forward slashes) is ignored; folders are tested as folders. */
  isIgnored(path: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const file of this.#files) {
      const relative = relativeTo(file.base, path);
      if (relative === null || relative === '') continue;
      const result = file.matcher.test(isDirectory ? `${relative}/` : relative);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}

function relativeTo(base: string, path: string): string | null {
  if (base === '') return path;
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : null;
}

/**
 * Drops the paths that the ignore files named `fileName` among `paths` exclude (a path under an ignored folder
 * included). `readText` reads one ignore file. For trees listed whole, such as a commit.
 */
export async function filterIgnored<T extends { readonly path: string }>(
  entries: readonly T[],
  fileName: string,
  readText: (path: string) => Promise<string>,
): Promise<T[]> {
  const ruleFiles = entries
    .map((entry) => entry.path)
    .filter((path) => path === fileName || path.endsWith(`/${fileName}`))
    .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
  if (ruleFiles.length === 0) return [...entries];
  let rules = IgnoreRules.none;
  for (const file of ruleFiles) {
    const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    rules = rules.with(base, await readText(file));
  }
  return entries.filter((entry) => !isPathOrFolderIgnored(rules, entry.path));
}

/** True when the file at `path`, or one of the folders it is in, is ignored. */
export function isPathOrFolderIgnored(rules: IgnoreRules, path: string): boolean {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    if (rules.isIgnored(parts.slice(0, i).join('/'), true)) return true;
  }
  return rules.isIgnored(path, false);
}
