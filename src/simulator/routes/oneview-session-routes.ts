import type { FastifyInstance } from 'fastify';
import { errorBody, httpError } from '../state/error-body.js';
import type { SimAppliance } from '../state/sim-appliance.js';
import { API_VERSION, sendJson } from './http-listener.js';
import { header } from './route-helpers.js';

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** Version discovery and login sessions. */
export function registerSessionRoutes(
  app: FastifyInstance,
  sim: SimAppliance,
  credentials: Credentials,
  versionInfo: { currentVersion: number; minimumVersion: number },
): void {
  app.get('/rest/version', async (_req, reply) => sendJson(reply, 200, versionInfo));

  app.get('/rest/logindetails', async (_req, reply) =>
    sendJson(reply, 200, {
      type: 'LoginDetailsV1',
      defaultLoginDomain: { name: 'LOCAL', uri: null },
      loginDomainsDetailsList: [],
      loginMessage: { message: '', acknowledgment: false },
      allowLocalLogin: true,
    }),
  );

  app.get('/rest/appliance/nodeinfo/version', async (_req, reply) =>
    sendJson(reply, 200, {
      type: 'ApplianceNodeInfoVersionV1',
      category: 'appliance',
      softwareVersion: '6.60.00-0450000',
      major: '6',
      minor: '60',
      revision: '00',
      build: '0450000',
      modelNumber: 'Synergy Composer',
      family: 'Synergy Composer',
      serialNumber: 'SIM0000001',
      uri: '/rest/appliance/nodeinfo/version',
    }),
  );

  app.post('/rest/login-sessions', async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const domain = body['authLoginDomain'];
    if (typeof domain === 'string' && domain !== '' && domain.toLowerCase() !== 'local')
      throw httpError(404, 'AUTHN_AUTH_FAIL_LOGINDOMAINNOTFOUND', 'The login domain was not found.', {
        details: `Unknown login domain: ${domain}`,
      });
    if (body['userName'] !== credentials.username || body['password'] !== credentials.password) {
      throw httpError(400, 'AUTHN_AUTH_FAIL', 'Invalid user name or password.', {
        details: 'Authentication failed for the supplied user name and password.',
        recommendedActions: ['Enter the correct user name and password and try again.'],
      });
    }
    const session = sim.sessions.create(credentials.username);
    return sendJson(reply, 200, { sessionID: session.id, partnerData: {} });
  });

  app.put('/rest/login-sessions', async (req, reply) =>
    sendJson(reply, 200, { sessionID: req.simSession?.id, partnerData: {} }),
  );

  app.delete('/rest/login-sessions', async (req, reply) => {
    if (req.simSession) sim.sessions.delete(req.simSession.id);
    return reply.code(204).send();
  });

  const idleSession = (sessionId: string | undefined) => {
    const session = sim.sessions.find(sessionId);
    if (!session)
      throw httpError(404, 'RESOURCE_NOT_FOUND', 'The session was not found.', {
        details: 'No valid session matches the Session-ID header.',
        recommendedActions: ['Log in again.'],
      });
    return session;
  };

  app.get('/rest/sessions/idle-timeout', async (req, reply) => {
    const session = idleSession(header(req, 'session-id') ?? header(req, 'auth'));
    return sendJson(reply, 200, { idleTimeout: session.idleTimeoutMs });
  });

  app.post('/rest/sessions/idle-timeout', async (req, reply) => {
    const session = idleSession(header(req, 'session-id') ?? header(req, 'auth'));
    const value = (req.body as { idleTimeout?: unknown } | undefined)?.idleTimeout;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 24 * 60 * 60 * 1000)
      return sendJson(
        reply,
        400,
        errorBody(
          'INVALID_IDLE_TIMEOUT',
          'The idle timeout must be a number of milliseconds up to 24 hours.',
        ),
      );
    session.idleTimeoutMs = value;
    sim.sessions.use(session);
    return sendJson(reply, 200, { idleTimeout: value });
  });

  app.get('/rest/sessions', async (req, reply) => {
    const session = req.simSession;
    return sendJson(reply, 200, {
      type: 'SessionV1',
      userName: session?.userName,
      sessionID: session?.id,
      idleTimeout: session?.idleTimeoutMs,
      loginDomain: 'LOCAL',
    });
  });
}

export const PUBLIC_PATHS = [
  '/rest/version',
  '/rest/login-sessions',
  '/rest/logindetails',
  '/rest/appliance/nodeinfo/version',
] as const;
export { API_VERSION };
