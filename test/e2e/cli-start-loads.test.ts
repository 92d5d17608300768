import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_LOADERS } from '../../src/cli/commands/index.js';
import { CLI, EXAMPLE_REPO, ensureBuilt } from '../support/e2e/built-cli.js';

const run = promisify(execFile);

/**
 * A module hook that writes the URL of every module the built CLI loads through `import` to the file named by
 * PHOENIX_TEST_LOADS (the entry module of each package, and each of Phoenix's own modules), and at exit the files
 * of every CommonJS module it loaded, `require` included.
 */
const HOOKS = `data:text/javascript,${encodeURIComponent(
  "import { appendFileSync } from 'node:fs'; export async function load(url, context, next) { appendFileSync(process.env.PHOENIX_TEST_LOADS, url + '\\n'); return next(url, context); }",
)}`;
const REGISTER = `data:text/javascript,${encodeURIComponent(
  [
    "import { appendFileSync } from 'node:fs';",
    "import { createRequire, register } from 'node:module';",
    "import { pathToFileURL } from 'node:url';",
    `register(${JSON.stringify(HOOKS)});`,
    "const cache = createRequire(pathToFileURL(process.cwd() + '/').href).cache;",
    "process.on('exit', () => appendFileSync(process.env.PHOENIX_TEST_LOADS, Object.keys(cache).map((file) => pathToFileURL(file).href + '\\n').join('')));",
  ].join('\n'),
)}`;

let work: string;
let runs = 0;

/** The packages and the folders of dist/ that `phoenix ...args` loads, and its exit code. */
async function loads(
  args: readonly string[],
): Promise<{ packages: string[]; modules: string[]; code: number }> {
  const log = join(work, `loads-${runs++}.txt`);
  const code = await run(process.execPath, ['--import', REGISTER, CLI, ...args], {
    env: { ...process.env, PHOENIX_TEST_LOADS: log, NO_COLOR: '1' },
  }).then(
    () => 0,
    (error: { code?: number }) => error.code ?? -1,
  );
  const urls = (await readFile(log, 'utf8')).split('\n').filter((url) => url.startsWith('file:'));
  const packages = new Set<string>();
  const modules = new Set<string>();
  for (const url of urls) {
    const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
    if (pkg !== undefined) packages.add(pkg);
    const own = /\/dist\/(.+)$/.exec(url)?.[1];
    if (own !== undefined) modules.add(own);
  }
  return { packages: [...packages].sort(), modules: [...modules].sort(), code };
}

/** Libraries that only some work loads, at the point of use (docs/guides/performance.md, "CLI start"). */
const LOADED_AT_USE = [
  'isomorphic-git',
  'undici',
  'p-queue',
  'log-update',
  'pino-pretty',
  'fastify',
  'pg',
  'openpgp',
  'prom-client',
];

/** Phoenix's own modules that only some work loads: the OneView adapter, the file ledger, the executor. */
const AT_USE_MODULES = /^(adapters\/oneview|adapters\/ledger-file|engine\/apply)\//;

describe('what a command loads before it works', () => {
  beforeAll(async () => {
    await ensureBuilt();
    work = await mkdtemp(join(tmpdir(), 'phoenix-loads-'));
  }, 180_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it.each([...Object.keys(COMMAND_LOADERS).map((name) => `${name} --help`), '--help'])(
    'phoenix %s loads commander and none of what the command does',
    async (line) => {
      const { packages, modules, code } = await loads(line.split(' '));
      expect(code).toBe(0);
      expect(packages).toEqual(['commander']);
      expect(modules.filter((m) => m.startsWith('cli/actions/'))).toEqual([]);
    },
    30_000,
  );

  it('validate of a working tree loads neither Git, the appliance, the ledger nor the executor', async () => {
    // Pretty logs: pino and pino-pretty come with the first log line, and validate writes none.
    const { packages, modules, code } = await loads([
      '--state-dir',
      join(work, 'state'),
      '--log-format',
      'pretty',
      'validate',
      '--repo',
      EXAMPLE_REPO,
    ]);
    expect(code).toBe(0);
    expect(packages).toEqual(expect.arrayContaining(['yaml', 'commander']));
    expect(packages.filter((p) => [...LOADED_AT_USE, 'pino'].includes(p))).toEqual([]);
    expect(modules).toContain('cli/actions/validate.js');
    expect(modules.filter((m) => AT_USE_MODULES.test(m) || m === 'adapters/git/index.js')).toEqual([]);
  }, 30_000);

  it('an offline pull-request plan loads Git, and neither the appliance, the ledger nor the executor', async () => {
    const repository = join(work, 'repository');
    await cp(EXAMPLE_REPO, repository, { recursive: true });
    const git = (...args: string[]): Promise<unknown> => run('git', ['-C', repository, ...args]);
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'example');
    const { packages, modules, code } = await loads([
      '--state-dir',
      join(work, 'state'),
      'plan',
      '--repo',
      repository,
      '--ref',
      'HEAD',
      '--base',
      'HEAD',
      '--offline',
      '--format',
      'markdown',
    ]);
    expect(code).toBe(0);
    expect(packages).toContain('isomorphic-git');
    expect(packages.filter((p) => LOADED_AT_USE.includes(p) && p !== 'isomorphic-git')).toEqual([]);
    expect(modules.filter((m) => AT_USE_MODULES.test(m))).toEqual([]);
  }, 60_000);
});
