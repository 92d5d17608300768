import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IloState, MediaSlot } from '../state/ilo-state.js';
import { BOOT_ENABLED, BOOT_TARGETS, type BootEnabled, type BootTarget } from '../state/ilo-state.js';
import type { SimAppliance } from '../state/sim-appliance.js';
import type { HardwareWire } from '../state/wire-types.js';
import { sendJson } from './http-listener.js';

const V1 = '/redfish/v1';

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The iLO a request reached: the one bound to the local address the connection came in on. */
export function iloOf(sim: SimAppliance, req: FastifyRequest): IloState | undefined {
  const local = (req.socket.localAddress ?? '').replace(/^::ffff:/, '');
  return sim.ilosByAddress.get(local);
}

/** An iLO error: `error.@Message.ExtendedInfo` with a Redfish MessageId, as iLO 5 answers. */
function redfishError(reply: FastifyReply, status: number, messageId: string, message: string): FastifyReply {
  return sendJson(reply, status, {
    error: {
      code: 'iLO.0.10.ExtendedInfo',
      message: 'See @Message.ExtendedInfo for more information.',
      '@Message.ExtendedInfo': [{ MessageId: messageId, Message: message }],
    },
  });
}

function success(reply: FastifyReply): FastifyReply {
  return sendJson(reply, 200, {
    error: {
      code: 'iLO.0.10.ExtendedInfo',
      message: 'See @Message.ExtendedInfo for more information.',
      '@Message.ExtendedInfo': [{ MessageId: 'Base.1.4.Success' }],
    },
  });
}

function mediaWire(slot: MediaSlot): Record<string, unknown> {
  const id = `${V1}/Managers/1/VirtualMedia/${slot.id}/`;
  return {
    '@odata.context': `${V1}/$metadata#VirtualMedia.VirtualMedia`,
    '@odata.id': id,
    '@odata.type': '#VirtualMedia.v1_2_0.VirtualMedia',
    Id: slot.id,
    Name: 'Virtual Removable Media',
    Description: 'Virtual Removable Media',
    MediaTypes: slot.kind === 'CD' ? ['CD', 'DVD'] : ['Floppy', 'USBStick'],
    Image: slot.image ?? '',
    ImageName: slot.image ? slot.image.slice(slot.image.lastIndexOf('/') + 1) : '',
    Inserted: slot.inserted,
    WriteProtected: slot.writeProtected,
    ConnectedVia: slot.inserted ? 'URI' : 'NotConnected',
    Actions: {
      '#VirtualMedia.EjectMedia': { target: `${id}Actions/VirtualMedia.EjectMedia/` },
      '#VirtualMedia.InsertMedia': { target: `${id}Actions/VirtualMedia.InsertMedia/` },
    },
    Oem: {
      Hpe: {
        '@odata.type': '#HpeiLOVirtualMedia.v2_2_0.HpeiLOVirtualMedia',
        BootOnNextServerReset: slot.bootOnNextServerReset,
      },
    },
  };
}

function systemWire(ilo: IloState, hw: HardwareWire): Record<string, unknown> {
  const power = hw.powerState === 'On' || hw.powerState === 'PoweringOff' ? 'On' : 'Off';
  return {
    '@odata.context': `${V1}/$metadata#ComputerSystem.ComputerSystem`,
    '@odata.id': `${V1}/Systems/1/`,
    '@odata.type': '#ComputerSystem.v1_10_0.ComputerSystem',
    Id: '1',
    Name: 'Computer System',
    Manufacturer: 'HPE',
    Model: text(hw['model']),
    SerialNumber: text(hw['serialNumber']),
    UUID: text(hw['uuid']),
    HostName: ilo.installedFqdn ?? '',
    PowerState: power,
    Status: {
      Health: hw.status === 'Critical' ? 'Critical' : hw.status === 'Warning' ? 'Warning' : 'OK',
      State: 'Enabled',
    },
    Boot: {
      BootSourceOverrideEnabled: ilo.boot.enabled,
      BootSourceOverrideMode: ilo.boot.mode,
      BootSourceOverrideTarget: ilo.boot.target,
      'BootSourceOverrideTarget@Redfish.AllowableValues': [...BOOT_TARGETS],
      UefiTargetBootSourceOverride: 'None',
    },
    Actions: {
      '#ComputerSystem.Reset': {
        target: `${V1}/Systems/1/Actions/ComputerSystem.Reset/`,
        'ResetType@Redfish.AllowableValues': [
          'On',
          'ForceOff',
          'GracefulShutdown',
          'ForceRestart',
          'PushPowerButton',
        ],
      },
    },
  };
}

const collection = (id: string, type: string, name: string, members: string[]): Record<string, unknown> => ({
  '@odata.context': `${V1}/$metadata#${type}`,
  '@odata.id': id,
  '@odata.type': `#${type}`,
  Name: name,
  'Members@odata.count': members.length,
  Members: members.map((m) => ({ '@odata.id': m })),
});

/**
 * The Redfish service of every server's iLO (iLO 5 shapes): service root, sessions (`X-Auth-Token`), the computer
 * system with its boot override, the manager's virtual media slots with InsertMedia / EjectMedia and the PATCH
 * form older iLOs accept. The request's local address says which server's iLO answers.
 */
export function registerRedfishRoutes(
  app: FastifyInstance,
  sim: SimAppliance,
  login: { username: string; password: string },
): void {
  app.addHook('onRequest', async (req, reply) => {
    const ilo = iloOf(sim, req);
    if (!ilo)
      return redfishError(reply, 404, 'Base.1.4.ResourceMissingAtURI', 'No iLO answers at this address.');
    const path = req.url.split('?')[0]!.replace(/\/+$/, '');
    const open =
      path === V1 ||
      path === '/redfish' ||
      (path === `${V1}/SessionService/Sessions` && req.method === 'POST');
    if (open) return;
    const token = req.headers['x-auth-token'];
    if (typeof token !== 'string' || !ilo.sessions.has(token))
      return redfishError(
        reply,
        401,
        'Base.1.4.NoValidSession',
        'There is no valid session established with the implementation.',
      );
    return;
  });
  const ilo = (req: FastifyRequest): IloState => iloOf(sim, req)!;
  const hardware = (req: FastifyRequest): HardwareWire | undefined =>
    sim.state.hardware.get(ilo(req).hardwareUri);

  app.get('/redfish', async (_req, reply) => sendJson(reply, 200, { v1: `${V1}/` }));
  app.get(V1, async (req, reply) =>
    sendJson(reply, 200, {
      '@odata.context': `${V1}/$metadata#ServiceRoot.ServiceRoot`,
      '@odata.id': `${V1}/`,
      '@odata.type': '#ServiceRoot.v1_5_1.ServiceRoot',
      Id: 'RootService',
      Name: 'HPE RESTful Root Service',
      RedfishVersion: '1.6.0',
      UUID: text(hardware(req)?.['uuid']),
      Systems: { '@odata.id': `${V1}/Systems/` },
      Managers: { '@odata.id': `${V1}/Managers/` },
      SessionService: { '@odata.id': `${V1}/SessionService/` },
      Links: { Sessions: { '@odata.id': `${V1}/SessionService/Sessions/` } },
      Oem: { Hpe: { Manager: [{ ManagerType: 'iLO 5', ManagerFirmwareVersion: '2.72' }] } },
    }),
  );

  app.post(`${V1}/SessionService/Sessions`, async (req, reply) => {
    const b = (req.body ?? {}) as { UserName?: unknown; Password?: unknown };
    if (b.UserName !== login.username || b.Password !== login.password)
      return redfishError(
        reply,
        401,
        'Base.1.4.NoValidSession',
        'Login failed: the user name or password is not valid.',
      );
    const token = ilo(req).newSession('login', login.username, sim.clock.iso());
    const location = `${V1}/SessionService/Sessions/${token.slice(0, 16)}/`;
    return sendJson(
      reply,
      201,
      { '@odata.id': location, Id: token.slice(0, 16), UserName: login.username },
      {
        'X-Auth-Token': token,
        Location: location,
      },
    );
  });
  app.get(`${V1}/SessionService/Sessions`, async (req, reply) =>
    sendJson(
      reply,
      200,
      collection(
        `${V1}/SessionService/Sessions/`,
        'SessionCollection.SessionCollection',
        'Sessions',
        [...ilo(req).sessions.keys()].map((t) => `${V1}/SessionService/Sessions/${t.slice(0, 16)}/`),
      ),
    ),
  );
  app.delete(`${V1}/SessionService/Sessions/:id`, async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const sessions = ilo(req).sessions;
    const token = [...sessions.keys()].find((t) => t.startsWith(id) && id.length >= 16);
    if (!token) return redfishError(reply, 404, 'Base.1.4.ResourceMissingAtURI', 'No such session.');
    sessions.delete(token);
    return success(reply);
  });

  app.get(`${V1}/Systems`, async (_req, reply) =>
    sendJson(
      reply,
      200,
      collection(`${V1}/Systems/`, 'ComputerSystemCollection.ComputerSystemCollection', 'Computer Systems', [
        `${V1}/Systems/1/`,
      ]),
    ),
  );
  app.get(`${V1}/Systems/1`, async (req, reply) => {
    const hw = hardware(req);
    if (!hw)
      return redfishError(reply, 503, 'Base.1.4.ServiceTemporarilyUnavailable', 'The server is not present.');
    return sendJson(reply, 200, systemWire(ilo(req), hw));
  });
  app.patch(`${V1}/Systems/1`, async (req, reply) => {
    const boot = ((req.body ?? {}) as { Boot?: Record<string, unknown> }).Boot;
    if (!boot || typeof boot !== 'object')
      return redfishError(
        reply,
        400,
        'Base.1.4.PropertyUnknown',
        'Only the Boot override properties can be changed.',
      );
    const target = boot['BootSourceOverrideTarget'];
    const enabled = boot['BootSourceOverrideEnabled'];
    const mode = boot['BootSourceOverrideMode'];
    if (target !== undefined && !BOOT_TARGETS.includes(target as BootTarget))
      return redfishError(
        reply,
        400,
        'Base.1.4.PropertyValueNotInList',
        `BootSourceOverrideTarget must be one of ${BOOT_TARGETS.join(', ')}.`,
      );
    if (enabled !== undefined && !BOOT_ENABLED.includes(enabled as BootEnabled))
      return redfishError(
        reply,
        400,
        'Base.1.4.PropertyValueNotInList',
        `BootSourceOverrideEnabled must be one of ${BOOT_ENABLED.join(', ')}.`,
      );
    if (mode !== undefined && mode !== 'UEFI' && mode !== 'Legacy')
      return redfishError(
        reply,
        400,
        'Base.1.4.PropertyValueNotInList',
        'BootSourceOverrideMode must be UEFI or Legacy.',
      );
    const s = ilo(req);
    s.boot = {
      target: (target as BootTarget | undefined) ?? s.boot.target,
      enabled:
        (enabled as BootEnabled | undefined) ??
        (target !== undefined && target !== 'None' ? 'Once' : s.boot.enabled),
      mode: mode ?? s.boot.mode,
    };
    if (s.boot.target === 'None') s.boot.enabled = 'Disabled';
    sim.noteChange();
    return success(reply);
  });
  app.post(`${V1}/Systems/1/Actions/ComputerSystem.Reset`, async (req, reply) => {
    const hw = hardware(req);
    const type = ((req.body ?? {}) as { ResetType?: unknown }).ResetType;
    if (!hw)
      return redfishError(reply, 503, 'Base.1.4.ServiceTemporarilyUnavailable', 'The server is not present.');
    const request =
      type === 'On' || (type === 'PushPowerButton' && hw.powerState === 'Off')
        ? { powerState: 'On', powerControl: 'MomentaryPress' }
        : type === 'ForceOff' || type === 'PushPowerButton'
          ? { powerState: 'Off', powerControl: 'PressAndHold' }
          : type === 'GracefulShutdown'
            ? { powerState: 'Off', powerControl: 'MomentaryPress' }
            : type === 'ForceRestart'
              ? { powerState: 'On', powerControl: 'ColdBoot' }
              : null;
    if (!request)
      return redfishError(
        reply,
        400,
        'Base.1.4.ActionParameterValueNotInList',
        'ResetType is not supported.',
      );
    try {
      sim.setPower(hw.uri, request, 'ilo');
    } catch {
      return redfishError(
        reply,
        400,
        'iLO.2.15.InvalidOperationForSystemState',
        'The server cannot do this in its current power state.',
      );
    }
    return success(reply);
  });

  app.get(`${V1}/Managers`, async (_req, reply) =>
    sendJson(
      reply,
      200,
      collection(`${V1}/Managers/`, 'ManagerCollection.ManagerCollection', 'Managers', [`${V1}/Managers/1/`]),
    ),
  );
  app.get(`${V1}/Managers/1`, async (req, reply) =>
    sendJson(reply, 200, {
      '@odata.id': `${V1}/Managers/1/`,
      '@odata.type': '#Manager.v1_5_1.Manager',
      Id: '1',
      Name: 'Manager',
      ManagerType: 'BMC',
      Model: 'iLO 5',
      FirmwareVersion: 'iLO 5 v2.72',
      VirtualMedia: { '@odata.id': `${V1}/Managers/1/VirtualMedia/` },
      Oem: { Hpe: { HostName: ilo(req).address } },
    }),
  );
  app.get(`${V1}/Managers/1/VirtualMedia`, async (_req, reply) =>
    sendJson(
      reply,
      200,
      collection(
        `${V1}/Managers/1/VirtualMedia/`,
        'VirtualMediaCollection.VirtualMediaCollection',
        'Virtual Media Services',
        ['1', '2'].map((n) => `${V1}/Managers/1/VirtualMedia/${n}/`),
      ),
    ),
  );
  const slotOf = (req: FastifyRequest, reply: FastifyReply): MediaSlot | null => {
    const slot = ilo(req).slot((req.params as { slot: string }).slot);
    if (!slot) void redfishError(reply, 404, 'Base.1.4.ResourceMissingAtURI', 'No such virtual media slot.');
    return slot ?? null;
  };
  app.get(`${V1}/Managers/1/VirtualMedia/:slot`, async (req, reply) => {
    const slot = slotOf(req, reply);
    return slot ? sendJson(reply, 200, mediaWire(slot)) : reply;
  });
  const insert = (
    req: FastifyRequest,
    reply: FastifyReply,
    slot: MediaSlot,
    image: unknown,
    writeProtected: unknown,
  ): FastifyReply => {
    const hw = hardware(req);
    if (typeof image !== 'string' || !/^https?:\/\//i.test(image))
      return redfishError(
        reply,
        400,
        'Base.1.4.ActionParameterValueFormatError',
        'Image must be an HTTP or HTTPS URL.',
      );
    if (slot.inserted)
      return redfishError(
        reply,
        400,
        'iLO.2.15.MediaAlreadyInserted',
        'Virtual media is already inserted; eject it first.',
      );
    if (hw && sim.faults.isIloFault('insert-media', hw.uri, hw.name))
      return redfishError(
        reply,
        500,
        'iLO.2.15.UnableToConnectToMediaImage',
        'The virtual media image could not be connected (injected fault).',
      );
    slot.image = image;
    slot.inserted = true;
    slot.writeProtected = writeProtected !== false;
    sim.noteChange();
    return success(reply);
  };
  const eject = (reply: FastifyReply, slot: MediaSlot): FastifyReply => {
    if (!slot.inserted)
      return redfishError(reply, 400, 'iLO.2.15.NoMediaInserted', 'No virtual media is inserted.');
    slot.image = null;
    slot.inserted = false;
    slot.bootOnNextServerReset = false;
    sim.noteChange();
    return success(reply);
  };
  app.post(`${V1}/Managers/1/VirtualMedia/:slot/Actions/VirtualMedia.InsertMedia`, async (req, reply) => {
    const slot = slotOf(req, reply);
    if (!slot) return reply;
    const b = (req.body ?? {}) as { Image?: unknown; WriteProtected?: unknown; Inserted?: unknown };
    return insert(req, reply, slot, b.Image, b.WriteProtected);
  });
  app.post(`${V1}/Managers/1/VirtualMedia/:slot/Actions/VirtualMedia.EjectMedia`, async (req, reply) => {
    const slot = slotOf(req, reply);
    return slot ? eject(reply, slot) : reply;
  });
  // Older iLOs: PATCH {"Image": url} inserts, {"Image": null} ejects, Oem.Hp(e).BootOnNextServerReset boots from it once.
  app.patch(`${V1}/Managers/1/VirtualMedia/:slot`, async (req, reply) => {
    const slot = slotOf(req, reply);
    if (!slot) return reply;
    const b = (req.body ?? {}) as {
      Image?: unknown;
      WriteProtected?: unknown;
      Oem?: { Hp?: Record<string, unknown>; Hpe?: Record<string, unknown> };
    };
    if ('Image' in b) {
      const done =
        b.Image === null || b.Image === ''
          ? slot.inserted
            ? eject(reply, slot)
            : success(reply)
          : insert(req, reply, slot, b.Image, b.WriteProtected);
      if (reply.statusCode !== 200) return done;
    }
    const flag = (b.Oem?.Hpe ?? b.Oem?.Hp)?.['BootOnNextServerReset'];
    if (typeof flag === 'boolean') {
      slot.bootOnNextServerReset = flag && slot.inserted;
      sim.noteChange();
    }
    return reply.sent ? reply : success(reply);
  });
}
