import type { FastifyInstance } from 'fastify';
import { httpError } from '../state/error-body.js';
import { checkETag } from '../state/etag-check.js';
import type { SimAppliance } from '../state/sim-appliance.js';
import { collectionPage, requestOf } from './collection-page.js';
import { sendJson } from './http-listener.js';
import { collectionRoutes, header, notFoundError, owner, sendTask } from './route-helpers.js';

/** Inventory resources, power and tasks (oneview-api.md §5, §8.1-8.3, §9.2). */
export function registerResourceRoutes(app: FastifyInstance, sim: SimAppliance): void {
  const s = () => sim.state;
  collectionRoutes(app, sim, '/rest/server-hardware', () => s().hardware, {
    type: 'server-hardware-list-12',
    category: 'server-hardware',
  });
  collectionRoutes(app, sim, '/rest/server-hardware-types', () => s().hardwareTypes, {
    type: 'server-hardware-type-list-12',
    category: 'server-hardware-types',
  });
  collectionRoutes(app, sim, '/rest/enclosures', () => s().enclosures, {
    type: 'EnclosureListV300',
    category: 'enclosures',
    defaultCount: 40,
  });
  collectionRoutes(app, sim, '/rest/enclosure-groups', () => s().enclosureGroups, {
    type: 'EnclosureGroupListV300',
    category: 'enclosure-groups',
    defaultCount: 100,
  });
  collectionRoutes(app, sim, '/rest/logical-enclosures', () => s().logicalEnclosures, {
    type: 'LogicalEnclosureListV4',
    category: 'logical-enclosures',
  });
  collectionRoutes(app, sim, '/rest/ethernet-networks', () => s().networks, {
    type: 'NetworkCollectionV4',
    category: 'ethernet-networks',
  });
  collectionRoutes(app, sim, '/rest/network-sets', () => s().networkSets, {
    type: 'NetworkSetCollectionV5',
    category: 'network-sets',
  });
  collectionRoutes(app, sim, '/rest/fc-networks', () => s().fcNetworks, {
    type: 'FcNetworkCollectionV4',
    category: 'fc-networks',
  });
  collectionRoutes(app, sim, '/rest/firmware-drivers', () => s().firmwareBundles, {
    type: 'FirmwareBaselineList',
    category: 'firmware-drivers',
  });
  collectionRoutes(app, sim, '/rest/os-deployment-plans', () => s().osDeploymentPlans, {
    type: 'OsdpList',
    category: 'os-deployment-plans',
  });
  collectionRoutes(app, sim, '/rest/deployment-servers', () => s().deploymentServers, {
    type: 'DeploymentServerListV1',
    category: 'deployment-servers',
  });
  collectionRoutes(app, sim, '/rest/tasks', () => s().tasks, {
    type: 'TaskResourceCollectionV2',
    category: 'tasks',
  });

  const hardwareUri = (id: string): string => `/rest/server-hardware/${id}`;
  app.put('/rest/server-hardware/:id/powerState', async (req, reply) => {
    const uri = hardwareUri((req.params as { id: string }).id);
    const hw = sim.hardwareOrThrow(uri);
    checkETag(hw, header(req, 'if-match'), undefined);
    return sendTask(reply, sim.setPower(uri, req.body, owner(req)));
  });
  // The iLO session OneView hands out (oneview-api.md §8.1): a session key for the server's iLO, usable as the
  // Redfish X-Auth-Token, so no iLO password is needed (HPE's samples read it from remoteConsoleUrl).
  const iloSession = (
    id: string,
    req: { simSession: { userName: string } | null },
  ): { addr: string; key: string } => {
    const hw = sim.hardwareOrThrow(hardwareUri(id));
    const ilo = sim.ilos.get(hw.uri);
    if (!ilo || sim.iloPort === null)
      throw httpError(400, 'ILO_NOT_REACHABLE', `The iLO of ${hw.name} cannot be reached by the appliance.`, {
        errorSource: hw.uri,
        recommendedActions: ['Check the management processor of the server hardware.'],
      });
    return {
      addr: `${ilo.address}:${sim.iloPort}`,
      key: ilo.newSession('sso', req.simSession?.userName ?? 'Administrator', sim.clock.iso()),
    };
  };
  app.get('/rest/server-hardware/:id/remoteConsoleUrl', async (req, reply) => {
    const { addr, key } = iloSession((req.params as { id: string }).id, req);
    return sendJson(reply, 200, { remoteConsoleUrl: `hplocons://addr=${addr}&sessionkey=${key}` });
  });
  app.get('/rest/server-hardware/:id/iloSsoUrl', async (req, reply) => {
    const { addr, key } = iloSession((req.params as { id: string }).id, req);
    const user = req.simSession?.userName ?? 'Administrator';
    return sendJson(reply, 200, {
      iloSsoUrl: `https://${addr}/Proxy/SSO?TKN=${key}&KEY=ssononce&UN=${encodeURIComponent(user)}&UA=4&URL=https://${addr}`,
    });
  });
  app.put('/rest/server-hardware/:id/refreshState', async (req, reply) => {
    const uri = hardwareUri((req.params as { id: string }).id);
    const state = (req.body as { refreshState?: unknown } | undefined)?.refreshState;
    if (state !== 'RefreshPending')
      throw httpError(400, 'INVALID_REFRESH_STATE', 'refreshState must be RefreshPending.');
    return sendTask(reply, sim.refreshHardware(uri, owner(req)));
  });
  app.patch('/rest/server-hardware/:id', async (req, reply) => {
    const uri = hardwareUri((req.params as { id: string }).id);
    const hw = sim.hardwareOrThrow(uri);
    checkETag(hw, header(req, 'if-match'), undefined);
    const ops = Array.isArray(req.body)
      ? (req.body as { op?: string; path?: string; value?: unknown }[])
      : [];
    const op = ops[0];
    if (ops.length === 1 && op?.op === 'replace' && op.path === '/powerState')
      return sendTask(reply, sim.setPower(uri, op.value, owner(req)));
    if (
      ops.length === 1 &&
      op?.op === 'replace' &&
      op.path === '/uidState' &&
      (op.value === 'On' || op.value === 'Off')
    ) {
      hw['uidState'] = op.value;
      return sendTask(
        reply,
        sim.tasks.completed({
          kind: 'hardware-refresh',
          name: 'Update',
          owner: owner(req),
          resource: { uri, category: 'server-hardware', name: hw.name },
          successStatus: `Updated server hardware: ${hw.name}.`,
        }),
      );
    }
    throw httpError(
      400,
      'INVALID_PATCH_OPERATION',
      'Only replace /powerState and /uidState are modelled for server hardware.',
      { details: JSON.stringify(req.body) },
    );
  });

  app.get('/rest/scopes', async (req, reply) =>
    sendJson(
      reply,
      200,
      collectionPage(
        requestOf(req.url),
        [],
        { type: 'ScopeCollectionV3', category: 'scopes' },
        sim.clock.iso(),
      ),
    ),
  );
  app.get('/rest/scopes/resources/*', async (req, reply) => {
    const resourceUri = `/${(req.params as { '*': string })['*']}`.replace(/^\/+/, '/');
    if (!s().resourceByUri(resourceUri)) throw notFoundError(resourceUri);
    return sendJson(reply, 200, {
      type: 'ScopedResource',
      resourceUri,
      scopeUris: [],
      uri: `/rest/scopes/resources${resourceUri}`,
      category: 'scoped-resources',
    });
  });

  app.get('/rest/server-profiles/available-targets', async (req, reply) => {
    const q = requestOf(req.url).search;
    const sht = q.get('serverHardwareTypeUri');
    const eg = q.get('enclosureGroupUri');
    const targets: Record<string, unknown>[] = [];
    for (const hw of s().hardware.values()) {
      if (sht && hw.serverHardwareTypeUri !== sht) continue;
      if (eg && hw.serverGroupUri !== eg) continue;
      if (hw.serverProfileUri || hw.state !== 'NoProfileApplied') continue;
      targets.push({
        serverHardwareUri: hw.uri,
        serverHardwareName: hw.name,
        enclosureUri: hw.locationUri,
        enclosureName: hw.locationUri ? (s().enclosures.get(hw.locationUri)?.name ?? null) : null,
        enclosureBay: hw.position,
        enclosureGroupUri: hw.serverGroupUri,
        serverHardwareTypeUri: hw.serverHardwareTypeUri,
        powerState: hw.powerState,
        formFactor: ['HalfHeight'],
        status: hw.status,
      });
    }
    return sendJson(reply, 200, {
      type: 'AvailableTargetsV3',
      category: 'available-targets',
      targets,
      uri: req.url,
    });
  });
}
