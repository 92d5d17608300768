import { describe, expect, it } from 'vitest';
import { compileCacheDir } from '../../../src/cli/compile-cache.js';

const home = (): string => '/var/lib/ops';

describe("the directory of Node's compile cache", () => {
  it.each([
    [{ XDG_CACHE_HOME: '/var/cache' }, 'linux', '/var/cache/phoenix/compile-cache'],
    [{}, 'linux', '/var/lib/ops/.cache/phoenix/compile-cache'],
    [{ XDG_CACHE_HOME: '' }, 'linux', '/var/lib/ops/.cache/phoenix/compile-cache'],
    [{ XDG_CACHE_HOME: 'relative/cache' }, 'linux', '/var/lib/ops/.cache/phoenix/compile-cache'],
    [
      { XDG_CACHE_HOME: '/var/cache', XDG_STATE_HOME: '/var/state' },
      'darwin',
      '/var/cache/phoenix/compile-cache',
    ],
  ] as const)('with %o on %s is %s', (env, platform, expected) => {
    expect(compileCacheDir(env, home, platform)).toBe(expected);
  });

  it('is neither the state directory nor a folder of the current directory', () => {
    const dir = compileCacheDir(
      { PHOENIX_STATE_DIR: '/srv/phoenix/dc1', XDG_STATE_HOME: '/var/state' },
      home,
    );
    expect(dir).toBe('/var/lib/ops/.cache/phoenix/compile-cache');
    expect(dir.startsWith(process.cwd())).toBe(false);
  });
});
