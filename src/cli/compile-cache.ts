import * as nodeModule from 'node:module';
import { homedir } from 'node:os';
import * as path from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where Node keeps the compiled code of Phoenix's modules between runs: the user's XDG cache directory
 * (`$XDG_CACHE_HOME/phoenix/compile-cache`, else `~/.cache/phoenix/compile-cache`; `%LOCALAPPDATA%\phoenix\
 * compile-cache` on Windows), like the state directory never a folder of the current directory, and apart from
 * the state directory: it belongs to the installed program, not to a site. A relative XDG_CACHE_HOME is ignored,
 * as the XDG Base Directory specification says.
 */
export function compileCacheDir(
  env: Env,
  home: () => string = homedir,
  platform: NodeJS.Platform = process.platform,
): string {
  const xdg = env['XDG_CACHE_HOME'] ?? '';
  if (xdg !== '' && path.isAbsolute(xdg)) return path.join(xdg, 'phoenix', 'compile-cache');
  const localAppData = env['LOCALAPPDATA'] ?? '';
  if (platform === 'win32' && localAppData !== '') return path.join(localAppData, 'phoenix', 'compile-cache');
  return path.join(home(), '.cache', 'phoenix', 'compile-cache');
}

/** `module.enableCompileCache` of Node >= 22.1; absent from Node 20. */
type EnableCompileCache = (directory?: string) => unknown;

/**
 * Turns on Node's module compile cache (Node >= 22.1), before any of Phoenix's own modules is loaded: the next
 * start reads the compiled code instead of compiling it again (docs/guides/performance.md, "CLI start"). Does
 * nothing on Node 20, where it does not exist, when NODE_COMPILE_CACHE already names a directory (Node turned it
 * on at its start), or when NODE_DISABLE_COMPILE_CACHE is set. A cache that cannot be written is not an error:
 * Node then runs without it.
 */
export function enableCompileCache(env: Env): void {
  const enable = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (typeof enable !== 'function') return;
  try {
    enable(compileCacheDir(env));
  } catch {
    // Only a speed-up: a home folder without a cache (read-only, missing) runs as fast as before.
  }
}
