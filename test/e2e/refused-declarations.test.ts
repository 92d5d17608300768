import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { WorkRepository } from '../support/git-cli.js';

const DOCKER_HOSTS = ['docker-01', 'docker-02', 'docker-03'];

/**
 * Declarations that cannot be read, or that read but must not be believed, stop everything: validate exits 1
 * naming file, line and field, and neither plan nor apply sends a single mutating request, even with
 * --allow-deletions and a fleet whose nodes the broken file declared.
 */
describe('declarations that are refused before anything is planned', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;
  let pristine: Record<string, string>;

  const remember = async (...files: string[]): Promise<void> => {
    for (const file of files) pristine[file] = await readFile(join(site.repo, file), 'utf8');
  };
  const restore = async (): Promise<void> => {
    for (const [file, text] of Object.entries(pristine)) {
      await rm(join(site.repo, file), { force: true });
      await writeFile(join(site.repo, file), text);
    }
  };

  /** validate, plan and apply (both with deletions allowed): all exit 1, and nothing on the appliance changes. */
  const expectRefused = async (finding: RegExp): Promise<void> => {
    const since = await sim.lastSeq();
    const validate = await runCli(['validate', '--repo', site.repo], env);
    expect(validate.code, validate.stdout).toBe(1);
    expect(validate.stdout).toMatch(finding);
    const plan = await runCli(['plan', '--repo', site.repo, '--allow-deletions'], env);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain('DECL_INVALID');
    const apply = await runCli(['apply', '--repo', site.repo, '--allow-deletions', '--auto-approve'], env);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('DECL_INVALID');
    expect(await sim.mutations(since)).toEqual([]);
  };

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    const first = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(first.code, first.stderr).toBe(0);
    pristine = {};
    await remember('pools/docker-hosts.yaml', 'plans/base.yaml', 'site.yaml');
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it.each([
    [
      'dangling',
      'no-such-file.yaml',
      /pools\/docker-hosts\.yaml:1:1: error DECL_SYMLINK_BROKEN: The symbolic link pools\/docker-hosts\.yaml points to no-such-file\.yaml, which does not exist\./,
    ],
    [
      'looping',
      'docker-hosts.yaml',
      /pools\/docker-hosts\.yaml:1:1: error DECL_SYMLINK_BROKEN: The symbolic link pools\/docker-hosts\.yaml \(to docker-hosts\.yaml\) loops and names no file\./,
    ],
  ])(
    'refuses a %s symbolic link in the working tree instead of deleting what it declared',
    async (_kind, target, finding) => {
      await rm(join(site.repo, 'pools/docker-hosts.yaml'));
      await symlink(target, join(site.repo, 'pools/docker-hosts.yaml'));
      try {
        await expectRefused(finding);
        const profiles = (await sim.state()).profiles.map((p) => p.name);
        expect(profiles).toEqual(expect.arrayContaining(DOCKER_HOSTS));
      } finally {
        await restore();
      }
    },
  );

  it('refuses a dangling symbolic link in a commit', async () => {
    const work = await WorkRepository.create(site.repo);
    await work.commit({}, 'Declare the dc1 fleet');
    await work.commit({ 'pools/docker-hosts.yaml': { symlink: 'gone.yaml' } }, 'Link the docker hosts away');
    try {
      const since = await sim.lastSeq();
      const plan = await runCli(
        ['plan', '--repo', site.repo, '--ref', 'HEAD', '--allow-deletions', '--format', 'github'],
        env,
      );
      expect(plan.code).toBe(1);
      expect(plan.stdout).toContain(
        '::error file=pools/docker-hosts.yaml,line=1,col=1,title=DECL_SYMLINK_BROKEN::The symbolic link pools/docker-hosts.yaml points to gone.yaml, which does not exist.',
      );
      const apply = await runCli(
        ['apply', '--repo', site.repo, '--ref', 'HEAD', '--allow-deletions', '--auto-approve'],
        env,
      );
      expect(apply.code).toBe(1);
      expect(await sim.mutations(since)).toEqual([]);
    } finally {
      await rm(join(site.repo, '.git'), { recursive: true, force: true });
      await restore();
    }
  });

  const base = (from: string, to: string) => async (): Promise<void> => {
    const file = join(site.repo, 'plans/base.yaml');
    const text = await readFile(file, 'utf8');
    expect(text).toContain(from);
    await writeFile(file, text.replace(from, to));
  };
  const window = (cron: string, timezone: string) => async (): Promise<void> => {
    await site.setYaml('site.yaml', ['spec', 'maintenanceWindows', 0], { cron, duration: '4h', timezone });
  };

  it.each([
    [
      'a plain http appliance URL',
      async () => site.setYaml('site.yaml', ['spec', 'oneview', 'url'], 'http://oneview.dc1.example.org'),
      /site\.yaml:\d+:\d+: error DECL_SCHEMA: spec\.oneview\.url is not valid: expected HTTPS base URL/,
    ],
    [
      'a __proto__ key in attributes',
      base("VLAN_ID: '210'", "VLAN_ID: '210'\n    __proto__: x"),
      /plans\/base\.yaml:16:5: error DECL_RESERVED_KEY: The key "__proto__" in spec\.attributes is reserved/,
    ],
    [
      'a NUL in an attribute value',
      base("VLAN_ID: '210'", 'VLAN_ID: "2\\x0010"'),
      /plans\/base\.yaml:15:14: error DECL_CONTROL_CHARACTER: spec\.attributes\.VLAN_ID contains the control character U\+0000 at position 2\./,
    ],
    [
      'a 200,000-character attribute value',
      base("VLAN_ID: '210'", `VLAN_ID: '${'9'.repeat(200_000)}'`),
      /plans\/base\.yaml:15:14: error DECL_VALUE_TOO_LONG: spec\.attributes\.VLAN_ID is 200000 characters long, over the limit of 16384\./,
    ],
    [
      'an impossible cron',
      window('0 99 * * 1-9', 'Europe/London'),
      /site\.yaml:\d+:\d+: error DECL_INVALID_SCHEDULE: The cron expression "0 99 \* \* 1-9" can never open a window: its hour field has "99", outside 0-23\. \(spec\.maintenanceWindows\[0\]\.cron\)/,
    ],
    [
      'an unknown time zone',
      window('0 6 * * 1-5', 'Europe/Londn'),
      /site\.yaml:\d+:\d+: error DECL_INVALID_SCHEDULE: The time zone "Europe\/Londn" is not a known IANA time zone .*\(spec\.maintenanceWindows\[0\]\.timezone\)/,
    ],
  ] as const)('refuses %s at validation time', async (_name, breakIt, finding) => {
    await breakIt();
    try {
      await expectRefused(finding);
    } finally {
      await restore();
    }
  });
});
