import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../../ports/logger.js';
import type { RevisionSource } from '../../ports/revision-source.js';
import { resolveGitCredentials } from './git-credentials.js';
import { openLocalRepository } from './local-revision-source.js';
import { RemoteRevisionSource } from './remote-revision-source.js';
import { cacheKey, looksLikeUrl, parseRemoteUrl } from './remote-url.js';

export interface RevisionSourceOptions {
  /** Remote repositories are cached under `<stateDir>/git/<hash of the URL>`. */
  readonly stateDir: string;
  readonly logger: Logger;
  /** Where PHOENIX_GIT_TOKEN, PHOENIX_GIT_USERNAME and PHOENIX_GIT_CREDENTIALS_FILE are read; process.env by default. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A file whose first line is the token; wins over PHOENIX_GIT_TOKEN. */
  readonly credentialsFile?: string;
}

/**
 * The revision source `--repo` names: a URL (https://, or http:// to a loopback address) is a remote repository
 * cached under the state directory; file:// and anything else is a local repository directory.
 */
export async function openRevisionSource(
  repo: string,
  options: RevisionSourceOptions,
): Promise<RevisionSource> {
  if (/^file:\/\//i.test(repo)) return openLocalRepository(fileURLToPath(repo));
  if (!looksLikeUrl(repo)) return openLocalRepository(repo);
  const remote = parseRemoteUrl(repo);
  const credentials = await resolveGitCredentials({
    env: options.env ?? process.env,
    fromUrl: remote.userinfo,
    ...(options.credentialsFile === undefined ? {} : { credentialsFile: options.credentialsFile }),
  });
  const gitdir = path.join(options.stateDir, 'git', cacheKey(remote.url));
  return new RemoteRevisionSource(remote.url, gitdir, credentials, options.logger);
}
