export { openRevisionSource, type RevisionSourceOptions } from './open-revision-source.js';
export { commitDirectory } from './commit-directory.js';
export { openLocalRepository } from './local-revision-source.js';
export { RemoteRevisionSource } from './remote-revision-source.js';
export { GitCredentials, resolveGitCredentials } from './git-credentials.js';
export { cacheKey, looksLikeUrl, parseRemoteUrl } from './remote-url.js';
