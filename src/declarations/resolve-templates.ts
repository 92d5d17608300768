import { hash } from 'node:crypto';
import { canonicalJson } from '../core/desired/canonical-json.js';
import type {
  DesiredTemplate,
  MpSetting,
  StorageController,
  TemplateConnection,
  TemplateContent,
  TemplateReference,
} from '../core/template/template-content.js';
import { CONNECTION_DEFAULTS } from '../core/template/template-content.js';
import type { Resource } from './classify-documents.js';
import type { DiagnosticList } from './diagnostic-list.js';
import { LayerStack } from './layer-stack.js';
import { asText, isMap, type Plain } from './merge-layers.js';
import { resolvePlanChains } from './resolve-plan-chains.js';

type PlainMap = { readonly [key: string]: Plain };

/** A key of management processor settings that would carry a secret. */
const SECRET_KEY = /pass(word|phrase)?|secret|token|privatekey|community/i;

/**
 * Declared ProfileTemplates to desired templates: extends chains (unknown parents and cycles reported), layers
 * merged root first, then the semantic rules a schema cannot say (hardware type present, unique connection ids
 * and ports, no secret in management processor settings). Templates with an error are left out.
 */
export function resolveTemplates(
  resources: ReadonlyMap<string, Resource>,
  diagnostics: DiagnosticList,
): DesiredTemplate[] {
  const chains = resolvePlanChains(resources, diagnostics, 'ProfileTemplate');
  const templates: DesiredTemplate[] = [];
  for (const name of [...chains.keys()].sort()) {
    const chain = chains.get(name)!;
    const stack = new LayerStack(
      chain.plans.map((r) => ({ value: withoutExtends(r.spec), document: r.document, base: ['spec'] })),
    );
    const template = buildTemplate(name, stack, chain.plans[chain.plans.length - 1]!, diagnostics);
    if (template !== null) templates.push(template);
  }
  return templates;
}

function withoutExtends(spec: PlainMap): { [key: string]: Plain } {
  const { extends: _parent, ...rest } = spec;
  return rest;
}

function buildTemplate(
  name: string,
  stack: LayerStack,
  own: Resource,
  diagnostics: DiagnosticList,
): DesiredTemplate | null {
  const merged = stack.merged;
  let ok = true;
  const references: TemplateReference[] = [];
  const refer = (kind: TemplateReference['kind'], value: string, path: (string | number)[]): void => {
    const at = stack.locate(path);
    references.push({ kind, name: value, path: at.path.replace(/^spec\./, ''), source: at.at });
  };
  const hardwareType = merged['serverHardwareType'];
  if (typeof hardwareType !== 'string') {
    const at = stack.locate([]);
    diagnostics.error(
      'DECL_MISSING_FIELD',
      `ProfileTemplate ${name} has no serverHardwareType: set it here or in a template it extends.`,
      at.at,
      'spec.serverHardwareType',
    );
    ok = false;
  } else refer('hardwareType', hardwareType, ['serverHardwareType']);
  const enclosureGroup = text(merged['enclosureGroup']);
  if (enclosureGroup !== null) refer('enclosureGroup', enclosureGroup, ['enclosureGroup']);

  const connections = list(merged['connections']).map((c, i): TemplateConnection => {
    const network = text(c['network']);
    const kind = network !== null ? 'network' : 'networkSet';
    const target = network ?? asText(c['networkSet']);
    refer(kind, target, ['connections', i, kind]);
    return {
      id: Number(c['id']),
      name: text(c['name']) ?? '',
      portId: asText(c['portId']),
      functionType: text(c['functionType']) ?? CONNECTION_DEFAULTS.functionType,
      network: { kind, name: target },
      requestedMbps: typeof c['requestedMbps'] === 'number' ? c['requestedMbps'] : null,
      bootPriority: text(c['bootPriority']) ?? CONNECTION_DEFAULTS.bootPriority,
    };
  });
  ok = checkConnections(connections, stack, diagnostics) && ok;

  const firmware = isMap(merged['firmware']) ? merged['firmware'] : null;
  if (firmware !== null) refer('firmwareBundle', asText(firmware['baseline']), ['firmware', 'baseline']);
  const deploymentPlan = isMap(merged['deploymentPlan']) ? text(merged['deploymentPlan']['name']) : null;
  if (deploymentPlan !== null) refer('deploymentPlan', deploymentPlan, ['deploymentPlan', 'name']);

  const mp = isMap(merged['managementProcessor']) ? merged['managementProcessor'] : null;
  const settings = mp === null ? [] : list(mp['settings']).map(mpSetting);
  settings.forEach((setting, i) => {
    for (const key of Object.keys(setting.args)) {
      if (!SECRET_KEY.test(key)) continue;
      const at = stack.locate(['managementProcessor', 'settings', i, 'args', key]);
      diagnostics.error(
        'DECL_LITERAL_SECRET',
        `The management processor setting ${setting.settingType}.${key} holds a secret; secrets stay out of Git.`,
        at.at,
        at.path,
      );
      ok = false;
    }
  });
  if (!ok) return null;

  const bootMode = isMap(merged['bootMode']) ? merged['bootMode'] : null;
  const storage = isMap(merged['localStorage']) ? merged['localStorage'] : null;
  const controllers = storage === null ? [] : list(storage['controllers']).map(controller);
  const content: TemplateContent = {
    serverHardwareType: asText(hardwareType),
    enclosureGroup,
    affinity: merged['affinity'] === 'BayAndServer' ? 'BayAndServer' : 'Bay',
    connections: [...connections].sort((a, b) => a.id - b.id),
    bootMode:
      bootMode === null
        ? null
        : {
            mode: asText(bootMode['mode']),
            pxeBootPolicy: text(bootMode['pxeBootPolicy']) ?? 'Auto',
            secureBoot: text(bootMode['secureBoot']) ?? 'Unmanaged',
          },
    bootOrder: Array.isArray(merged['bootOrder']) ? (merged['bootOrder'] as string[]).slice() : null,
    bios: isMap(merged['bios']) ? stringsOf(merged['bios']) : null,
    firmware:
      firmware === null
        ? null
        : {
            baseline: asText(firmware['baseline']),
            installType: text(firmware['installType']) ?? 'FirmwareOnly',
            force: firmware['force'] === true,
            activation: text(firmware['activation']) ?? 'Immediate',
          },
    // An empty section reads back from the appliance as unmanaged: declare it the same way.
    localStorage: controllers.length === 0 ? null : { controllers },
    managementProcessor: settings.length === 0 ? null : { settings },
    deploymentPlan,
  };
  return {
    name,
    content,
    specHash: templateSpecHash(content),
    source: own.document.locate(['metadata', 'name']),
    references,
  };
}

/** sha256 hex of the canonical JSON of a template's content: what a node's spec hash includes. */
export function templateSpecHash(content: TemplateContent): string {
  return hash('sha256', canonicalJson(content), 'hex');
}

function checkConnections(
  connections: readonly TemplateConnection[],
  stack: LayerStack,
  diagnostics: DiagnosticList,
): boolean {
  let ok = true;
  const ids = new Map<number, number>();
  const ports = new Map<string, number>();
  connections.forEach((c, i) => {
    const sameId = ids.get(c.id);
    const samePort = c.portId === 'Auto' ? undefined : ports.get(c.portId);
    if (sameId === undefined) ids.set(c.id, i);
    if (samePort === undefined && c.portId !== 'Auto') ports.set(c.portId, i);
    if (sameId === undefined && samePort === undefined) return;
    const field = sameId !== undefined ? 'id' : 'portId';
    const at = stack.locate(['connections', i, field]);
    const what = sameId !== undefined ? `id ${c.id}` : `port ${c.portId}`;
    diagnostics.error(
      'DECL_DUPLICATE_CONNECTION',
      `Connection ${i + 1} uses ${what}, which connection ${(sameId ?? samePort)! + 1} of the same template already uses.`,
      at.at,
      at.path,
    );
    ok = false;
  });
  return ok;
}

function controller(c: PlainMap): StorageController {
  return {
    deviceSlot: asText(c['deviceSlot']),
    mode: asText(c['mode']),
    initialize: c['initialize'] === true,
    logicalDrives: list(c['logicalDrives']).map((d) => ({
      name: asText(d['name']),
      raidLevel: asText(d['raidLevel']),
      bootable: d['bootable'] === true,
      numPhysicalDrives: typeof d['numPhysicalDrives'] === 'number' ? d['numPhysicalDrives'] : null,
      driveTechnology: text(d['driveTechnology']),
    })),
  };
}

function mpSetting(s: PlainMap): MpSetting {
  const args: Record<string, string | number | boolean> = {};
  if (isMap(s['args'])) {
    for (const [key, value] of Object.entries(s['args'])) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        args[key] = value;
    }
  }
  return { settingType: asText(s['settingType']), args };
}

function stringsOf(map: PlainMap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(map).sort()) {
    const value = map[key];
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

function list(value: Plain | undefined): PlainMap[] {
  return Array.isArray(value) ? (value as readonly Plain[]).filter(isMap) : [];
}

function text(value: Plain | undefined): string | null {
  return typeof value === 'string' ? value : null;
}
