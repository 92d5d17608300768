import type { FieldChange } from '../plan/reconcile-plan.js';
import type { TemplateContent } from './template-content.js';

/** One string per field a person reads in a diff: `connections[1].requestedMbps`, `bios.WorkloadProfile`... */
export function flattenTemplateContent(content: TemplateContent): Map<string, string> {
  const out = new Map<string, string>();
  const put = (path: string, value: string | number | boolean | null): void => {
    out.set(path, value === null ? '(none)' : String(value));
  };
  put('serverHardwareType', content.serverHardwareType);
  put('enclosureGroup', content.enclosureGroup);
  put('affinity', content.affinity);
  for (const c of content.connections) {
    const at = `connections[${c.id}]`;
    put(`${at}.${c.network.kind}`, c.network.name);
    put(`${at}.portId`, c.portId);
    put(`${at}.name`, c.name);
    put(`${at}.functionType`, c.functionType);
    put(`${at}.requestedMbps`, c.requestedMbps);
    put(`${at}.bootPriority`, c.bootPriority);
  }
  const section = (name: string, value: object | null, fields: () => void): void => {
    if (value === null) put(name, '(unmanaged)');
    else fields();
  };
  section('bootMode', content.bootMode, () => {
    put('bootMode.mode', content.bootMode!.mode);
    put('bootMode.pxeBootPolicy', content.bootMode!.pxeBootPolicy);
    put('bootMode.secureBoot', content.bootMode!.secureBoot);
  });
  section('bootOrder', content.bootOrder, () => put('bootOrder', content.bootOrder!.join(', ')));
  section('bios', content.bios, () => {
    for (const [id, value] of Object.entries(content.bios!)) put(`bios.${id}`, value);
  });
  section('firmware', content.firmware, () => {
    const f = content.firmware!;
    put('firmware.baseline', f.baseline);
    put('firmware.installType', f.installType);
    put('firmware.force', f.force);
    put('firmware.activation', f.activation);
  });
  section('localStorage', content.localStorage, () => {
    for (const c of content.localStorage!.controllers)
      put(`localStorage.controllers[${c.deviceSlot}]`, JSON.stringify(c));
  });
  section('managementProcessor', content.managementProcessor, () => {
    for (const s of content.managementProcessor!.settings)
      put(`managementProcessor.settings[${s.settingType}]`, JSON.stringify(s.args));
  });
  put('deploymentPlan', content.deploymentPlan);
  return out;
}

/** Field-level changes from one template content to another (either side may be absent), sorted by path. */
export function diffTemplateContent(
  before: TemplateContent | null,
  after: TemplateContent | null,
): FieldChange[] {
  const a = before === null ? new Map<string, string>() : flattenTemplateContent(before);
  const b = after === null ? new Map<string, string>() : flattenTemplateContent(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const changes: FieldChange[] = [];
  for (const path of paths) {
    const from = a.get(path) ?? null;
    const to = b.get(path) ?? null;
    if (from !== to) changes.push({ path, before: from, after: to, sensitive: false });
  }
  return changes;
}
