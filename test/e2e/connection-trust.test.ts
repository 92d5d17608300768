import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import { CaptureServer } from '../support/e2e/capture-server.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { WorkRepository } from '../support/git-cli.js';

interface PlanJson {
  diagnostics: { severity: string; code: string; message: string }[];
  changes: unknown[];
}

/**
 * A pull request that edits only site.yaml must not choose where the OneView session goes, nor weaken TLS. The
 * attacker's server listens on another loopback address and must see no connection at all.
 */
describe('a commit cannot steer credentials or weaken TLS', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;
  let capture: CaptureServer;
  let work: WorkRepository;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    capture = await CaptureServer.start();
    // The base: example-repo with the simulator as its appliance, committed on main.
    await site.setYaml('site.yaml', ['spec', 'oneview', 'url'], env['OV_ADDRESS']);
    work = await WorkRepository.create(site.repo);
    await work.commit({}, 'Declare the dc1 fleet');
    // The pull request: the appliance, the Image Streamer and TLS all pointed elsewhere.
    await work.checkout('steer', true);
    await site.setYaml('site.yaml', ['spec', 'oneview', 'url'], capture.url);
    await site.setYaml('site.yaml', ['spec', 'imageStreamer'], { url: capture.url });
    await site.setYaml('site.yaml', ['spec', 'oneview', 'tls'], { insecureSkipVerify: true });
    await work.commit({}, 'Point the Site elsewhere');
  }, 180_000);

  afterAll(async () => {
    await capture?.close();
    await stopE2eSite(sim, site);
  });

  it('plans a pull request with the connection of its base, and says the ref changes it', async () => {
    // Credentials and CA pinned outside the repository; the appliance address left to the Site.
    const { OV_ADDRESS: _address, ...pinned } = env;
    const since = await sim.lastSeq();
    const result = await runCli(
      ['plan', '--repo', site.repo, '--base', 'main', '--ref', 'steer', '--format', 'json'],
      pinned,
    );
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as PlanJson;
    expect(plan.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'PLAN_CONNECTION_FROM_BASE',
        message:
          'This revision changes imageStreamer.url, oneview.tls.insecureSkipVerify, oneview.url of the Site; the appliance was read with the settings of the base revision, which apply until the change is merged.',
      }),
    );
    expect(await sim.requests({ since, pathPrefix: '/rest/login-sessions', method: 'POST' })).toHaveLength(1);
    expect(await sim.mutations(since)).toEqual([]);
    expect(capture.connections).toBe(0);
  });

  it('never sends the session to an Image Streamer the appliance does not advertise', async () => {
    // A working tree of the pull request, planned with the appliance pinned in the environment.
    const since = await sim.lastSeq();
    const result = await runCli(['plan', '--repo', site.repo, '--format', 'json'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ONEVIEW_IMAGE_STREAMER_UNTRUSTED');
    expect(result.stderr).toContain('The Image Streamer the Site names is not one the appliance advertises');
    expect(result.stdout).toBe('');
    expect(await sim.mutations(since)).toEqual([]);
    expect(capture.connections).toBe(0);
  });

  it('keeps TLS verified against OV_CA_FILE whatever the Site says, and warns that it ignored it', async () => {
    await site.setYaml('site.yaml', ['spec', 'imageStreamer'], {});
    const result = await runCli(['plan', '--repo', site.repo, '--format', 'json', '--log-format', 'json'], {
      ...env,
      PHOENIX_LOG_LEVEL: 'info',
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('a Site setting that only the environment may give was ignored');
    expect(result.stderr).toContain('"setting":"oneview.tls.insecureSkipVerify"');
    expect(result.stderr).not.toContain('TLS certificate verification of the appliance is turned off');
    expect(capture.connections).toBe(0);
    // Without the CA, the Site's insecureSkipVerify does not rescue the connection: verification stays on.
    const { OV_CA_FILE: _ca, ...withoutCa } = env;
    const refused = await runCli(['plan', '--repo', site.repo], withoutCa);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('ONEVIEW_TLS');
  });

  it('reports the Site setting at validation time as a warning that it has no effect', async () => {
    const result = await runCli(['validate', '--repo', site.repo], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /site\.yaml:\d+:\d+: warning DECL_IGNORED_SETTING: tls\.insecureSkipVerify has no effect/,
    );
  });
});
