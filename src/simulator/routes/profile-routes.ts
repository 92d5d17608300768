import type { FastifyInstance } from 'fastify';
import {
  createProfile,
  deleteProfile,
  deleteProfiles,
  patchProfile,
  updateProfile,
} from '../state/profile-operations.js';
import type { SimAppliance } from '../state/sim-appliance.js';
import {
  createTemplate,
  deleteTemplate,
  templateOrThrow,
  updateTemplate,
} from '../state/template-operations.js';
import { newProfileFromTemplate } from '../state/wire-profile.js';
import { filtersOf, requestOf } from './collection-page.js';
import { matchesFilter } from './filter-expression.js';
import { sendJson } from './http-listener.js';
import { collectionRoutes, header, owner, queryParam, sendTask } from './route-helpers.js';

/** Server profiles and templates (oneview-api.md §8.4, §8.5). */
export function registerProfileRoutes(app: FastifyInstance, sim: SimAppliance): void {
  const s = () => sim.state;
  collectionRoutes(app, sim, '/rest/server-profiles', () => s().profiles, {
    type: 'ServerProfileListV12',
    category: 'server-profiles',
    notFoundCode: 'ProfileNotFoundException',
  });
  collectionRoutes(app, sim, '/rest/server-profile-templates', () => s().templates, {
    type: 'ServerProfileTemplateListV8',
    category: 'server-profile-templates',
    defaultCount: 64,
  });

  const profileUri = (req: { params: unknown }): string =>
    `/rest/server-profiles/${(req.params as { id: string }).id}`;
  const templateUri = (req: { params: unknown }): string =>
    `/rest/server-profile-templates/${(req.params as { id: string }).id}`;

  app.post('/rest/server-profiles', async (req, reply) =>
    sendTask(reply, createProfile(sim, req.body, queryParam(req, 'force'), owner(req))),
  );
  app.put('/rest/server-profiles/:id', async (req, reply) =>
    sendTask(reply, updateProfile(sim, profileUri(req), req.body, header(req, 'if-match'), owner(req))),
  );
  app.patch('/rest/server-profiles/:id', async (req, reply) =>
    sendTask(reply, patchProfile(sim, profileUri(req), req.body, header(req, 'if-match'), owner(req))),
  );
  app.delete('/rest/server-profiles/:id', async (req, reply) =>
    sendTask(
      reply,
      deleteProfile(sim, profileUri(req), queryParam(req, 'force'), header(req, 'if-match'), owner(req)),
    ),
  );
  app.delete('/rest/server-profiles', async (req, reply) => {
    const filters = filtersOf(requestOf(req.url).search);
    const matches =
      filters.length === 0
        ? []
        : [...s().profiles.values()].filter((p) => filters.every((f) => matchesFilter(f, p)));
    return sendTask(reply, deleteProfiles(sim, matches, queryParam(req, 'force'), owner(req)));
  });
  app.get('/rest/server-profiles/:id/compliance-preview', async (req, reply) => {
    const profile = sim.profileOrThrow(profileUri(req));
    const report = sim.complianceReport(profile);
    return sendJson(reply, 200, {
      type: 'ServerProfileCompliancePreviewV1',
      isOnlineUpdate: report?.isOnlineUpdate ?? true,
      automaticUpdates: report?.automaticUpdates ?? [],
      manualUpdates: report?.manualUpdates ?? [],
      uri: `${profile.uri}/compliance-preview`,
    });
  });

  app.get('/rest/server-profile-templates/:id/new-profile', async (req, reply) =>
    sendJson(reply, 200, newProfileFromTemplate(templateOrThrow(sim, templateUri(req)))),
  );
  app.post('/rest/server-profile-templates', async (req, reply) =>
    sendTask(reply, createTemplate(sim, req.body, owner(req))),
  );
  app.put('/rest/server-profile-templates/:id', async (req, reply) =>
    sendTask(reply, updateTemplate(sim, templateUri(req), req.body, header(req, 'if-match'), owner(req))),
  );
  app.delete('/rest/server-profile-templates/:id', async (req, reply) =>
    sendTask(reply, deleteTemplate(sim, templateUri(req), header(req, 'if-match'), owner(req))),
  );
}
