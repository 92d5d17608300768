import { describe, expect, it } from 'vitest';
import { loadFiles, SITE, BASE_PLAN, POOL } from './fixtures.js';

const SHA = 'a'.repeat(64);

const mediaPlan = (extra = '') => `apiVersion: phoenix/v1alpha1
kind: Plan
metadata:
  name: worker
spec:
  extends: base
  profileTemplate: spt-worker
  osDeployment:
    virtualMedia:
      image: { url: 'https://images.lab.example.org/rocky9.iso', sha256: '${SHA}' }
      answerFile: { template: answers/worker.ks, kind: kickstart }
${extra}`;

const KICKSTART = `network --hostname={fqdn}
%post
echo {{literal}} > /etc/motd
%end
`;

describe('Plan osDeployment.virtualMedia', () => {
  it('keeps secrets as references: the rendered file holds a marker, undeclared ones are errors', async () => {
    const plan = mediaPlan().replace(
      'answerFile: { template: answers/worker.ks, kind: kickstart }',
      'answerFile:\n        template: answers/worker.ks\n        kind: kickstart\n        secrets: { ROOT_PW: { env: ROCKY_ROOT_HASH } }',
    );
    const files = {
      'site.yaml': SITE,
      'plans/base.yaml': BASE_PLAN,
      'pools/workers.yaml': POOL,
      'answers/worker.ks': 'rootpw --iscrypted {secret:ROOT_PW}\nnetwork --hostname={fqdn}\n',
    };
    const result = await loadFiles({ ...files, 'plans/worker.yaml': plan });
    expect(result.diagnostics).toEqual([]);
    const os = result.desired!.nodes[0]!.osDeployment!;
    expect(os.answerFile.secrets).toEqual({ ROOT_PW: { env: 'ROCKY_ROOT_HASH' } });
    expect(os.answerFile.text).toBe(
      'rootpw --iscrypted \u0000secret:ROOT_PW\u0000\nnetwork --hostname=w-01.lab.example.org\n',
    );
    const undeclared = await loadFiles({ ...files, 'plans/worker.yaml': mediaPlan() });
    expect(undeclared.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'DECL_UNKNOWN_REFERENCE', file: 'plans/worker.yaml' }),
    );
  });

  it('renders the answer file per node and hashes it into the spec', async () => {
    const result = await loadFiles({
      'site.yaml': SITE,
      'plans/base.yaml': BASE_PLAN,
      'plans/worker.yaml': mediaPlan(),
      'pools/workers.yaml': POOL,
      'answers/worker.ks': KICKSTART,
    });
    expect(result.diagnostics).toEqual([]);
    const [a, b] = result.desired!.nodes;
    expect(a!.deploymentPlan).toBeNull();
    expect(a!.osDeployment).toEqual({
      method: 'virtualMedia',
      image: { url: 'https://images.lab.example.org/rocky9.iso', sha256: SHA },
      answerFile: {
        kind: 'kickstart',
        template: 'answers/worker.ks',
        text: 'network --hostname=w-01.lab.example.org\n%post\necho {literal} > /etc/motd\n%end\n',
        secrets: {},
      },
    });
    expect(b!.osDeployment!.answerFile.text).toContain('--hostname=w-02.lab.example.org');
    expect(a!.specHash).not.toBe(b!.specHash);

    const other = await loadFiles({
      'site.yaml': SITE,
      'plans/base.yaml': BASE_PLAN,
      'plans/worker.yaml': mediaPlan().replace(SHA, 'b'.repeat(64)),
      'pools/workers.yaml': POOL,
      'answers/worker.ks': KICKSTART,
    });
    expect(other.desired!.nodes[0]!.specHash).not.toBe(a!.specHash);
  });

  it('names the file and line of a missing answer file, an unknown placeholder and a second method', async () => {
    const missing = await loadFiles({
      'site.yaml': SITE,
      'plans/base.yaml': BASE_PLAN,
      'plans/worker.yaml': mediaPlan(),
      'pools/workers.yaml': POOL,
    });
    expect(missing.desired).toBeNull();
    expect(missing.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'DECL_UNKNOWN_REFERENCE',
        file: 'plans/worker.yaml',
        line: 11,
        path: 'spec.osDeployment.virtualMedia.answerFile.template',
      }),
    );
    const placeholder = await loadFiles({
      'site.yaml': SITE,
      'plans/base.yaml': BASE_PLAN,
      'plans/worker.yaml': mediaPlan(),
      'pools/workers.yaml': POOL,
      'answers/worker.ks': 'rootpw {password}\n',
    });
    expect(placeholder.diagnostics.map((d) => d.code)).toContain('DECL_UNKNOWN_PLACEHOLDER');
    const both = await loadFiles({
      'site.yaml': SITE,
      'plans/base.yaml': BASE_PLAN,
      'plans/worker.yaml': mediaPlan('  deploymentPlan: { name: DP-Worker }\n'),
      'pools/workers.yaml': POOL,
      'answers/worker.ks': KICKSTART,
    });
    expect(both.diagnostics.map((d) => d.code)).toContain('DECL_OS_DEPLOYMENT_CONFLICT');
  });
});
