import type { CheckFailure, CheckResult, CheckTarget, ProbeOptions } from '../../ports/checks.js';
import { deadlineSignal } from '../clock/index.js';
import { networkFailure, throwIfCallerAborted } from './attempt-signal.js';

export interface ConsulConnection {
  /** Base URL of the Consul HTTP API, ending with a slash; null when none is configured. */
  readonly address: URL | null;
  /** ACL token sent as X-Consul-Token; never logged, never put into a result. */
  readonly token: string | null;
}

interface Failed {
  readonly failure: CheckFailure;
  readonly detail: string;
}

type Outcome = { readonly passed: true; readonly detail: string } | ({ readonly passed: false } & Failed);

type Answer = { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly result: Failed };

async function getJson(
  connection: ConsulConnection & { readonly address: URL },
  path: string,
  signal: AbortSignal,
  callerSignal: AbortSignal | undefined,
): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (connection.token !== null) headers['x-consul-token'] = connection.token;
  let response: Response;
  try {
    response = await fetch(new URL(path, connection.address), { headers, signal, redirect: 'error' });
  } catch (error) {
    throwIfCallerAborted(callerSignal);
    return { ok: false, result: networkFailure(error) };
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, result: { failure: 'consul-error', detail: `Consul answered ${response.status}` } };
  }
  try {
    return { ok: true, body: await response.json() };
  } catch {
    throwIfCallerAborted(callerSignal);
    if (signal.aborted)
      return { ok: false, result: { failure: 'timeout', detail: 'Consul answer cut short' } };
    return { ok: false, result: { failure: 'consul-error', detail: 'Consul answered with invalid JSON' } };
  }
}

const invalid: Failed = { failure: 'consul-error', detail: 'Consul answer has an unexpected shape' };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Node registered in the catalog and every node-level check (serfHealth and the like) passing. */
async function probeNode(
  connection: ConsulConnection & { readonly address: URL },
  node: string,
  signal: AbortSignal,
  callerSignal: AbortSignal | undefined,
): Promise<Outcome> {
  const name = encodeURIComponent(node);
  const catalog = await getJson(connection, `v1/catalog/node/${name}`, signal, callerSignal);
  if (!catalog.ok) return { passed: false, ...catalog.result };
  if (catalog.body === null)
    return { passed: false, failure: 'not-registered', detail: 'not in the catalog' };
  if (!isObject(catalog.body) || !isObject(catalog.body['Node'])) return { passed: false, ...invalid };
  const health = await getJson(connection, `v1/health/node/${name}`, signal, callerSignal);
  if (!health.ok) return { passed: false, ...health.result };
  if (!Array.isArray(health.body) || !health.body.every(isObject)) return { passed: false, ...invalid };
  const nodeChecks = health.body.filter((c) => c['ServiceID'] === '' || c['ServiceID'] === undefined);
  const failing = nodeChecks.filter((c) => c['Status'] !== 'passing');
  if (failing.length > 0) {
    const names = failing.map((c) => `${String(c['CheckID'])}=${String(c['Status'])}`).join(', ');
    return { passed: false, failure: 'node-check-failing', detail: names };
  }
  return { passed: true, detail: `registered, ${nodeChecks.length} node checks passing` };
}

/** A passing instance of the service on that node (every check of the instance, node checks included). */
async function probeService(
  connection: ConsulConnection & { readonly address: URL },
  node: string,
  service: string,
  signal: AbortSignal,
  callerSignal: AbortSignal | undefined,
): Promise<Outcome> {
  const filter = `Node.Node == "${node.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const path = `v1/health/service/${encodeURIComponent(service)}?passing=true&filter=${encodeURIComponent(filter)}`;
  const answer = await getJson(connection, path, signal, callerSignal);
  if (!answer.ok) return { passed: false, ...answer.result };
  if (!Array.isArray(answer.body) || !answer.body.every(isObject)) return { passed: false, ...invalid };
  const onNode = answer.body.filter((entry) => isObject(entry['Node']) && entry['Node']['Node'] === node);
  if (onNode.length === 0)
    return { passed: false, failure: 'service-not-passing', detail: `no passing ${service} on the node` };
  return { passed: true, detail: `${service} passing` };
}

/**
 * The consul check: without a service, the node (by its Consul node name) is in the catalog and its node checks
 * pass (`/v1/catalog/node/:node`, `/v1/health/node/:node`); with one, that service passes on that node
 * (`/v1/health/service/:service?passing`).
 */
export async function probeConsul(
  target: CheckTarget,
  check: { readonly name: string; readonly service: string | null },
  connection: ConsulConnection,
  options: ProbeOptions,
): Promise<CheckResult> {
  throwIfCallerAborted(options.signal);
  const { address } = connection;
  if (address === null)
    return {
      check: check.name,
      passed: false,
      failure: 'misconfigured',
      detail: 'no Consul address (Site consul.url or CONSUL_HTTP_ADDR)',
    };
  const deadline = deadlineSignal(options.timeoutMs, options.signal);
  const withAddress = { ...connection, address };
  try {
    const { signal } = deadline;
    const result =
      check.service === null
        ? await probeNode(withAddress, target.consulNodeName, signal, options.signal)
        : await probeService(withAddress, target.consulNodeName, check.service, signal, options.signal);
    return { check: check.name, ...result };
  } finally {
    deadline.dispose();
  }
}
