import { describe, expect, it } from 'vitest';
import type { DesiredState } from '../../../../src/core/desired/desired-state.js';
import type { InventorySnapshot, ObservedTemplate } from '../../../../src/core/observed/inventory.js';
import type { DesiredTemplate, TemplateContent } from '../../../../src/core/template/template-content.js';
import { formatTemplateStamp } from '../../../../src/core/template/template-stamp.js';
import { templateSpecHash } from '../../../../src/declarations/resolve-templates.js';
import { desiredNode, desiredState, specHashOf } from '../../../support/builders/desired.js';
import { demoInventory, GEN10, withFingerprint } from '../../../support/builders/inventory.js';
import { changeOf, plan } from '../../../support/builders/plan-input.js';

const SOURCE = { file: 'templates/worker.yaml', line: 4, column: 9 };

const CONTENT: TemplateContent = {
  serverHardwareType: 'SY 480 Gen10 1',
  enclosureGroup: 'EG-I3S',
  affinity: 'Bay',
  connections: [
    {
      id: 1,
      name: 'deploy',
      portId: 'Mezz 3:1-a',
      functionType: 'Ethernet',
      network: { kind: 'network', name: 'I3S-Deployment' },
      requestedMbps: 2500,
      bootPriority: 'Primary',
    },
  ],
  bootMode: null,
  bootOrder: ['HardDisk'],
  bios: { WorkloadProfile: 'Virtualization-MaxPerformance' },
  firmware: { baseline: 'SPP-2024.01', installType: 'FirmwareOnly', force: false, activation: 'Immediate' },
  localStorage: null,
  managementProcessor: null,
  deploymentPlan: 'DP-Docker-CentOS-7.4',
};

/** URIs of the demo inventory builder for the names above. */
const AS_URIS: TemplateContent = {
  ...CONTENT,
  serverHardwareType: GEN10,
  enclosureGroup: '/rest/enclosure-groups/eg-i3s',
  connections: [
    { ...CONTENT.connections[0]!, network: { kind: 'network', name: '/rest/ethernet-networks/deploy' } },
  ],
  firmware: { ...CONTENT.firmware!, baseline: '/rest/firmware-drivers/spp-2024-01' },
  deploymentPlan: '/rest/os-deployment-plans/dp-docker-centos-7-4',
};

function declared(content: TemplateContent = CONTENT): DesiredTemplate {
  const refs = [
    {
      kind: 'hardwareType' as const,
      name: content.serverHardwareType,
      path: 'serverHardwareType',
      source: SOURCE,
    },
    {
      kind: 'network' as const,
      name: content.connections[0]!.network.name,
      path: 'connections[0].network',
      source: SOURCE,
    },
    {
      kind: 'firmwareBundle' as const,
      name: content.firmware!.baseline,
      path: 'firmware.baseline',
      source: SOURCE,
    },
  ];
  return { name: 'worker', content, specHash: templateSpecHash(content), source: SOURCE, references: refs };
}

function site(template: DesiredTemplate, drift: 'correct' | 'report' = 'correct'): DesiredState {
  const base = { profileTemplate: 'worker', templateSpec: template.specHash };
  const node = desiredNode({ name: 'w-01', pool: 'workers', ...base });
  const state = desiredState([{ ...node, specHash: specHashOf(node) }]);
  return { ...state, site: { ...state.site, drift }, templates: [template] };
}

function withTemplate(content: TemplateContent, stamp: string | null): InventorySnapshot {
  const base = demoInventory();
  const template: ObservedTemplate = {
    uri: '/rest/server-profile-templates/worker',
    name: 'worker',
    hardwareTypeUri: content.serverHardwareType,
    enclosureGroupUri: content.enclosureGroup,
    deploymentPlanUri: content.deploymentPlan,
    eTag: 'worker-7',
    description: stamp ?? 'made by hand',
    stamp: null,
    content,
  };
  return withFingerprint({ ...base, templates: [...base.templates, template] });
}

function stamped(content: TemplateContent, spec: string): InventorySnapshot {
  const line = formatTemplateStamp({
    site: 'dc1',
    template: 'worker',
    spec: spec.slice(0, 16),
    rev: 'abcdef012345',
  });
  const snapshot = withTemplate(content, line);
  return withFingerprint({
    ...snapshot,
    templates: snapshot.templates.map((t) =>
      t.name === 'worker'
        ? { ...t, stamp: { site: 'dc1', template: 'worker', spec: spec.slice(0, 16), rev: 'abcdef012345' } }
        : t,
    ),
  });
}

describe('template changes of a reconcile plan', () => {
  it('creates a declared template that is not on the appliance, and composes its nodes from it', () => {
    const result = plan(site(declared()), demoInventory());
    expect(result.templates.find((t) => t.id === 'worker')).toMatchObject({
      action: 'create',
      cause: 'not-found',
      templateUri: null,
      body: AS_URIS,
    });
    const compose = changeOf(result, 'w-01').steps.find((s) => s.kind === 'compose');
    expect(compose).toMatchObject({ template: 'worker', templateUri: null });
    expect(result.summary.hasChanges).toBe(true);
  });

  it('leaves a template that matches its stamp and its declaration alone', () => {
    const template = declared();
    const result = plan(site(template), stamped(AS_URIS, template.specHash));
    expect(result.templates.find((t) => t.id === 'worker')).toMatchObject({
      action: 'noop',
      cause: 'matches',
    });
  });

  it('updates a template whose declaration changed, with the eTag it read and field-level diffs', () => {
    const old = declared();
    const bumped = declared({ ...CONTENT, firmware: { ...CONTENT.firmware!, baseline: 'SPP-2024.07' } });
    const result = plan(site(bumped), stamped(AS_URIS, old.specHash));
    expect(result.templates.find((t) => t.id === 'worker')).toMatchObject({
      action: 'update',
      cause: 'spec-changed',
      eTag: 'worker-7',
      fieldChanges: [
        { path: 'firmware.baseline', before: 'SPP-2024.01', after: 'SPP-2024.07', sensitive: false },
      ],
    });
  });

  it('restores a stamped template edited outside Git, or only reports it', () => {
    const template = declared();
    const edited = { ...AS_URIS, bios: { WorkloadProfile: 'LowLatency' } };
    const correct = plan(site(template), stamped(edited, template.specHash));
    expect(correct.templates.find((t) => t.id === 'worker')).toMatchObject({
      action: 'update',
      cause: 'drifted',
    });
    const report = plan(site(template, 'report'), stamped(edited, template.specHash));
    expect(report.templates.find((t) => t.id === 'worker')).toMatchObject({
      action: 'noop',
      cause: 'drifted',
      fieldChanges: [
        {
          path: 'bios.WorkloadProfile',
          before: 'LowLatency',
          after: 'Virtualization-MaxPerformance',
          sensitive: false,
        },
      ],
    });
  });

  it('blocks a declared template named like an unstamped one, and the nodes that use it', () => {
    const result = plan(site(declared()), withTemplate(AS_URIS, null));
    expect(result.templates.find((t) => t.id === 'worker')).toMatchObject({
      action: 'blocked',
      blockedBy: { kind: 'conflict', ownerSite: null },
    });
    expect(changeOf(result, 'w-01')).toMatchObject({
      action: 'blocked',
      blockedBy: { kind: 'template-blocked', template: 'worker' },
    });
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'PLAN_TEMPLATE_CONFLICT', source: SOURCE }),
    );
  });

  it('blocks a template naming what the appliance lacks, at the declaring line', () => {
    const template = declared({
      ...CONTENT,
      connections: [{ ...CONTENT.connections[0]!, network: { kind: 'network', name: 'Nope' } }],
    });
    const result = plan(site(template), demoInventory());
    expect(result.templates.find((t) => t.id === 'worker')).toMatchObject({
      action: 'blocked',
      blockedBy: {
        kind: 'unresolved-reference',
        references: [{ kind: 'network', name: 'Nope', path: 'connections[0].network' }],
      },
    });
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'PLAN_TEMPLATE_REFERENCE_NOT_FOUND',
        subject: 'network Nope',
        source: SOURCE,
      }),
    );
  });

  it('blocks a connection asking for more than its port carries', () => {
    const template = declared({
      ...CONTENT,
      connections: [{ ...CONTENT.connections[0]!, requestedMbps: 25000 }],
    });
    const result = plan(site(template), demoInventory());
    expect(result.templates.find((t) => t.id === 'worker')).toMatchObject({
      action: 'blocked',
      blockedBy: { kind: 'invalid-connection' },
    });
  });

  it('deletes a stamped template no longer declared only when allowed and unused', () => {
    const template = declared();
    const snapshot = stamped(AS_URIS, template.specHash);
    const none: DesiredState = { ...desiredState([]), templates: [] };
    expect(plan(none, snapshot).templates).toEqual([
      expect.objectContaining({
        id: 'worker',
        action: 'blocked',
        blockedBy: { kind: 'deletions-not-allowed' },
      }),
    ]);
    expect(plan(none, snapshot, { options: { allowDeletions: true } }).templates).toEqual([
      expect.objectContaining({ id: 'worker', action: 'delete', cause: 'undeclared', eTag: 'worker-7' }),
    ]);
  });
});
