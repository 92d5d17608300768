import type { HardwareSpec } from '../../core/desired/desired-state.js';
import { formatStamp } from '../../core/stamp/stamp.js';
import type { NodeDescription, NodeRun, ObservedInstance } from './node-description.js';

/** An empty value, printed the same way everywhere in this view. */
const NONE = '-';

const orNone = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? NONE : String(value);

function hardwareWanted(hardware: HardwareSpec): string {
  const pin = hardware.pin;
  const where =
    pin === null
      ? `${hardware.enclosureGroup ?? 'any enclosure group'}${hardware.enclosures === null ? '' : ` (${hardware.enclosures.join(', ')})`}`
      : 'serialNumber' in pin
        ? `pinned to serial ${pin.serialNumber}`
        : `pinned to ${pin.enclosure}, bay ${pin.bay}`;
  return `${hardware.serverHardwareType}, ${where}`;
}

function hardwareSeen(instance: ObservedInstance | undefined): string {
  const hw = instance?.hardware;
  if (hw === undefined || hw === null) return NONE;
  const place = hw.enclosure === null ? hw.name : `${hw.enclosure}, bay ${orNone(hw.bay)}`;
  return `${place} (${hw.powerState}, ${hw.status})`;
}

function table(rows: readonly (readonly [string, string, string])[]): string[] {
  const first = Math.max(...rows.map((r) => r[0].length));
  const second = Math.max(...rows.map((r) => r[1].length));
  return rows.map(([label, a, b]) => `  ${label.padEnd(first)}  ${a.padEnd(second)}  ${b}`.trimEnd());
}

function runLine(run: NodeRun): string {
  const steps = run.steps
    .map((s) => `${s.step} ${s.outcome}${s.errorCode === null ? '' : ` (${s.errorCode})`}`)
    .join(', ');
  return `  ${orNone(run.startedAt).padEnd(24)}  ${orNone(run.command).padEnd(8)}  ${orNone(run.revision.slice(0, 12)).padEnd(12)}  ${orNone(run.outcome).padEnd(11)}  ${steps || NONE}`;
}

/** `phoenix describe node NAME` for people. */
export function renderNodeDescriptionText(d: NodeDescription): string {
  const lines: string[] = [];
  const owner =
    d.declared === null
      ? 'not declared'
      : d.declared.owner.kind === 'NodePool'
        ? `pool ${d.declared.owner.name}, plan ${d.declared.plan}`
        : `pet, plan ${d.declared.plan}`;
  lines.push(`Node ${d.node} (site ${d.site}, ${owner})`);
  if (d.declared !== null) lines.push(`Declared at ${d.declared.source.file}:${d.declared.source.line}`);
  const seen = d.observed?.[0];
  const observedColumn = (value: string): string => (d.observed === null ? '(not read)' : value);
  const rows: [string, string, string][] = [
    ['', 'DESIRED', 'OBSERVED'],
    [
      'profile',
      d.declared === null ? NONE : d.node,
      observedColumn(
        seen === undefined
          ? NONE
          : `${seen.profile.name} (${seen.profile.state}, ${seen.profile.status}, ${seen.profile.templateCompliance})`,
      ),
    ],
    ['template', orNone(d.declared?.profileTemplate), observedColumn(orNone(seen?.profile.template))],
    [
      'deployment plan',
      orNone(d.declared?.deploymentPlan),
      observedColumn(orNone(seen?.profile.deploymentPlan)),
    ],
    [
      'hardware',
      d.declared === null ? NONE : hardwareWanted(d.declared.hardware),
      observedColumn(hardwareSeen(seen)),
    ],
    ['spec', orNone(d.declared?.spec), observedColumn(orNone(seen?.spec))],
    ['fqdn', orNone(d.declared?.fqdn), ''],
    ['protected', d.declared === null ? NONE : d.declared.protected ? 'yes' : 'no', ''],
    ['depends on', d.declared === null ? NONE : d.declared.dependsOn.join(', ') || NONE, ''],
  ];
  const attributeNames = [
    ...new Set([...Object.keys(d.declared?.attributes ?? {}), ...Object.keys(seen?.attributes ?? {})]),
  ].sort();
  for (const name of attributeNames)
    rows.push([
      `attributes.${name}`,
      orNone(d.declared?.attributes[name]),
      observedColumn(orNone(seen?.attributes[name])),
    ]);
  lines.push('', ...table(rows));
  lines.push('', `Stamp: ${seen?.stamp == null ? NONE : formatStamp(seen.stamp)}`);
  if (d.observed !== null && d.observed.length > 1)
    lines.push(
      `Other instances: ${d.observed
        .slice(1)
        .map((i) => i.profile.name)
        .join(', ')}`,
    );

  lines.push('');
  if (d.changes.length === 0)
    lines.push('Plan: nothing (the node is neither declared nor on the appliance).');
  for (const change of d.changes) {
    const steps = change.steps.length === 0 ? '' : ` [${change.steps.join(', ')}]`;
    // A blocked change's reason is listed under Blocked.
    lines.push(`Plan: ${change.action}${steps}${change.action === 'blocked' ? '' : `: ${change.reason}`}`);
    for (const field of change.fieldChanges)
      lines.push(`  ${field.path}: ${orNone(field.before)} -> ${orNone(field.after)}`);
  }
  lines.push(
    d.blocking.length === 0 ? 'Blocked: no' : 'Blocked:',
    ...d.blocking.map((reason) => `  ${reason}`),
  );

  const status = d.ledger.status;
  lines.push(
    '',
    `Ledger: ${status === null ? 'nothing recorded for this node' : `last ${status.lastOutcome} at revision ${status.revision.slice(0, 12)}, ${status.at}`}`,
  );
  if (d.ledger.runs === null) lines.push('  (this ledger cannot list the runs of one node)');
  else if (d.ledger.runs.length > 0) {
    lines.push(
      `  ${'STARTED'.padEnd(24)}  ${'COMMAND'.padEnd(8)}  ${'REVISION'.padEnd(12)}  ${'OUTCOME'.padEnd(11)}  STEPS`,
      ...d.ledger.runs.map(runLine),
    );
  }
  return `${lines.join('\n')}\n`;
}
