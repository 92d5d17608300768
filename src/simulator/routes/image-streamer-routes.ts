import type { FastifyInstance } from 'fastify';
import { checkETag } from '../state/etag-check.js';
import { httpError } from '../state/error-body.js';
import { guid } from '../state/ids.js';
import type { SimAppliance } from '../state/sim-appliance.js';
import { touch, type Wire } from '../state/wire-types.js';
import { sendJson } from './http-listener.js';
import { collectionRoutes, header, notFoundError } from './route-helpers.js';

const I3S_VERSION = { currentVersion: 2020, minimumVersion: 300 };

/** The Image Streamer REST API; authenticated with the OneView session token. */
export function registerImageStreamerRoutes(app: FastifyInstance, sim: SimAppliance): void {
  const s = () => sim.state;
  app.get('/rest/version', async (_req, reply) => sendJson(reply, 200, I3S_VERSION));
  app.get('/rest/sessions/idle-timeout', async (req, reply) => {
    const session = sim.sessions.find(header(req, 'session-id') ?? header(req, 'auth'));
    if (!session) throw notFoundError('/rest/sessions/idle-timeout');
    return sendJson(reply, 200, { idleTimeout: session.idleTimeoutMs });
  });
  collectionRoutes(app, sim, '/rest/deployment-plans', () => s().i3sDeploymentPlans, {
    type: 'OEDeploymentPlanCollectionV5',
    category: 'oe-deployment-plan',
  });
  collectionRoutes(app, sim, '/rest/golden-images', () => s().goldenImages, {
    type: 'GoldenImageCollection',
    category: 'golden-images',
  });
  collectionRoutes(app, sim, '/rest/build-plans', () => s().buildPlans, {
    type: 'OeBuildPlanCollectionV5',
    category: 'oe-build-plans',
  });
  collectionRoutes(app, sim, '/rest/plan-scripts', () => s().planScripts, {
    type: 'PlanScriptCollection',
    category: 'plan-scripts',
  });
  collectionRoutes(app, sim, '/rest/os-volumes', () => s().osVolumes, {
    type: 'OSVolumeCollection',
    category: 'os-volumes',
  });
  collectionRoutes(app, sim, '/rest/artifact-bundles', () => s().artifactBundles, {
    type: 'ArtifactsBundleCollection',
    category: 'artifact-bundles',
  });
  collectionRoutes(app, sim, '/rest/deployment-groups', () => s().deploymentGroups, {
    type: 'DeploymentGroupCollection',
    category: 'deployment-groups',
  });
  collectionRoutes(app, sim, '/rest/tasks', () => new Map<string, Wire>(), {
    type: 'TaskResourceCollectionV2',
    category: 'tasks',
  });

  const validatePlan = (body: unknown): Record<string, unknown> => {
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw httpError(400, 'INVALID_JSON', 'The request body must be a deployment plan object.');
    const b = body as Record<string, unknown>;
    if (typeof b['name'] !== 'string' || b['name'] === '')
      throw httpError(400, 'INVALID_NAME', 'The deployment plan needs a name.');
    const bp = b['oeBuildPlanURI'];
    if (typeof bp !== 'string' || !s().buildPlans.has(bp))
      throw httpError(
        400,
        'INVALID_BUILD_PLAN_URI',
        'The build plan referenced by the deployment plan does not exist.',
        { details: String(bp), errorSource: 'oeBuildPlanURI' },
      );
    const gi = b['goldenImageURI'];
    if (gi !== undefined && gi !== null && gi !== '' && (typeof gi !== 'string' || !s().goldenImages.has(gi)))
      throw httpError(
        400,
        'INVALID_GOLDEN_IMAGE_URI',
        'The golden image referenced by the deployment plan does not exist.',
        { details: JSON.stringify(gi), errorSource: 'goldenImageURI' },
      );
    return b;
  };
  const FIXED = ['uri', 'id', 'category', 'created', 'modified', 'eTag', 'type', 'state', 'status'];

  app.post('/rest/deployment-plans', async (req, reply) => {
    const b = validatePlan(req.body);
    const id = guid();
    const iso = sim.clock.iso();
    const plan: Wire = {
      description: '',
      hpProvided: false,
      customAttributes: [],
      goldenImageURI: null,
      ...Object.fromEntries(Object.entries(b).filter(([k]) => !FIXED.includes(k))),
      type: 'OEDeploymentPlanV5',
      uri: `/rest/deployment-plans/${id}`,
      id,
      category: 'oe-deployment-plan',
      name: b['name'] as string,
      state: 'Active',
      status: 'OK',
      eTag: '1',
      created: iso,
      modified: iso,
    };
    s().i3sDeploymentPlans.set(plan.uri, plan);
    return sendJson(reply, 201, plan, { Location: plan.uri });
  });
  app.put('/rest/deployment-plans/:id', async (req, reply) => {
    const uri = `/rest/deployment-plans/${(req.params as { id: string }).id}`;
    const plan = s().i3sDeploymentPlans.get(uri);
    if (!plan) throw notFoundError(uri);
    const b = validatePlan(req.body);
    checkETag(plan, header(req, 'if-match'), b['eTag']);
    for (const [k, v] of Object.entries(b)) if (!FIXED.includes(k)) plan[k] = v;
    plan.eTag = String(Number(plan.eTag) + 1);
    touch(plan, sim.now(), 'counter');
    plan.eTag = plan.eTag.replace(/^.*\//, '');
    return sendJson(reply, 200, plan);
  });
  app.delete('/rest/deployment-plans/:id', async (req, reply) => {
    const uri = `/rest/deployment-plans/${(req.params as { id: string }).id}`;
    const plan = s().i3sDeploymentPlans.get(uri);
    if (!plan) throw notFoundError(uri);
    checkETag(plan, header(req, 'if-match'), undefined);
    const used = [...s().osDeploymentPlans.values()].some((p) => p['nativePlanUri'] === uri);
    if (used)
      throw httpError(
        409,
        'DEPLOYMENT_PLAN_IN_USE',
        `The deployment plan ${plan.name} is used by OneView and cannot be deleted.`,
        { errorSource: uri },
      );
    s().i3sDeploymentPlans.delete(uri);
    return reply.code(204).send();
  });
}
