import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseInventory, InventoryError } from '../presets/parse-inventory.js';
import { presetSeed, type PresetChoice } from '../presets/build-preset.js';
import { requestOf } from '../routes/collection-page.js';
import { sendJson } from '../routes/http-listener.js';
import { OPERATION_KINDS, type OperationKind } from '../state/durations.js';
import { httpError } from '../state/error-body.js';
import { ILO_FAULTS, TASK_KINDS, type IloFault, type TaskKind } from '../state/faults.js';
import type { Listener } from '../state/request-log.js';
import type { SimAppliance } from '../state/sim-appliance.js';

function authorised(req: FastifyRequest, token: string): boolean {
  const value = req.headers.authorization;
  const expected = Buffer.from(`Bearer ${token}`);
  const got = Buffer.from(value ?? '');
  return got.length === expected.length && timingSafeEqual(got, expected);
}

function body(req: FastifyRequest): Record<string, unknown> {
  const b = req.body;
  if (b === undefined || b === null) return {};
  if (typeof b !== 'object' || Array.isArray(b))
    throw httpError(400, 'INVALID_JSON', 'The control request body must be a JSON object.');
  return b as Record<string, unknown>;
}

function count(b: Record<string, unknown>, key = 'count', fallback = 1): number {
  const v = b[key] ?? fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || (v < 1 && v !== -1))
    throw httpError(400, 'INVALID_FAULT', `${key} must be a positive integer.`);
  return v;
}

function taskKind(v: unknown): TaskKind {
  if (typeof v !== 'string' || !(TASK_KINDS as readonly string[]).includes(v))
    throw httpError(400, 'INVALID_FAULT', `kind must be one of ${TASK_KINDS.join(', ')}.`);
  return v as TaskKind;
}

/** The control API under /_sim/ (bearer token): seed, reset, state, request log, clock, durations, faults. */
export function registerControlRoutes(app: FastifyInstance, sim: SimAppliance, token: string): void {
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/_sim')) return;
    if (!authorised(req, token))
      return sendJson(reply, 401, {
        errorCode: 'SIM_UNAUTHORIZED',
        message: 'The control API needs Authorization: Bearer <controlToken>.',
      });
    return;
  });

  app.post('/_sim/reset', async (req, reply) => {
    const blank = body(req)['blank'] ?? false;
    if (typeof blank !== 'boolean') throw httpError(400, 'INVALID_RESET', 'blank must be true or false.');
    sim.reset({ blank });
    return sendJson(reply, 200, {
      reset: true,
      blank,
      templates: sim.state.templates.size,
      profiles: sim.state.profiles.size,
    });
  });

  app.post('/_sim/seed', async (req, reply) => {
    const b = body(req);
    try {
      if (b['inventory'] !== undefined) sim.seed(parseInventory(b['inventory']));
      else if (b['preset'] !== undefined) sim.seed(presetSeed(b['preset'] as PresetChoice));
      else
        throw httpError(
          400,
          'INVALID_SEED',
          'The seed body needs a preset (name or {frames, bays}) or an inventory snapshot.',
        );
    } catch (e) {
      if (e instanceof InventoryError)
        throw httpError(400, 'INVALID_INVENTORY', `The inventory snapshot is not valid: ${e.message}.`, {
          details: e.path,
        });
      if (e instanceof Error && !('status' in e)) throw httpError(400, 'INVALID_SEED', e.message);
      throw e;
    }
    await sim.afterSeed?.();
    sim.requestLog.clear();
    return sendJson(reply, 200, {
      seeded: true,
      hardware: sim.state.hardware.size,
      profiles: sim.state.profiles.size,
    });
  });

  app.get('/_sim/state', async (_req, reply) => {
    const s = sim.state;
    const values = <T>(m: Map<string, T>): T[] => [...m.values()];
    return sendJson(reply, 200, {
      time: sim.clock.iso(),
      durations: sim.durations,
      enclosures: values(s.enclosures),
      enclosureGroups: values(s.enclosureGroups),
      logicalEnclosures: values(s.logicalEnclosures),
      hardwareTypes: values(s.hardwareTypes),
      hardware: values(s.hardware),
      removedHardware: values(s.removedHardware),
      networks: values(s.networks),
      networkSets: values(s.networkSets),
      fcNetworks: values(s.fcNetworks),
      firmwareBundles: values(s.firmwareBundles),
      templates: values(s.templates),
      profiles: values(s.profiles),
      tasks: values(s.tasks),
      labels: values(s.labels),
      resourceLabels: values(s.resourceLabels),
      osDeploymentPlans: values(s.osDeploymentPlans),
      deploymentServers: values(s.deploymentServers),
      imageStreamer: {
        deploymentPlans: values(s.i3sDeploymentPlans),
        goldenImages: values(s.goldenImages),
        osVolumes: values(s.osVolumes),
      },
      consul: sim.consul.all(),
      ilos: [...sim.ilos.values()].map((i) => i.snapshot()),
      sessions: sim.sessions.count(),
      faults: sim.faults.snapshot(),
    });
  });

  app.get('/_sim/requests', async (req, reply) => {
    const q = requestOf(req.url).search;
    const mutating = q.get('mutating');
    const since = q.get('since');
    const filter: Parameters<SimAppliance['requestLog']['list']>[0] = {};
    if (mutating !== null) filter.mutating = mutating === 'true' || mutating === '1';
    if (q.get('listener')) filter.listener = q.get('listener') as Listener;
    if (since !== null) filter.since = Number(since);
    if (q.get('method')) filter.method = q.get('method')!;
    if (q.get('pathPrefix')) filter.pathPrefix = q.get('pathPrefix')!;
    if (q.get('server')) filter.server = q.get('server')!;
    const entries = sim.requestLog.list(filter);
    return sendJson(reply, 200, { count: entries.length, requests: entries });
  });
  app.delete('/_sim/requests', async (_req, reply) => {
    sim.requestLog.clear();
    return reply.code(204).send();
  });

  app.post('/_sim/clock/advance', async (req, reply) => {
    const ms = body(req)['ms'];
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
      throw httpError(400, 'INVALID_CLOCK', 'ms must be a number of milliseconds >= 0.');
    sim.clock.advance(ms);
    return sendJson(reply, 200, { time: sim.clock.iso() });
  });

  app.put('/_sim/durations', async (req, reply) => {
    const b = body(req);
    for (const [k, v] of Object.entries(b)) {
      if (!(OPERATION_KINDS as readonly string[]).includes(k))
        throw httpError(
          400,
          'INVALID_DURATION',
          `Unknown operation kind ${k}; known: ${OPERATION_KINDS.join(', ')}.`,
        );
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        throw httpError(400, 'INVALID_DURATION', `${k} must be a number of milliseconds >= 0.`);
      sim.durations[k as OperationKind] = v;
    }
    return sendJson(reply, 200, sim.durations);
  });

  app.post('/_sim/faults/http-errors', async (req, reply) => {
    const b = body(req);
    const status = b['status'] ?? 503;
    if (typeof status !== 'number' || status < 500 || status > 599)
      throw httpError(400, 'INVALID_FAULT', 'status must be a 5xx code.');
    const listener = (b['listener'] ?? 'oneview') as Listener | 'any';
    if (!['oneview', 'imageStreamer', 'consul', 'ilo', 'images', 'any'].includes(listener))
      throw httpError(400, 'INVALID_FAULT', 'listener must be oneview, imageStreamer, consul, ilo or any.');
    const pathPrefix = typeof b['pathPrefix'] === 'string' ? b['pathPrefix'] : null;
    sim.faults.httpErrors.push({ status, remaining: count(b), listener, pathPrefix });
    return sendJson(reply, 201, sim.faults.snapshot());
  });

  app.post('/_sim/faults/expire-sessions', async (_req, reply) =>
    sendJson(reply, 200, { expired: sim.sessions.expireAll() }),
  );

  app.post('/_sim/faults/task-failures', async (req, reply) => {
    const b = body(req);
    const kind = taskKind(b['kind']);
    const errorCode =
      typeof b['errorCode'] === 'string' && b['errorCode'] !== '' ? b['errorCode'] : 'SIMULATED_TASK_FAILURE';
    const message =
      typeof b['message'] === 'string' ? b['message'] : `The ${kind} task failed (${errorCode}).`;
    sim.faults.taskFailures.push({
      kind,
      remaining: count(b),
      errorCode,
      message,
      hardwareAttributable: typeof b['hardwareAttributable'] === 'boolean' ? b['hardwareAttributable'] : null,
    });
    return sendJson(reply, 201, sim.faults.snapshot());
  });

  app.post('/_sim/faults/slow-tasks', async (req, reply) => {
    const b = body(req);
    const kind = b['kind'] === undefined || b['kind'] === 'any' ? 'any' : taskKind(b['kind']);
    const factor = b['factor'] ?? 10;
    if (typeof factor !== 'number' || !(factor > 0))
      throw httpError(400, 'INVALID_FAULT', 'factor must be a positive number.');
    sim.faults.slowTasks.push({ kind, factor, remaining: b['count'] === undefined ? -1 : count(b) });
    return sendJson(reply, 201, sim.faults.snapshot());
  });

  app.post('/_sim/faults/hardware-failure', async (req, reply) => {
    const b = body(req);
    const ref = b['hardware'];
    if (typeof ref !== 'string' || ref === '')
      throw httpError(
        400,
        'INVALID_FAULT',
        'hardware must name server hardware (URI, name or serial number).',
      );
    const mode = b['mode'] ?? 'critical';
    if (mode !== 'critical' && mode !== 'removed' && mode !== 'repair')
      throw httpError(400, 'INVALID_FAULT', 'mode must be critical, removed or repair.');
    const hw = sim.failHardware(ref, mode);
    return sendJson(reply, 200, { uri: hw.uri, name: hw.name, status: hw.status, mode });
  });

  app.post('/_sim/faults/hardware-failure-during', async (req, reply) => {
    const b = body(req);
    sim.faults.midTaskHardware.push({ kind: taskKind(b['kind'] ?? 'profile-create'), remaining: count(b) });
    return sendJson(reply, 201, sim.faults.snapshot());
  });

  app.post('/_sim/faults/never-register', async (req, reply) => {
    const ref = body(req)['node'];
    if (typeof ref !== 'string' || ref === '')
      throw httpError(
        400,
        'INVALID_FAULT',
        'node must be a node name, profile name, hardware name or hardware URI.',
      );
    sim.faults.neverRegister.add(ref);
    return sendJson(reply, 201, sim.faults.snapshot());
  });

  app.post('/_sim/faults/ilo', async (req, reply) => {
    const b = body(req);
    const fault = b['fault'];
    if (typeof fault !== 'string' || !(ILO_FAULTS as readonly string[]).includes(fault))
      throw httpError(400, 'INVALID_FAULT', `fault must be one of ${ILO_FAULTS.join(', ')}.`);
    const ref = b['hardware'] ?? '*';
    if (typeof ref !== 'string' || ref === '')
      throw httpError(400, 'INVALID_FAULT', 'hardware must name server hardware (URI or name), or be *.');
    sim.faults.ilo[fault as IloFault].add(ref);
    return sendJson(reply, 201, sim.faults.snapshot());
  });

  app.delete('/_sim/faults', async (_req, reply) => {
    sim.faults.clear();
    return reply.code(204).send();
  });
}
