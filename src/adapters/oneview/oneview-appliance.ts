import { createHash } from 'node:crypto';
import { PhoenixError, hasErrorCode } from '../../core/errors/phoenix-error.js';
import { inventoryFingerprint } from '../../core/observed/inventory-fingerprint.js';
import type {
  InventorySnapshot,
  ObservedDeploymentPlan,
  ObservedGoldenImage,
  ObservedHardware,
  ObservedProfile,
} from '../../core/observed/inventory.js';
import type { Logger } from '../../ports/logger.js';
import type {
  Appliance,
  ComposeRequest,
  IloConsole,
  OperationOptions,
  TemplateWrite,
} from '../../ports/appliance.js';
import type { Clock } from '../../ports/clock.js';
import { readCollection } from './collection-reader.js';
import { composeProfileBody } from './compose-profile-body.js';
import type { HttpTransport } from './http-transport.js';
import { sortCollections } from '../../core/observed/snapshot-collections.js';
import type { OneViewSession } from './oneview-session.js';
import {
  parseCompliancePreview,
  parseDeploymentPlan,
  parseEnclosure,
  parseFirmwareBundle,
  parseHardwareType,
  parseGoldenImage,
  parseHardware,
  parseNamed,
  parseProfile,
  parseStreamerPlan,
  parseTemplate,
} from './parse-wire.js';
import type { RequestStats } from './request-stats.js';
import type { RestClient } from './rest-client.js';
import { equalsFilter } from './safe-filter.js';
import { IloVirtualMedia, parseRemoteConsoleUrl } from './ilo-virtual-media.js';
import { templateSections } from './template-wire.js';
import { TaskPoller } from './task-poller.js';
import { taskRefOf, type TaskKind, type TaskPolicy } from './task-waiter.js';
import {
  arrayOf,
  asWireObject,
  isWireObject,
  optionalObject,
  optionalString,
  type WireObject,
} from './wire-fields.js';

/** Resource URIs handed to the adapter must be appliance-relative REST paths. */
const REST_URI = /^\/rest\/[A-Za-z0-9._~:@!$&'()*+,;=%/-]+$/;

export function assertRestUri(uri: string, field: string): void {
  if (!REST_URI.test(uri) || uri.includes('..') || uri.includes('//')) {
    throw new PhoenixError('INTERNAL_INVALID_ARGUMENT', { reason: 'not a OneView resource URI', field, uri });
  }
}

export interface OneViewApplianceParts {
  readonly oneview: RestClient;
  /** Resolves the Image Streamer client (configured or discovered); null when the appliance has none. */
  readonly imageStreamer: (signal?: AbortSignal) => Promise<RestClient | null>;
  readonly session: OneViewSession;
  readonly transport: HttpTransport;
  readonly apiVersion: number;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly pageSize: number;
  readonly taskPolicy: TaskPolicy;
  readonly stats: RequestStats;
}

/**
 * The Appliance port over one OneView and its Image Streamer. Every mutation waits for its task; errors are
 * PhoenixErrors with ONEVIEW_* codes. Also: labels and raw resource reads, used by tools beside the engine.
 */
export class OneViewAppliance implements Appliance {
  readonly apiVersion: number;
  readonly #p: OneViewApplianceParts;
  /** Every task in flight is polled with one request (see TaskPoller), at the policy's first interval. */
  readonly #tasks: TaskPoller;
  #closed = false;

  constructor(parts: OneViewApplianceParts) {
    this.#p = parts;
    this.apiVersion = parts.apiVersion;
    this.#tasks = new TaskPoller(parts.oneview, parts.clock, parts.taskPolicy.poll.initialMs);
  }

  get origin(): string {
    return this.#p.oneview.origin;
  }

  /** Requests sent so far, per path. */
  get stats(): RequestStats {
    return this.#p.stats;
  }

  async readInventory(options: OperationOptions = {}): Promise<InventorySnapshot> {
    const { signal } = options;
    // Members are parsed page by page: only the parsed snapshot outlives a page, not its wire objects.
    const list = <T>(path: string, parse: (member: unknown) => T): Promise<T[]> =>
      readCollection(this.#p.oneview, path, { pageSize: this.#p.pageSize, signal }, parse);
    // Collections an appliance may not have (no Image Streamer, no network sets) read as empty.
    const optional = <T>(path: string, parse: (member: unknown) => T): Promise<T[]> =>
      list(path, parse).catch((error: unknown) => {
        if (hasErrorCode(error, 'ONEVIEW_NOT_FOUND')) return [];
        throw error;
      });
    const [enclosures, enclosureGroups, hardwareTypes, hardware, templates, profiles, osPlans, streamer] =
      await Promise.all([
        list('/rest/enclosures', parseEnclosure),
        list('/rest/enclosure-groups', (e) => parseNamed(e, 'enclosure-group')),
        list('/rest/server-hardware-types', parseHardwareType),
        list('/rest/server-hardware', parseHardware),
        list('/rest/server-profile-templates', parseTemplate),
        list('/rest/server-profiles', parseProfile),
        this.#listOsDeploymentPlans(signal),
        this.#readStreamer(signal),
      ]);
    const [networks, fcNetworks, networkSets, firmwareBundles] = await Promise.all([
      optional('/rest/ethernet-networks', (n) => parseNamed(n, 'ethernet-network')),
      optional('/rest/fc-networks', (n) => parseNamed(n, 'fc-network')),
      optional('/rest/network-sets', (n) => parseNamed(n, 'network-set')),
      optional('/rest/firmware-drivers', parseFirmwareBundle),
    ]);
    const goldenByPlan = new Map(streamer.plans.map((p) => [p.id, p.goldenImageUri] as const));
    const body = sortCollections({
      enclosures,
      enclosureGroups,
      hardwareTypes,
      hardware,
      templates,
      profiles: await this.#withComplianceIssues(profiles, signal),
      deploymentPlans: osPlans.map((p): ObservedDeploymentPlan => parseDeploymentPlan(p, goldenByPlan)),
      goldenImages: streamer.goldenImages,
      networks: [...networks, ...fcNetworks],
      networkSets,
      firmwareBundles,
    });
    return {
      formatVersion: 1,
      appliance: this.#p.oneview.origin,
      apiVersion: this.apiVersion,
      takenAt: new Date(this.#p.clock.now()).toISOString(),
      fingerprint: inventoryFingerprint(body, createHash('sha256')),
      ...body,
    };
  }

  /**
   * Reads compliance-preview for the profiles Phoenix owns that OneView reports NonCompliant (a handful at a
   * time): what differs from their template. Compliant and foreign profiles cost no request.
   */
  async #withComplianceIssues(
    profiles: ObservedProfile[],
    signal: AbortSignal | undefined,
  ): Promise<ObservedProfile[]> {
    const out = [...profiles];
    const pending = out
      .map((p, i) => [p, i] as const)
      .filter(([p]) => p.stamp !== null && p.templateCompliance === 'NonCompliant');
    for (let start = 0; start < pending.length; start += 8) {
      await Promise.all(
        pending.slice(start, start + 8).map(async ([profile, i]) => {
          try {
            const preview = await this.#p.oneview.get(`${profile.uri}/compliance-preview`, signal);
            out[i] = { ...profile, complianceIssues: parseCompliancePreview(preview) };
          } catch (error) {
            if (!hasErrorCode(error, 'ONEVIEW_NOT_FOUND')) throw error;
          }
        }),
      );
    }
    return out;
  }

  async #listOsDeploymentPlans(signal?: AbortSignal): Promise<unknown[]> {
    try {
      return await readCollection(this.#p.oneview, '/rest/os-deployment-plans', {
        pageSize: this.#p.pageSize,
        signal,
      });
    } catch (error) {
      if (hasErrorCode(error, 'ONEVIEW_NOT_FOUND')) return [];
      throw error;
    }
  }

  async #readStreamer(signal?: AbortSignal): Promise<{
    plans: { id: string; goldenImageUri: string | null }[];
    goldenImages: ObservedGoldenImage[];
  }> {
    const client = await this.#p.imageStreamer(signal);
    if (client === null) return { plans: [], goldenImages: [] };
    const opts = { pageSize: this.#p.pageSize, signal };
    const [plans, goldenImages] = await Promise.all([
      readCollection(client, '/rest/deployment-plans', opts, parseStreamerPlan),
      readCollection(client, '/rest/golden-images', opts, parseGoldenImage),
    ]);
    return { plans, goldenImages };
  }

  /** One resource as the appliance sends it; null when it does not exist. */
  async getResource(uri: string, options: OperationOptions = {}): Promise<WireObject | null> {
    assertRestUri(uri, 'uri');
    try {
      return asWireObject(await this.#p.oneview.get(uri, options.signal), uri);
    } catch (error) {
      if (hasErrorCode(error, 'ONEVIEW_NOT_FOUND')) return null;
      throw error;
    }
  }

  async getHardware(uri: string, options: OperationOptions = {}): Promise<ObservedHardware | null> {
    const body = await this.getResource(uri, options);
    return body === null ? null : parseHardware(body);
  }

  async getProfile(uri: string, options: OperationOptions = {}): Promise<ObservedProfile | null> {
    const body = await this.getResource(uri, options);
    return body === null ? null : parseProfile(body);
  }

  async findProfileByName(name: string, options: OperationOptions = {}): Promise<ObservedProfile | null> {
    const members = await readCollection(this.#p.oneview, '/rest/server-profiles', {
      filters: [equalsFilter('name', name)],
      pageSize: 16,
      signal: options.signal,
    });
    // OneView compares names case-insensitively; a profile is this node's only when the name is identical.
    const exact = members.map(parseProfile).filter((p) => p.name === name);
    return exact[0] ?? null;
  }

  async composeProfile(request: ComposeRequest, options: OperationOptions = {}): Promise<ObservedProfile> {
    assertRestUri(request.templateUri, 'templateUri');
    assertRestUri(request.hardwareUri, 'hardwareUri');
    if (request.deploymentPlanUri !== null) assertRestUri(request.deploymentPlanUri, 'deploymentPlanUri');
    const { signal } = options;
    const newProfile = asWireObject(
      await this.#p.oneview.get(`${request.templateUri}/new-profile`, signal),
      'new-profile',
    );
    const body = composeProfileBody(newProfile, request);
    const task = await this.#mutate(
      'POST',
      '/rest/server-profiles',
      body,
      'compose profile',
      'profileCreate',
      signal,
    );
    const created =
      task === null ? null : optionalString(optionalObject(task, 'associatedResource'), 'resourceUri');
    const profile =
      created !== null
        ? await this.getProfile(created, options)
        : await this.findProfileByName(request.name, options);
    if (profile === null)
      throw new PhoenixError('ONEVIEW_BAD_RESPONSE', {
        what: 'compose profile',
        reason: 'the created profile cannot be found',
        name: request.name,
      });
    this.#p.logger.info(
      { profile: profile.name, profileUri: profile.uri, hardwareUri: request.hardwareUri },
      'oneview profile composed',
    );
    return profile;
  }

  async deleteProfile(
    uri: string,
    options: OperationOptions & { readonly force?: boolean; readonly eTag?: string } = {},
  ): Promise<void> {
    assertRestUri(uri, 'uri');
    const path = options.force ? `${uri}?force=true` : uri;
    try {
      await this.#mutate('DELETE', path, undefined, 'delete profile', 'profileDelete', options.signal, {
        'if-match': options.eTag ?? '*',
      });
    } catch (error) {
      if (hasErrorCode(error, 'ONEVIEW_NOT_FOUND') && error.details['path'] === uri) {
        this.#p.logger.info({ profileUri: uri }, 'oneview profile already deleted');
        return;
      }
      throw error;
    }
    this.#p.logger.info({ profileUri: uri }, 'oneview profile deleted');
  }

  async createTemplate(request: TemplateWrite, options: OperationOptions = {}): Promise<string> {
    const body = {
      type: 'ServerProfileTemplateV8',
      name: request.name,
      description: request.description,
      serverProfileDescription: '',
      ...templateSections(request.content),
    };
    const task = await this.#mutate(
      'POST',
      '/rest/server-profile-templates',
      body,
      'create template',
      'other',
      options.signal,
    );
    const uri =
      task === null ? null : optionalString(optionalObject(task, 'associatedResource'), 'resourceUri');
    const found =
      uri ??
      (
        await readCollection(this.#p.oneview, '/rest/server-profile-templates', {
          filters: [equalsFilter('name', request.name)],
          pageSize: 16,
          signal: options.signal,
        })
      )
        .filter(isWireObject)
        .find((t) => optionalString(t, 'name') === request.name)?.['uri'];
    if (typeof found !== 'string')
      throw new PhoenixError('ONEVIEW_BAD_RESPONSE', {
        what: 'create template',
        reason: 'the created template cannot be found',
        name: request.name,
      });
    this.#p.logger.info({ template: request.name, templateUri: found }, 'oneview template created');
    return found;
  }

  async updateTemplate(
    uri: string,
    request: TemplateWrite,
    eTag: string,
    options: OperationOptions = {},
  ): Promise<void> {
    assertRestUri(uri, 'uri');
    const current = asWireObject(await this.#p.oneview.get(uri, options.signal), uri);
    const body = {
      ...current,
      name: request.name,
      description: request.description,
      ...templateSections(request.content),
      eTag,
    };
    await this.#mutate('PUT', uri, body, 'update template', 'other', options.signal, { 'if-match': eTag });
    this.#p.logger.info({ template: request.name, templateUri: uri }, 'oneview template updated');
  }

  async deleteTemplate(uri: string, eTag: string, options: OperationOptions = {}): Promise<void> {
    assertRestUri(uri, 'uri');
    try {
      await this.#mutate('DELETE', uri, undefined, 'delete template', 'other', options.signal, {
        'if-match': eTag,
      });
    } catch (error) {
      if (hasErrorCode(error, 'ONEVIEW_NOT_FOUND') && error.details['path'] === uri) return;
      throw error;
    }
    this.#p.logger.info({ templateUri: uri }, 'oneview template deleted');
  }

  async iloConsole(hardwareUri: string, options: OperationOptions = {}): Promise<IloConsole> {
    assertRestUri(hardwareUri, 'hardwareUri');
    const body = await this.#p.oneview.get(`${hardwareUri}/remoteConsoleUrl`, options.signal);
    return new IloVirtualMedia(this.#p.transport, parseRemoteConsoleUrl(body), hardwareUri);
  }

  async powerOn(
    hardwareUri: string,
    options: OperationOptions & { readonly powerState?: string } = {},
  ): Promise<void> {
    await this.#setPower(hardwareUri, 'On', 'MomentaryPress', options);
  }

  async powerOff(
    hardwareUri: string,
    options: OperationOptions & { readonly graceful?: boolean; readonly powerState?: string } = {},
  ): Promise<void> {
    await this.#setPower(hardwareUri, 'Off', options.graceful ? 'MomentaryPress' : 'PressAndHold', options);
  }

  /** Sets the power state unless the server is in it already: as the caller just read it, or as read now. */
  async #setPower(
    hardwareUri: string,
    powerState: 'On' | 'Off',
    powerControl: string,
    options: OperationOptions & { readonly powerState?: string },
  ): Promise<void> {
    assertRestUri(hardwareUri, 'hardwareUri');
    const { signal } = options;
    let current = options.powerState;
    if (current === undefined) {
      const hardware = await this.getHardware(hardwareUri, signal ? { signal } : {});
      if (hardware === null)
        throw new PhoenixError('ONEVIEW_NOT_FOUND', { what: 'server-hardware', uri: hardwareUri });
      current = hardware.powerState;
    }
    if (current === powerState) return;
    await this.#mutate(
      'PUT',
      `${hardwareUri}/powerState`,
      { powerState, powerControl },
      `power ${powerState.toLowerCase()}`,
      'power',
      signal,
    );
    this.#p.logger.info({ hardwareUri, powerState, powerControl }, 'oneview power state set');
  }

  /** Label names on a resource (empty when it has none). */
  async getLabels(resourceUri: string, options: OperationOptions = {}): Promise<string[]> {
    assertRestUri(resourceUri, 'resourceUri');
    const body = await this.getResource(`/rest/labels/resources${resourceUri}`, options);
    return body === null ? [] : labelNames(body);
  }

  /** Adds labels to a resource; returns the labels it then carries. */
  async addLabels(
    resourceUri: string,
    names: readonly string[],
    options: OperationOptions = {},
  ): Promise<string[]> {
    assertRestUri(resourceUri, 'resourceUri');
    const res = await this.#p.oneview.call('POST', '/rest/labels/resources', {
      body: { resourceUri, labels: names.map((name) => ({ name })) },
      signal: options.signal,
    });
    const ref = taskRefOf(res);
    if (ref !== null && ref.task !== null) {
      await this.#tasks.wait(ref, this.#waitOptions('add labels', 'other', options.signal));
      return this.getLabels(resourceUri, options);
    }
    return isWireObject(res.body) ? labelNames(res.body) : this.getLabels(resourceUri, options);
  }

  /** Sends a mutation and waits for its task; returns the final task (null for a synchronous answer). */
  async #mutate(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    operation: string,
    kind: TaskKind,
    signal: AbortSignal | undefined,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<WireObject | null> {
    if (this.#closed)
      throw new PhoenixError('ONEVIEW_CANCELLED', { reason: 'the appliance connection is closed' });
    const res = await this.#p.oneview.call(method, path, {
      ...(body !== undefined ? { body } : {}),
      headers,
      signal,
    });
    const ref = taskRefOf(res);
    if (ref === null) return null;
    return this.#tasks.wait(ref, this.#waitOptions(operation, kind, signal));
  }

  #waitOptions(operation: string, kind: TaskKind, signal: AbortSignal | undefined) {
    return {
      operation,
      kind,
      policy: this.#p.taskPolicy,
      clock: this.#p.clock,
      logger: this.#p.logger,
      signal,
    };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#p.session.close();
    await this.#p.transport.close();
  }
}

function labelNames(body: WireObject): string[] {
  return arrayOf(body, 'labels')
    .map((l) => (typeof l === 'string' ? l : isWireObject(l) ? optionalString(l, 'name') : null))
    .filter((n): n is string => n !== null);
}
