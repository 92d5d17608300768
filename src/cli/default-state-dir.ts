import { homedir } from 'node:os';
import * as path from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/** What `--help` and the docs say of the default, in words that hold on every machine. */
export const DEFAULT_STATE_DIR_TEXT = '$XDG_STATE_HOME/phoenix, else ~/.local/state/phoenix';

/**
 * The state directory when neither `--state-dir` nor PHOENIX_STATE_DIR names one: the user's XDG state directory
 * (`$XDG_STATE_HOME/phoenix`, else `~/.local/state/phoenix`; `%LOCALAPPDATA%\phoenix` on Windows), never a folder
 * of the current directory, so that running from a repository's root leaves nothing untracked in it. The
 * XDG Base Directory specification ignores a relative XDG_STATE_HOME, and so does this.
 */
export function defaultStateDir(
  env: Env,
  home: () => string = homedir,
  platform: NodeJS.Platform = process.platform,
): string {
  const xdg = env['XDG_STATE_HOME'] ?? '';
  if (xdg !== '' && path.isAbsolute(xdg)) return path.join(xdg, 'phoenix');
  const localAppData = env['LOCALAPPDATA'] ?? '';
  if (platform === 'win32' && localAppData !== '') return path.join(localAppData, 'phoenix');
  return path.join(home(), '.local', 'state', 'phoenix');
}
