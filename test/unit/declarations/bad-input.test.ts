import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFiles, loadRepo, POOL, SITE, VALID_REPO, writeRepo } from './fixtures.js';

/** The one diagnostic a repository produces, as `file:line:col code`. */
async function findings(files: Readonly<Record<string, string | Uint8Array>>): Promise<string[]> {
  const result = await loadFiles(files);
  expect(result.desired).toBeNull();
  return result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);
}

const replace = (file: string, from: string, to: string): Record<string, string> => {
  const content = VALID_REPO[file]!;
  expect(content).toContain(from);
  return { ...VALID_REPO, [file]: content.replace(from, to) };
};

describe('bad input', () => {
  it('accepts the valid fixture', async () => {
    const result = await loadFiles(VALID_REPO);
    expect(result.diagnostics).toEqual([]);
    expect(result.desired?.nodes.map((n) => n.name)).toEqual(['db-01', 'w-01', 'w-02', 'w-03']);
  });

  it.each([
    [
      'invalid YAML',
      { ...VALID_REPO, 'broken.yaml': 'a: [1, 2\nb: 3\n' },
      ['broken.yaml:2:1 DECL_YAML_SYNTAX'],
    ],
    [
      'duplicate keys',
      { ...VALID_REPO, 'dup.yaml': 'kind: Plan\nkind: Node\n' },
      ['dup.yaml:2:1 DECL_YAML_SYNTAX'],
    ],
    [
      'a mapping key that is a list (refused, not stringified with a process warning)',
      { ...VALID_REPO, 'key.yaml': 'kind: Plan\nspec:\n  ? [a]\n  : 1\n' },
      ['key.yaml:3:5 DECL_YAML_SYNTAX'],
    ],
    [
      'a document without kind',
      { ...VALID_REPO, 'x.yaml': 'apiVersion: phoenix/v1alpha1\nmetadata: {name: x}\n' },
      ['x.yaml:1:1 DECL_MISSING_KIND'],
    ],
    [
      'a document that is a list',
      { ...VALID_REPO, 'x.yaml': '- a\n- b\n' },
      ['x.yaml:1:1 DECL_MISSING_KIND'],
    ],
    [
      'an unknown kind',
      { ...VALID_REPO, 'x.yaml': 'apiVersion: phoenix/v1alpha1\nkind: Server\n' },
      ['x.yaml:2:7 DECL_UNKNOWN_KIND'],
    ],
    [
      'a wrong type',
      replace('pools/workers.yaml', 'replicas: 3', 'replicas: three'),
      ['pools/workers.yaml:7:13 DECL_SCHEMA'],
    ],
    [
      'an unknown key',
      replace('pools/workers.yaml', 'replicas: 3', 'replicas: 3\n  replica: 4'),
      ['pools/workers.yaml:8:3 DECL_UNKNOWN_KEY'],
    ],
    [
      'a wrong apiVersion',
      replace('plans/base.yaml', 'phoenix/v1alpha1', 'phoenix/v2'),
      ['plans/base.yaml:1:13 DECL_SCHEMA'],
    ],
    [
      'a bad duration',
      replace('plans/base.yaml', '  verify:\n', '  verify:\n    timeout: 10 minutes\n'),
      ['plans/base.yaml:12:14 DECL_SCHEMA'],
    ],
    [
      'an extends cycle',
      replace('plans/base.yaml', 'spec:\n', 'spec:\n  extends: worker\n'),
      ['plans/base.yaml:6:12 DECL_EXTENDS_CYCLE'],
    ],
    [
      'an unknown parent plan',
      replace('plans/worker.yaml', 'extends: base', 'extends: bsae'),
      ['plans/worker.yaml:6:12 DECL_UNKNOWN_REFERENCE'],
    ],
    [
      'an unknown plan',
      replace('pools/workers.yaml', 'plan: worker', 'plan: wrker'),
      ['pools/workers.yaml:6:9 DECL_UNKNOWN_REFERENCE'],
    ],
    [
      'dependsOn naming a missing pool',
      replace('nodes/db-01.yaml', 'spec:\n', 'spec:\n  dependsOn: [workers, storage]\n'),
      ['nodes/db-01.yaml:6:24 DECL_UNKNOWN_REFERENCE'],
    ],
    [
      'a dependsOn cycle',
      {
        ...replace('nodes/db-01.yaml', 'spec:\n', 'spec:\n  dependsOn: [w-02]\n'),
        'pools/workers.yaml': `${POOL}  dependsOn: [db-01]\n`,
      },
      ['nodes/db-01.yaml:6:14 DECL_DEPENDS_ON_CYCLE'],
    ],
    [
      'two nodes with the same name',
      replace('nodes/db-01.yaml', 'name: db-01', 'name: w-02'),
      ['nodes/db-01.yaml:4:9 DECL_DUPLICATE_NODE'],
    ],
    [
      'two resources with the same name',
      { ...VALID_REPO, 'plans/copy.yaml': VALID_REPO['plans/worker.yaml']! },
      ['plans/worker.yaml:4:9 DECL_DUPLICATE_NAME'],
    ],
    [
      'two pins on one bay',
      { ...VALID_REPO, 'nodes/db-02.yaml': VALID_REPO['nodes/db-01.yaml']!.replace('db-01', 'db-02') },
      ['nodes/db-02.yaml:7:13 DECL_DUPLICATE_PIN'],
    ],
    [
      'a plain http appliance URL',
      replace('site.yaml', 'https://oneview.lab.example.org', 'http://oneview.lab.example.org'),
      ['site.yaml:7:10 DECL_SCHEMA'],
    ],
    [
      'a __proto__ key in attributes',
      replace('plans/base.yaml', "VLAN_ID: '10'", "VLAN_ID: '10'\n    __proto__: '{name}'"),
      ['plans/base.yaml:9:5 DECL_RESERVED_KEY'],
    ],
    [
      'a constructor key anywhere',
      replace('pools/workers.yaml', 'replicas: 3', 'replicas: 3\n  constructor: x'),
      ['pools/workers.yaml:8:3 DECL_RESERVED_KEY', 'pools/workers.yaml:8:3 DECL_UNKNOWN_KEY'],
    ],
    [
      'a reserved key below a key with a control character',
      replace('plans/base.yaml', "VLAN_ID: '10'", '"V\\x01":\n      __proto__: x'),
      [
        'plans/base.yaml:7:5 DECL_SCHEMA',
        'plans/base.yaml:8:5 DECL_CONTROL_CHARACTER',
        'plans/base.yaml:9:7 DECL_RESERVED_KEY',
        'plans/base.yaml:9:7 DECL_SCHEMA',
      ],
    ],
    [
      'a NUL in a value',
      replace('plans/base.yaml', "VLAN_ID: '10'", 'VLAN_ID: "1\\x000"'),
      ['plans/base.yaml:8:14 DECL_CONTROL_CHARACTER'],
    ],
    [
      'an escape character in a value',
      replace('plans/base.yaml', "VLAN_ID: '10'", 'VLAN_ID: "\\e[31m10"'),
      ['plans/base.yaml:8:14 DECL_CONTROL_CHARACTER'],
    ],
    [
      'a 200,000-character attribute',
      replace('plans/base.yaml', "VLAN_ID: '10'", `VLAN_ID: '${'x'.repeat(200_000)}'`),
      ['plans/base.yaml:8:14 DECL_VALUE_TOO_LONG'],
    ],
    [
      'an impossible cron',
      replace(
        'site.yaml',
        'spec:\n',
        "spec:\n  maintenanceWindows:\n    - { cron: '0 99 * * 1-9', duration: 1h }\n",
      ),
      ['site.yaml:7:15 DECL_INVALID_SCHEDULE'],
    ],
    [
      'a day that never comes',
      replace(
        'site.yaml',
        'spec:\n',
        "spec:\n  maintenanceWindows:\n    - { cron: '0 0 31 2,4 *', duration: 1h }\n",
      ),
      ['site.yaml:7:15 DECL_INVALID_SCHEDULE'],
    ],
    [
      'an unknown time zone',
      replace(
        'site.yaml',
        'spec:\n',
        "spec:\n  maintenanceWindows:\n    - { cron: '0 6 * * 1-5', duration: 1h, timezone: Europe/Londn }\n",
      ),
      ['site.yaml:7:54 DECL_INVALID_SCHEDULE'],
    ],
    [
      'a literal password',
      replace('site.yaml', 'password: { env: OV_PASSWORD }', 'password: s3cret-Passw0rd'),
      ['site.yaml:10:17 DECL_LITERAL_SECRET'],
    ],
    [
      'an unknown template placeholder',
      replace('plans/worker.yaml', 'ROLE: worker', "ROLE: '{role}'"),
      ['plans/worker.yaml:10:11 DECL_UNKNOWN_PLACEHOLDER'],
    ],
    [
      '{index} in a pet',
      replace('plans/worker.yaml', 'ROLE: worker', "ROLE: 'n{index}'"),
      ['plans/worker.yaml:10:11 DECL_UNKNOWN_PLACEHOLDER'],
    ],
    [
      'an override for a name the pool does not generate',
      { ...VALID_REPO, 'pools/workers.yaml': `${POOL}  overrides:\n    w-04: { protected: true }\n` },
      ['pools/workers.yaml:12:5 DECL_UNKNOWN_OVERRIDE'],
    ],
    [
      'a pattern without {index}',
      replace('pools/workers.yaml', 'w-{index:02}', 'worker'),
      ['pools/workers.yaml:9:14 DECL_DUPLICATE_NODE'],
    ],
    [
      'a pattern producing invalid names',
      replace('pools/workers.yaml', 'w-{index:02}', 'W_{index}'),
      ['pools/workers.yaml:9:14 DECL_INVALID_NODE_NAME'],
    ],
    [
      'a plan chain without profile template',
      replace('plans/worker.yaml', 'profileTemplate: spt-worker', 'profileTemplate: null'),
      ['pools/workers.yaml:6:3 DECL_MISSING_FIELD', 'nodes/db-01.yaml:6:3 DECL_MISSING_FIELD'].sort(),
    ],
    [
      'a tcp check without port',
      replace(
        'plans/worker.yaml',
        'ROLE: worker',
        "ROLE: worker\n  verify:\n    checks:\n      - { name: ssh, type: tcp, host: '{fqdn}' }",
      ),
      ['plans/worker.yaml:13:9 DECL_MISSING_FIELD'],
    ],
    ['a repository with no Site', { ...VALID_REPO, 'site.yaml': '# nothing here\n' }, ['.:1:1 DECL_NO_SITE']],
    [
      'two Sites',
      { ...VALID_REPO, 'site2.yaml': SITE.replace('name: lab', 'name: lab2') },
      ['site2.yaml:4:9 DECL_MULTIPLE_SITES'],
    ],
    [
      'binary garbage in a .yaml file',
      {
        ...VALID_REPO,
        'junk.yaml': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]),
      },
      ['junk.yaml:1:1 DECL_NOT_TEXT'],
    ],
    [
      'NUL bytes in a .yaml file',
      { ...VALID_REPO, 'nul.yml': 'kind: Site\u0000\n' },
      ['nul.yml:1:1 DECL_NOT_TEXT'],
    ],
    [
      'a file over 1 MiB',
      { ...VALID_REPO, 'big.yaml': `# ${'x'.repeat(1024 * 1024)}\n` },
      ['big.yaml:1:1 DECL_FILE_TOO_LARGE'],
    ],
  ] as const)('reports %s', async (_name, files, expected) => {
    expect((await findings(files)).sort()).toEqual([...expected].sort());
  });

  it('never repeats a literal password', async () => {
    const result = await loadFiles(
      replace('site.yaml', 'password: { env: OV_PASSWORD }', 'password: s3cret-Passw0rd'),
    );
    expect(JSON.stringify(result.diagnostics)).not.toContain('s3cret');
  });

  it('refuses a YAML alias bomb', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i += 1) {
      levels.push(
        `${names[i]}: &${names[i]} [${Array(9)
          .fill(`*${names[i - 1]}`)
          .join(',')}]`,
      );
    }
    expect(await findings({ ...VALID_REPO, 'bomb.yaml': `${levels.join('\n')}\n` })).toEqual([
      'bomb.yaml:1:1 DECL_ALIAS_LIMIT',
    ]);
  });

  it('refuses a symbolic link pointing outside the repository', async () => {
    const outside = await writeRepo({ 'secret.yaml': 'kind: Site\n' });
    const root = await writeRepo(VALID_REPO);
    await symlink(join(outside, 'secret.yaml'), join(root, 'linked.yaml'));
    await symlink('../../..', join(root, 'plans', 'up'));
    const result = await loadRepo(root);
    expect(result.desired).toBeNull();
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      'linked.yaml:1:1 DECL_SYMLINK_ESCAPE',
      'plans/up:1:1 DECL_SYMLINK_ESCAPE',
    ]);
  });

  it('refuses a dangling or looping symbolic link instead of reading it as absent', async () => {
    const root = await writeRepo(VALID_REPO);
    await symlink('gone.yaml', join(root, 'pools', 'more.yaml'));
    await symlink('b.yaml', join(root, 'a.yaml'));
    await symlink('a.yaml', join(root, 'b.yaml'));
    await symlink('no-such-folder', join(root, 'nodes', 'extra'));
    const result = await loadRepo(root);
    expect(result.desired).toBeNull();
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      'a.yaml:1:1 DECL_SYMLINK_BROKEN The symbolic link a.yaml (to b.yaml) loops and names no file.',
      'b.yaml:1:1 DECL_SYMLINK_BROKEN The symbolic link b.yaml (to a.yaml) loops and names no file.',
      'nodes/extra:1:1 DECL_SYMLINK_BROKEN The symbolic link nodes/extra points to no-such-folder, which does not exist.',
      'pools/more.yaml:1:1 DECL_SYMLINK_BROKEN The symbolic link pools/more.yaml points to gone.yaml, which does not exist.',
    ]);
  });

  it('follows a symbolic link inside the repository', async () => {
    const root = await writeRepo({ ...VALID_REPO, 'common/worker.txt': VALID_REPO['plans/worker.yaml']! });
    const { 'plans/worker.yaml': _worker, ...rest } = VALID_REPO;
    const rootWithout = await writeRepo({ ...rest, 'common/worker.txt': VALID_REPO['plans/worker.yaml']! });
    await symlink('../common/worker.txt', join(rootWithout, 'plans', 'worker.yaml'));
    expect((await loadRepo(rootWithout)).diagnostics).toEqual([]);
    expect((await loadRepo(root)).desired).not.toBeNull();
  });

  it('reports five independent errors at once', async () => {
    const files = {
      ...VALID_REPO,
      'pools/more.yaml': POOL.replace('name: workers', 'name: more').replace('replicas: 3', 'replicas: -1'),
      'plans/worker.yaml': VALID_REPO['plans/worker.yaml']!.replace('ROLE: worker', "ROLE: '{rôle}'"),
      'nodes/db-01.yaml': VALID_REPO['nodes/db-01.yaml']!.replace('spec:\n', 'spec:\n  colour: red\n'),
      'site.yaml': SITE.replace('password: { env: OV_PASSWORD }', 'password: hunter2'),
      'broken.yml': 'a: b: c\n',
    };
    const result = await findings(files);
    expect(result.map((line) => line.split(' ')[1]).sort()).toEqual([
      'DECL_LITERAL_SECRET',
      'DECL_SCHEMA',
      'DECL_UNKNOWN_KEY',
      'DECL_UNKNOWN_PLACEHOLDER',
      'DECL_YAML_SYNTAX',
    ]);
    expect(new Set(result.map((line) => line.split(':')[0])).size).toBe(5);
  });

  it('ignores dot-folders and other extensions', async () => {
    const result = await loadFiles({
      ...VALID_REPO,
      '.github/workflow.yaml': 'on: push\n',
      'README.md': '# x\n',
      'notes.txt': 'a: [',
    });
    expect(result.diagnostics).toEqual([]);
  });

  it('reads only the declarations root given by --path', async () => {
    const nested = Object.fromEntries(
      Object.entries(VALID_REPO).map(([path, content]) => [`sites/lab/${path}`, content]),
    );
    const root = await writeRepo({ ...nested, 'other/broken.yaml': 'a: [' });
    const result = await loadRepo(root, 'sites/lab');
    expect(result.diagnostics).toEqual([]);
    expect(result.desired?.nodes[0]?.source.file).toBe('sites/lab/nodes/db-01.yaml');
  });
});
