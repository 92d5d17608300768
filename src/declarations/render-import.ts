import { stringify } from 'yaml';
import type { InventorySnapshot } from '../core/observed/inventory.js';
import { indexInventory } from '../core/plan/inventory-index.js';
import { namedTemplateContent } from '../core/template/resolve-template-refs.js';
import type { TemplateContent } from '../core/template/template-content.js';
import { API_VERSION } from './declaration-kinds.js';

export interface ImportOptions {
  /** Site name (a DNS label). */
  readonly site: string;
}

/** A lowercase DNS label from any template name: `Apache_Template` -> `apache-template`. */
export function dnsLabel(name: string): string {
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 54)
    .replace(/-+$/, '');
  return label === '' ? 'template' : label;
}

function document(kind: string, name: string, spec: Record<string, unknown>, comment: string): string {
  const body = stringify({ apiVersion: API_VERSION, kind, metadata: { name }, spec }, { lineWidth: 0 });
  return `${comment
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n')}\n${body}`;
}

function templateSpec(content: TemplateContent): Record<string, unknown> {
  const spec: Record<string, unknown> = {
    serverHardwareType: content.serverHardwareType,
    ...(content.enclosureGroup === null ? {} : { enclosureGroup: content.enclosureGroup }),
    ...(content.affinity === 'Bay' ? {} : { affinity: content.affinity }),
  };
  if (content.connections.length > 0)
    spec['connections'] = content.connections.map((c) => ({
      id: c.id,
      ...(c.name === '' ? {} : { name: c.name }),
      portId: c.portId,
      ...(c.functionType === 'Ethernet' ? {} : { functionType: c.functionType }),
      [c.network.kind]: c.network.name,
      ...(c.requestedMbps === null ? {} : { requestedMbps: c.requestedMbps }),
      ...(c.bootPriority === 'NotBootable' ? {} : { bootPriority: c.bootPriority }),
    }));
  if (content.bootMode !== null) spec['bootMode'] = content.bootMode;
  if (content.bootOrder !== null) spec['bootOrder'] = content.bootOrder;
  if (content.bios !== null) spec['bios'] = content.bios;
  if (content.firmware !== null) spec['firmware'] = content.firmware;
  if (content.localStorage !== null)
    spec['localStorage'] = {
      controllers: content.localStorage.controllers.map((c) => ({
        deviceSlot: c.deviceSlot,
        mode: c.mode,
        initialize: c.initialize,
        logicalDrives: c.logicalDrives.map((d) => ({
          name: d.name,
          raidLevel: d.raidLevel,
          bootable: d.bootable,
          ...(d.numPhysicalDrives === null ? {} : { numPhysicalDrives: d.numPhysicalDrives }),
          ...(d.driveTechnology === null ? {} : { driveTechnology: d.driveTechnology }),
        })),
      })),
    };
  if (content.managementProcessor !== null) spec['managementProcessor'] = content.managementProcessor;
  if (content.deploymentPlan !== null) spec['deploymentPlan'] = { name: content.deploymentPlan };
  return spec;
}

/**
 * Declarations for a site that Phoenix does not manage yet, from its inventory: a Site, one Plan per server
 * profile template (naming that template as it is on the appliance: unmanaged, so nothing is replaced), a
 * NodePool of 0 replicas per Plan (it adopts nothing), and one ProfileTemplate per template under a name of
 * its own (`<name>-declared` when the appliance name is already a DNS label), ready for a Plan to move onto.
 * Returns repository-relative paths and their contents.
 */
export function renderImport(snapshot: InventorySnapshot, options: ImportOptions): Map<string, string> {
  const index = indexInventory(snapshot);
  const files = new Map<string, string>();
  files.set(
    'site.yaml',
    document(
      'Site',
      options.site,
      {
        oneview: {
          url: snapshot.appliance,
          credentials: { username: { env: 'OV_USERNAME' }, password: { env: 'OV_PASSWORD' } },
        },
        drift: 'report',
      },
      `Imported from ${snapshot.appliance} at ${snapshot.takenAt}.\nCredentials are references: set OV_USERNAME and OV_PASSWORD (and OV_CA_FILE for the appliance CA).`,
    ),
  );
  const used = new Set<string>();
  const unique = (base: string): string => {
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base.slice(0, 50)}-${i}`;
    used.add(name);
    return name;
  };
  for (const template of [...snapshot.templates].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (template.stamp !== null) continue;
    const label = dnsLabel(template.name);
    const plan = unique(label);
    const declared = unique(label === template.name ? `${label}-declared` : label);
    const content = namedTemplateContent(template.content, index);
    const hardwareType = index.hardwareTypeByUri.get(template.hardwareTypeUri ?? '')?.name ?? null;
    const deploymentPlan = content.deploymentPlan;
    files.set(
      `templates/${declared}.yaml`,
      document(
        'ProfileTemplate',
        declared,
        templateSpec(content),
        `The content of the template "${template.name}" as it was on the appliance. Nothing uses it yet:\nmove a Plan onto it (profileTemplate: ${declared}) when you are ready to manage it from Git.`,
      ),
    );
    files.set(
      `plans/${plan}.yaml`,
      document(
        'Plan',
        plan,
        {
          profileTemplate: template.name,
          ...(deploymentPlan === null ? {} : { deploymentPlan: { name: deploymentPlan } }),
          ...(hardwareType === null ? {} : { hardware: { serverHardwareType: hardwareType } }),
        },
        `Uses the template "${template.name}" as it is on the appliance (unmanaged).`,
      ),
    );
    files.set(
      `pools/${plan}.yaml`,
      document(
        'NodePool',
        plan,
        { plan, replicas: 0, naming: { pattern: `${plan.slice(0, 50)}-{index:02}` } },
        'Adopts nothing: existing profiles stay unowned. Raise replicas to let Phoenix build new nodes.',
      ),
    );
  }
  return files;
}
