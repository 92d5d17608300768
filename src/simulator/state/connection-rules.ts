import { httpError } from './error-body.js';
import type { SimState } from './sim-state.js';

type Obj = Record<string, unknown>;

const FUNCTION_TYPES = ['Ethernet', 'FibreChannel', 'iSCSI', 'FCoE'];
const BOOT_PRIORITIES = [
  'NotBootable',
  'Primary',
  'Secondary',
  'LoadBalanced',
  'IscsiPrimary',
  'IscsiSecondary',
];
const PORT_ID = /^(\S+) (\d+):(\d+)(?:-([a-h]))?$/;

interface Port {
  number: number;
  maxSpeedMbps: number;
  virtualPorts: { portFunction: string; capabilities: string[] }[];
}
interface Adapter {
  location: string;
  slot: number;
  ports: Port[];
}

function bad(code: string, message: string, field: string, data: Obj = {}, details = ''): Error {
  return httpError(400, code, message, {
    details,
    errorSource: field,
    data,
    recommendedActions: ['Correct the connection settings and retry.'],
  });
}

/** The megabits per second a connection asks for (`requestedMbps` is a string on the wire, a number in some SDKs). */
export function requestedMbpsOf(c: Obj): number | null {
  const v = c['requestedMbps'];
  if (v === undefined || v === null || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : NaN;
}

/** What a network URI names: an ethernet network, a network set or an FC network. */
function networkKind(s: SimState, uri: string): 'ethernet' | 'set' | 'fc' | null {
  if (s.networks.has(uri)) return 'ethernet';
  if (s.networkSets.has(uri)) return 'set';
  if (s.fcNetworks.has(uri)) return 'fc';
  return null;
}

/**
 * The rules a real appliance applies to `connectionSettings.connections` of a template or profile: every network
 * exists and fits the function type, ids and port ids are unique, the port exists on the hardware type, and the
 * bandwidth asked for fits the port (each connection, and all connections of one physical port together).
 */
export function checkConnections(s: SimState, body: Obj, hardwareTypeUri: string | null): void {
  const settings = body['connectionSettings'];
  if (settings === undefined || settings === null) return;
  if (typeof settings !== 'object' || Array.isArray(settings))
    throw bad('INVALID_CONNECTION_SETTINGS', 'connectionSettings must be an object.', 'connectionSettings');
  const list = (settings as Obj)['connections'];
  if (list === undefined || list === null) return;
  if (!Array.isArray(list))
    throw bad(
      'INVALID_CONNECTION_SETTINGS',
      'connectionSettings.connections must be a list.',
      'connectionSettings.connections',
    );
  const type = hardwareTypeUri ? s.hardwareTypes.get(hardwareTypeUri) : undefined;
  const adapters = (type?.['adapters'] as Adapter[] | undefined) ?? [];
  const ids = new Set<number>();
  const ports = new Map<string, number>();
  const perPhysicalPort = new Map<string, { used: number; max: number }>();
  const bootPriorities = new Map<string, number>();
  list.forEach((raw: unknown, i) => {
    const at = `connectionSettings.connections[${i}]`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      throw bad('INVALID_CONNECTION', `Connection ${i + 1} must be an object.`, at);
    const c = raw as Obj;
    const id = c['id'];
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 1)
      throw bad(
        'INVALID_CONNECTION_ID',
        `The id of connection ${i + 1} must be a positive integer.`,
        `${at}.id`,
      );
    if (ids.has(id))
      throw bad('DUPLICATE_CONNECTION_ID', `Two connections have the id ${id}.`, `${at}.id`, {
        connectionId: id,
      });
    ids.add(id);
    const functionType = c['functionType'] ?? 'Ethernet';
    if (typeof functionType !== 'string' || !FUNCTION_TYPES.includes(functionType))
      throw bad(
        'INVALID_FUNCTION_TYPE',
        `The function type of connection ${id} is not valid.`,
        `${at}.functionType`,
        { connectionId: id },
        `functionType must be one of ${FUNCTION_TYPES.join(', ')}.`,
      );
    checkNetwork(s, c, id, functionType, at);
    const portId = c['portId'] ?? 'Auto';
    if (typeof portId !== 'string' || portId === '')
      throw bad('INVALID_PORT_ID', `The port id of connection ${id} is not valid.`, `${at}.portId`, {
        connectionId: id,
      });
    if (portId !== 'Auto' && portId !== 'None') {
      const other = ports.get(portId);
      if (other !== undefined)
        throw bad(
          'DUPLICATE_PORT_ID',
          `Connections ${other} and ${id} both use the port ${portId}.`,
          `${at}.portId`,
          { connectionId: id, portId, otherConnectionId: other },
        );
      ports.set(portId, id);
    }
    const mbps = requestedMbpsOf(c);
    if (mbps !== null && (!Number.isInteger(mbps) || mbps < 100 || mbps % 100 !== 0))
      throw bad(
        'INVALID_REQUESTED_BANDWIDTH',
        `The requested bandwidth of connection ${id} must be a multiple of 100 Mb/s.`,
        `${at}.requestedMbps`,
        { connectionId: id, requestedMbps: c['requestedMbps'] },
      );
    if (type && portId !== 'Auto' && portId !== 'None') {
      const port = findPort(adapters, portId, functionType);
      if (!port)
        throw bad(
          'INVALID_PORT_ID',
          `The port ${portId} of connection ${id} does not exist on the server hardware type ${type.name} or cannot carry ${functionType}.`,
          `${at}.portId`,
          { connectionId: id, portId, serverHardwareTypeUri: type.uri },
        );
      if (mbps !== null && mbps > port.max)
        throw bad(
          'BANDWIDTH_EXCEEDS_PORT_MAXIMUM',
          `The requested bandwidth of connection ${id} (${mbps} Mb/s) exceeds the maximum of port ${portId} (${port.max} Mb/s).`,
          `${at}.requestedMbps`,
          { connectionId: id, portId, requestedMbps: mbps, maximumMbps: port.max },
        );
      const total = perPhysicalPort.get(port.key) ?? { used: 0, max: port.max };
      total.used += mbps ?? 2500;
      perPhysicalPort.set(port.key, total);
      if (total.used > total.max)
        throw bad(
          'BANDWIDTH_EXCEEDS_PORT_MAXIMUM',
          `The connections on physical port ${port.key} request ${total.used} Mb/s together, more than its maximum of ${total.max} Mb/s.`,
          `${at}.requestedMbps`,
          { connectionId: id, portId, requestedMbps: total.used, maximumMbps: total.max },
        );
    }
    const priority = (c['boot'] as Obj | undefined)?.['priority'];
    if (priority !== undefined && priority !== null) {
      if (typeof priority !== 'string' || !BOOT_PRIORITIES.includes(priority))
        throw bad(
          'INVALID_BOOT_PRIORITY',
          `The boot priority of connection ${id} is not valid.`,
          `${at}.boot.priority`,
          { connectionId: id },
          `priority must be one of ${BOOT_PRIORITIES.join(', ')}.`,
        );
      if (priority !== 'NotBootable') {
        const other = bootPriorities.get(priority);
        if (other !== undefined)
          throw bad(
            'DUPLICATE_BOOT_PRIORITY',
            `Connections ${other} and ${id} both have the boot priority ${priority}.`,
            `${at}.boot.priority`,
            { connectionId: id, otherConnectionId: other },
          );
        bootPriorities.set(priority, id);
      }
    }
  });
}

function checkNetwork(s: SimState, c: Obj, id: number, functionType: string, at: string): void {
  const uri = c['networkUri'];
  if (typeof uri !== 'string' || uri === '')
    throw bad('INVALID_NETWORK_URI', `Connection ${id} names no network.`, `${at}.networkUri`, {
      connectionId: id,
    });
  const kind = networkKind(s, uri);
  if (kind === null)
    throw bad(
      'INVALID_NETWORK_URI',
      `The network referenced by connection ${id} does not exist.`,
      `${at}.networkUri`,
      { connectionId: id, networkUri: uri },
      uri,
    );
  const fc = functionType === 'FibreChannel' || functionType === 'FCoE';
  if ((fc && kind !== 'fc') || (!fc && kind === 'fc') || (functionType !== 'Ethernet' && kind === 'set'))
    throw bad(
      'NETWORK_TYPE_MISMATCH',
      `The network of connection ${id} cannot be used by a ${functionType} connection.`,
      `${at}.networkUri`,
      { connectionId: id, networkUri: uri, functionType },
    );
}

function findPort(
  adapters: Adapter[],
  portId: string,
  functionType: string,
): { key: string; max: number } | null {
  const m = PORT_ID.exec(portId);
  if (!m) return null;
  const [, location, slot, portNumber, fn] = m;
  const adapter = adapters.find((a) => a.location === location && a.slot === Number(slot));
  const port = adapter?.ports.find((p) => p.number === Number(portNumber));
  if (!port) return null;
  if (fn !== undefined) {
    const v = port.virtualPorts.find((p) => p.portFunction === fn);
    const needs = functionType === 'FibreChannel' || functionType === 'FCoE' ? 'FibreChannel' : 'Ethernet';
    if (!v || !v.capabilities.includes(needs)) return null;
  }
  return { key: `${location} ${slot}:${portNumber}`, max: port.maxSpeedMbps };
}
