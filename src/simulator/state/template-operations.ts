import { checkETag } from './etag-check.js';
import { errorBody, httpError } from './error-body.js';
import { guid } from './ids.js';
import { checkServerSettings } from './server-settings-rules.js';
import type { SimAppliance } from './sim-appliance.js';
import { templateBody } from './wire-profile.js';
import { touch, type TaskWire, type TemplateWire } from './wire-types.js';

function validate(sim: SimAppliance, body: unknown, selfUri: string | null): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw httpError(400, 'INVALID_JSON', 'The request body must be a server profile template object.');
  const b = body as Record<string, unknown>;
  const name = b['name'];
  if (typeof name !== 'string' || name.length < 1 || name.length > 255)
    throw httpError(400, 'INVALID_NAME', 'The template name is not valid.', {
      details: 'name must be a string of 1 to 255 characters.',
    });
  for (const t of sim.state.templates.values())
    if (t.name === name && t.uri !== selfUri)
      throw httpError(
        409,
        'DUPLICATE_TEMPLATE_NAME',
        `A server profile template named ${name} already exists.`,
        { errorSource: t.uri },
      );
  const sht = b['serverHardwareTypeUri'];
  if (typeof sht !== 'string' || !sim.state.hardwareTypes.has(sht))
    throw httpError(
      400,
      'INVALID_SERVER_HARDWARE_TYPE_URI',
      'The server hardware type referenced by the template does not exist.',
      { details: String(sht), errorSource: 'serverHardwareTypeUri' },
    );
  const eg = b['enclosureGroupUri'];
  if (eg !== undefined && eg !== null && (typeof eg !== 'string' || !sim.state.enclosureGroups.has(eg)))
    throw httpError(
      400,
      'INVALID_ENCLOSURE_GROUP_URI',
      'The enclosure group referenced by the template does not exist.',
      { details: JSON.stringify(eg), errorSource: 'enclosureGroupUri' },
    );
  const plan = (b['osDeploymentSettings'] as { osDeploymentPlanUri?: unknown } | null | undefined)
    ?.osDeploymentPlanUri;
  if (typeof plan === 'string' && plan !== '' && !sim.state.plans.has(plan))
    throw httpError(
      400,
      'INVALID_OS_DEPLOYMENT_PLAN_URI',
      'The OS deployment plan referenced by the template does not exist.',
      { details: plan, errorSource: 'osDeploymentSettings.osDeploymentPlanUri' },
    );
  checkServerSettings(sim.state, b, sht);
  return b;
}

const CONTROLLED = ['uri', 'category', 'created', 'modified', 'eTag', 'status', 'state', 'scopesUri', 'type'];

export function createTemplate(sim: SimAppliance, body: unknown, owner: string): TaskWire {
  const b = validate(sim, body, null);
  const uri = `/rest/server-profile-templates/${guid()}`;
  const name = b['name'] as string;
  return sim.tasks.start({
    kind: 'template-create',
    name: 'Create',
    owner,
    resource: { uri, category: 'server-profile-templates', name },
    durationMs: sim.durations.templateChange,
    steps: [],
    runningStatus: 'Creating',
    successStatus: `Created server profile template: ${name}.`,
    failureStatus: `Unable to create server profile template: ${name}.`,
    onStart: () => {
      const iso = sim.clock.iso();
      const template: TemplateWire = {
        ...templateBody(Object.fromEntries(Object.entries(b).filter(([k]) => !CONTROLLED.includes(k)))),
        type: 'ServerProfileTemplateV8',
        uri,
        category: 'server-profile-templates',
        name,
        serverHardwareTypeUri: b['serverHardwareTypeUri'] as string,
        enclosureGroupUri: (b['enclosureGroupUri'] as string | null | undefined) ?? null,
        osDeploymentSettings:
          (b['osDeploymentSettings'] as TemplateWire['osDeploymentSettings'] | undefined) ?? null,
        scopesUri: `/rest/scopes/resources${uri}`,
        status: 'OK',
        state: null,
        created: iso,
        modified: iso,
        eTag: `${sim.now()}/1`,
      };
      sim.state.templates.set(uri, template);
    },
    onComplete: () => undefined,
    onFail: (fault) => {
      sim.state.templates.delete(uri);
      return errorBody(fault.errorCode, fault.message);
    },
  });
}

export function updateTemplate(
  sim: SimAppliance,
  uri: string,
  body: unknown,
  ifMatch: string | undefined,
  owner: string,
): TaskWire {
  const template = templateOrThrow(sim, uri);
  const b = validate(sim, body, uri);
  checkETag(template, ifMatch, b['eTag']);
  const name = b['name'] as string;
  return sim.tasks.start({
    kind: 'template-update',
    name: 'Update',
    owner,
    resource: { uri, category: 'server-profile-templates', name },
    durationMs: sim.durations.templateChange,
    steps: [],
    runningStatus: 'Updating',
    successStatus: `Updated server profile template: ${name}.`,
    failureStatus: `Unable to update server profile template: ${template.name}.`,
    onComplete: () => {
      const next = templateBody(
        Object.fromEntries(Object.entries(b).filter(([k]) => !CONTROLLED.includes(k))),
      );
      for (const key of Object.keys(template)) if (!CONTROLLED.includes(key)) delete template[key];
      Object.assign(template, next, { name, serverHardwareTypeUri: b['serverHardwareTypeUri'] as string });
      touch(template, sim.now());
      // Its profiles are checked against what it now says (OneView's consistency validation).
      for (const profile of sim.state.profiles.values())
        if (profile.serverProfileTemplateUri === uri) sim.refreshCompliance(profile);
    },
    onFail: (fault) => errorBody(fault.errorCode, fault.message),
  });
}

export function deleteTemplate(
  sim: SimAppliance,
  uri: string,
  ifMatch: string | undefined,
  owner: string,
): TaskWire {
  const template = templateOrThrow(sim, uri);
  checkETag(template, ifMatch, undefined);
  const users = [...sim.state.profiles.values()].filter((p) => p.serverProfileTemplateUri === uri);
  if (users.length > 0)
    throw httpError(
      409,
      'TEMPLATE_IN_USE',
      `The server profile template ${template.name} cannot be deleted: ${users.length} server profiles use it.`,
      {
        details: users
          .slice(0, 10)
          .map((p) => p.name)
          .join(', '),
        recommendedActions: [
          'Delete the server profiles created from the template, or detach them, then retry.',
        ],
        errorSource: uri,
        data: { profileUris: users.map((p) => p.uri) },
      },
    );
  return sim.tasks.start({
    kind: 'template-delete',
    name: 'Delete',
    owner,
    resource: { uri, category: 'server-profile-templates', name: template.name },
    durationMs: sim.durations.templateChange,
    steps: [],
    runningStatus: 'Deleting',
    successStatus: `Deleted server profile template: ${template.name}.`,
    failureStatus: `Unable to delete server profile template: ${template.name}.`,
    onComplete: () => {
      sim.state.templates.delete(uri);
      sim.state.resourceLabels.delete(uri);
    },
    onFail: (fault) => errorBody(fault.errorCode, fault.message),
  });
}

export function templateOrThrow(sim: SimAppliance, uri: string): TemplateWire {
  const t = sim.state.templates.get(uri);
  if (!t)
    throw httpError(404, 'RESOURCE_NOT_FOUND', 'The server profile template was not found.', {
      details: `Resource not found: ${uri}`,
      errorSource: uri,
    });
  return t;
}
