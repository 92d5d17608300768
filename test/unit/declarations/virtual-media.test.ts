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

const streamerPlan = (name: string, os: string, extra = '') => `apiVersion: phoenix/v1alpha1
kind: Plan
metadata:
  name: ${name}
spec:
  extends: base
  profileTemplate: spt-worker
${os}${extra}`;

const TEMPLATE = `apiVersion: phoenix/v1alpha1
kind: ProfileTemplate
metadata:
  name: spt-worker
spec:
  serverHardwareType: SY 480 Gen10 1
  enclosureGroup: EG-1
`;

describe('Plan osDeployment: exactly one of imageStreamer and virtualMedia', () => {
  const files = { 'site.yaml': SITE, 'plans/base.yaml': BASE_PLAN, 'answers/worker.ks': KICKSTART };

  it('reads osDeployment.imageStreamer as the older deploymentPlan and goldenImage, with the same spec hash', async () => {
    const nested = await loadFiles({
      ...files,
      'pools/workers.yaml': POOL,
      'plans/worker.yaml': streamerPlan(
        'worker',
        '  osDeployment:\n    imageStreamer:\n      deploymentPlan: { name: DP-Worker }\n      goldenImage: { name: GI-Worker, id: gi-1 }\n',
      ),
    });
    const flat = await loadFiles({
      ...files,
      'pools/workers.yaml': POOL,
      'plans/worker.yaml': streamerPlan(
        'worker',
        '  deploymentPlan: { name: DP-Worker }\n  goldenImage: { name: GI-Worker, id: gi-1 }\n',
      ),
    });
    expect(nested.diagnostics).toEqual([]);
    const node = nested.desired!.nodes[0]!;
    expect(node.deploymentPlan).toEqual({ name: 'DP-Worker', id: null });
    expect(node.goldenImage).toEqual({ name: 'GI-Worker', id: 'gi-1' });
    expect(node.osDeployment).toBeNull();
    expect(node.specHash).toBe(flat.desired!.nodes[0]!.specHash);
  });

  it('lets a plan choose the other method than the one it inherits, either way', async () => {
    const parent = streamerPlan(
      'streamer',
      '  osDeployment:\n    imageStreamer:\n      deploymentPlan: { name: DP-Worker }\n',
    );
    const child = mediaPlan().replace('extends: base', 'extends: streamer');
    const toMedia = await loadFiles({
      ...files,
      'pools/workers.yaml': POOL,
      'plans/streamer.yaml': parent,
      'plans/worker.yaml': child,
    });
    expect(toMedia.diagnostics).toEqual([]);
    expect(toMedia.desired!.nodes[0]!.deploymentPlan).toBeNull();
    expect(toMedia.desired!.nodes[0]!.osDeployment?.method).toBe('virtualMedia');

    const back = streamerPlan(
      'back',
      '  osDeployment:\n    imageStreamer: { deploymentPlan: { name: DP-Other } }\n',
    ).replace('extends: base', 'extends: worker');
    const toStreamer = await loadFiles({
      ...files,
      'pools/workers.yaml': POOL.replace('plan: worker', 'plan: back'),
      'plans/worker.yaml': mediaPlan(),
      'plans/back.yaml': back,
    });
    expect(toStreamer.diagnostics).toEqual([]);
    expect(toStreamer.desired!.nodes[0]!.osDeployment).toBeNull();
    expect(toStreamer.desired!.nodes[0]!.deploymentPlan).toEqual({ name: 'DP-Other', id: null });
  });

  it('reports both methods in one plan, and an osDeployment that names none, at their line', async () => {
    const both = await loadFiles({
      ...files,
      'pools/workers.yaml': POOL,
      'plans/worker.yaml': mediaPlan('    imageStreamer: { deploymentPlan: { name: DP-Worker } }\n'),
    });
    expect(both.desired).toBeNull();
    expect(both.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'DECL_OS_DEPLOYMENT_CONFLICT',
        file: 'plans/worker.yaml',
        line: 10,
        path: 'spec.osDeployment.virtualMedia',
      }),
    );
    const none = await loadFiles({
      ...files,
      'pools/workers.yaml': POOL,
      'plans/worker.yaml': streamerPlan('worker', '  osDeployment: {}\n'),
    });
    expect(none.desired).toBeNull();
    expect(none.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'plans/worker.yaml', path: 'spec.osDeployment', line: 8 }),
    );
  });

  it('warns once per plan whose nodes would get no OS from it or from their declared template', async () => {
    const result = await loadFiles({
      ...files,
      'pools/workers.yaml': POOL,
      'plans/worker.yaml': streamerPlan('worker', ''),
      'templates/spt-worker.yaml': TEMPLATE,
    });
    expect(result.desired).not.toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'DECL_NO_OS_DEPLOYMENT',
        file: 'plans/worker.yaml',
      }),
    ]);
    const fromTemplate = await loadFiles({
      ...files,
      'pools/workers.yaml': POOL,
      'plans/worker.yaml': streamerPlan('worker', ''),
      'templates/spt-worker.yaml': `${TEMPLATE}  deploymentPlan: { name: DP-Worker }\n`,
    });
    expect(fromTemplate.diagnostics).toEqual([]);
  });
});

describe('answer files and attributes', () => {
  it('fill {attr:NAME} with the node attribute, and name an attribute the node does not have', async () => {
    const files = {
      'site.yaml': SITE,
      'plans/base.yaml': BASE_PLAN,
      'plans/worker.yaml': mediaPlan(),
      'pools/workers.yaml': POOL,
    };
    const result = await loadFiles({
      ...files,
      'answers/worker.ks': 'network --hostname={attr:SERVER_FQDN} --vlanid={attr:VLAN_ID}\n',
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.desired!.nodes[1]!.osDeployment!.answerFile.text).toBe(
      'network --hostname=w-02.lab.example.org --vlanid=10\n',
    );
    const unknown = await loadFiles({ ...files, 'answers/worker.ks': 'bond {attr:BOND_MODE}\n' });
    expect(unknown.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'DECL_UNKNOWN_REFERENCE',
        file: 'plans/worker.yaml',
        path: 'spec.osDeployment.virtualMedia.answerFile.template',
      }),
    );
  });
});
