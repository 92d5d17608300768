import { DEMO_IMAGE_HOST } from './install-images.js';
import type { SeedSpec } from '../presets/seed-spec.js';
import { ConsulCatalog } from './consul-catalog.js';
import type { Durations } from './durations.js';
import { errorBody, httpError, type ErrorBody } from './error-body.js';
import { Faults, type TaskFailureFault } from './faults.js';
import { guid } from './ids.js';
import { IloState, MAX_ILOS, iloAddress } from './ilo-state.js';
import { RequestLog } from './request-log.js';
import { SessionStore } from './session-store.js';
import { SimClock, type TimerHandle } from './sim-clock.js';
import { buildState, type SimState } from './sim-state.js';
import { TaskRunner } from './task-runner.js';
import { startInstall } from './virtual-media-install.js';
import { compareWithTemplate, complianceOf, type ComplianceReport } from './template-compliance.js';
import { serverAddress } from './wire-hardware.js';
import { WireJsonCache } from './wire-json-cache.js';
import { touch, type HardwareWire, type ProfileWire, type TaskWire, type Wire } from './wire-types.js';

export interface ApplianceConfig {
  readonly durations: Durations;
  /** CA certificates (PEM) an iLO trusts, besides the system's, when it reads virtual media over HTTPS. */
  readonly mediaCaPem?: string;
  readonly imageStreamerHost: string;
  readonly imageStreamerUrl: string;
  readonly datacenter: string;
}

export type PowerControl = 'MomentaryPress' | 'PressAndHold' | 'ColdBoot' | 'Reset';
const POWER_CONTROLS: readonly string[] = ['MomentaryPress', 'PressAndHold', 'ColdBoot', 'Reset'];

/**
 * The simulated appliance: state plus the rules that change it (power and profile state machines, tasks, OS
 * volumes, Consul registration), all driven by the simulated clock. The HTTP layer only translates.
 */
export class SimAppliance {
  readonly clock = new SimClock();
  readonly faults = new Faults();
  readonly sessions = new SessionStore(() => this.clock.now());
  readonly requestLog = new RequestLog();
  readonly consul: ConsulCatalog;
  /** Serialized resources for collection GETs, dropped whenever the state may have changed. */
  readonly wireJson = new WireJsonCache(() => this.stateVersion());
  state!: SimState;
  tasks!: TaskRunner;
  durations: Durations;
  private seedSpec!: SeedSpec;
  private readonly boots = new Map<string, TimerHandle>();
  /** Bumped whenever a server's boot is cancelled or restarted, so an install that outlived it stops. */
  private readonly bootGenerations = new Map<string, number>();
  /** Each server's iLO by hardware URI, and by the loopback address it answers on. */
  readonly ilos = new Map<string, IloState>();
  readonly ilosByAddress = new Map<string, IloState>();
  /** Called after a reseed so the iLO listeners follow the new hardware (set by the simulator's start). */
  afterSeed: (() => Promise<void>) | null = null;
  /** The port the iLOs answer on (null when they are not served). */
  iloPort: number | null = null;
  /** Where the site's image host listens (set by the simulator's start); null when it is not served. */
  imageHostUrl: string | null = null;
  /** Servers whose profile came with the seed: an OS is installed on them, whatever its deployment. */
  private readonly seededOs = new Set<string>();
  private changes = 0;
  private writesInFlight = 0;

  constructor(
    seed: SeedSpec,
    private config: ApplianceConfig,
  ) {
    this.durations = { ...config.durations };
    this.consul = new ConsulCatalog(config.datacenter);
    this.seed(seed);
  }

  /** Replaces the whole state with a new seed (faults cleared, running timers dropped, sessions kept). */
  seed(seed: SeedSpec): void {
    this.changes++;
    this.seedSpec = seed;
    this.clock.clearTimers();
    this.boots.clear();
    this.faults.clear();
    this.consul.clear();
    this.state = buildState(seed, {
      nowMs: this.clock.now(),
      imageStreamerHost: this.config.imageStreamerHost,
      imageStreamerUrl: this.config.imageStreamerUrl,
    });
    this.tasks = new TaskRunner(this.state.tasks, this.clock, this.faults, (uri) =>
      this.failHardware(uri, 'critical'),
    );
    this.ilos.clear();
    this.ilosByAddress.clear();
    this.seededOs.clear();
    for (const [uri, index] of this.state.hardwareIndex)
      if (index < MAX_ILOS) {
        const ilo = new IloState(uri, iloAddress(index));
        this.ilos.set(uri, ilo);
        this.ilosByAddress.set(ilo.address, ilo);
      }
    for (const profile of this.state.profiles.values()) {
      if (profile.serverHardwareUri) this.seededOs.add(profile.serverHardwareUri);
      this.refreshCompliance(profile);
      if (profile.osDeploymentSettings?.osDeploymentPlanUri) this.createOsVolume(profile);
      const hw = profile.serverHardwareUri ? this.state.hardware.get(profile.serverHardwareUri) : undefined;
      if (hw?.powerState === 'On') this.registerInConsul(hw);
    }
  }

  /**
   * The URL an iLO reads for `url`: the demo site's image host name is the simulator's image listener, as the
   * site's management network would resolve it; any other URL is read as it is.
   */
  mediaUrl(url: string): string {
    if (this.imageHostUrl === null) return url;
    try {
      const parsed = new URL(url);
      if (parsed.hostname !== DEMO_IMAGE_HOST) return url;
      return `${this.imageHostUrl}${parsed.pathname}${parsed.search}`;
    } catch {
      return url;
    }
  }

  /** Records where the Image Streamer listens once its port is known (the deployment server reports it). */
  setImageStreamerUrl(url: string): void {
    // host:port, so that clients discovering the Image Streamer through the deployment server reach this listener.
    const address = new URL(url).host;
    this.changes++;
    this.config = { ...this.config, imageStreamerUrl: url, imageStreamerHost: address };
    for (const ds of this.state.deploymentServers.values()) {
      ds['primaryUIUri'] = url;
      ds['primaryIPV4'] = address;
      ds['primaryIP'] = address;
    }
  }

  /**
   * Back to the seeded state: no profiles created since, no tasks, no faults, an empty request log. `blank` is a
   * freshly installed Composer instead: frames, hardware, networks, firmware bundles and deployment plans of the
   * seed, but no template and no profile. The seed itself is kept, so a later plain reset restores them.
   */
  reset(options: { blank?: boolean } = {}): void {
    const seed = this.seedSpec;
    if (options.blank) {
      this.seed({ ...seed, templates: [], profiles: [] });
      this.seedSpec = seed;
    } else this.seed(seed);
    this.requestLog.clear();
  }

  close(): void {
    this.clock.close();
  }

  get mediaCaPem(): string | undefined {
    return this.config.mediaCaPem;
  }

  /** Something changed outside a request or clock callback (an iLO's install after reading its media). */
  noteChange(): void {
    this.changes++;
  }

  now(): number {
    return this.clock.now();
  }

  /** A request that may change the state has begun (any method but GET and HEAD). */
  beginWrite(): void {
    this.writesInFlight++;
    this.changes++;
  }

  /** That request has ended (answered or aborted). */
  endWrite(): void {
    this.writesInFlight = Math.max(0, this.writesInFlight - 1);
    this.changes++;
  }

  /**
   * A number that changes whenever the state may have changed: requests that may write, clock callbacks, reseeds.
   * `null` while a writing request is in progress (its handler may change the state between two awaits).
   */
  stateVersion(): number | null {
    return this.writesInFlight > 0 ? null : this.changes + this.clock.runCount();
  }

  // ---- lookups --------------------------------------------------------------------------------------------

  hardwareOrThrow(uri: string): HardwareWire {
    const hw = this.state.hardware.get(uri);
    if (!hw) throw notFound('server-hardware', uri);
    return hw;
  }

  profileOrThrow(uri: string): ProfileWire {
    const p = this.state.profiles.get(uri);
    if (!p)
      throw httpError(404, 'ProfileNotFoundException', 'The server profile was not found.', {
        details: `Resource not found: ${uri}`,
        errorSource: uri,
      });
    return p;
  }

  // ---- template consistency -------------------------------------------------------------------------------

  /** A readable name for a URI in compliance messages: the resource's name (and a bundle's version). */
  readonly nameOf = (uri: string | null): string => {
    if (!uri) return 'none';
    const r = this.state.resourceByUri(uri);
    if (!r) return uri;
    return r['category'] === 'firmware-drivers' ? `${r.name} ${String(r['version'])}` : r.name;
  };

  /** How a profile differs from its template; null for a profile not made from a template. */
  complianceReport(profile: ProfileWire): ComplianceReport | null {
    const uri = profile.serverProfileTemplateUri;
    const template = uri ? this.state.templates.get(uri) : undefined;
    return template ? compareWithTemplate(template, profile, this.nameOf) : null;
  }

  /** Sets `templateCompliance` from the comparison with the template (Unknown without one). */
  refreshCompliance(profile: ProfileWire): void {
    const report = this.complianceReport(profile);
    const next = report ? complianceOf(report) : 'Unknown';
    if (profile['templateCompliance'] === next) return;
    profile['templateCompliance'] = next;
    touch(profile, this.now());
  }

  // ---- power ----------------------------------------------------------------------------------------------

  setPower(hwUri: string, body: unknown, owner: string): TaskWire {
    const hw = this.hardwareOrThrow(hwUri);
    const b = (body ?? {}) as Record<string, unknown>;
    const powerState = b['powerState'];
    const control = (b['powerControl'] ?? 'MomentaryPress') as string;
    if (powerState !== 'On' && powerState !== 'Off')
      throw httpError(400, 'INVALID_POWER_STATE', 'The requested power state is not valid.', {
        details: `powerState must be On or Off, got ${JSON.stringify(powerState)}.`,
      });
    if (!POWER_CONTROLS.includes(control))
      throw httpError(400, 'INVALID_POWER_CONTROL', 'The requested power control is not valid.', {
        details: `powerControl must be one of ${POWER_CONTROLS.join(', ')}.`,
      });
    if (hw.powerLock)
      throw httpError(
        409,
        'POWER_LOCKED',
        `The server hardware ${hw.name} is locked by a profile operation; its power state cannot be changed now.`,
        {
          recommendedActions: ['Wait for the server profile operation to finish, then retry.'],
          errorSource: hw.uri,
        },
      );
    if (['PoweringOn', 'PoweringOff', 'Resetting'].includes(hw.powerState))
      throw httpError(
        409,
        'POWER_STATE_TRANSITION',
        `The server hardware ${hw.name} is changing its power state.`,
        { errorSource: hw.uri },
      );
    const resource = { uri: hw.uri, category: 'server-hardware', name: hw.name };
    const reset = powerState === 'On' && (control === 'ColdBoot' || control === 'Reset');
    if (reset && hw.powerState === 'Off')
      throw httpError(
        409,
        'INVALID_POWER_CONTROL_REQUEST_POWER_COLDBOOT_OFF',
        'Unable to cold boot because the server is currently off.',
        {
          recommendedActions: ['Power on the server instead.'],
          errorSource: hw.uri,
        },
      );
    if (!reset && hw.powerState === powerState)
      return this.tasks.completed({
        kind: powerState === 'On' ? 'power-on' : 'power-off',
        name: powerState === 'On' ? 'Power on' : 'Power off',
        owner,
        resource,
        successStatus: `${powerState === 'On' ? 'Power on' : 'Power off'} Server: ${hw.name}`,
      });
    const before = hw.powerState;
    const set = (state: HardwareWire['powerState']): void => {
      hw.powerState = state;
      touch(hw, this.now(), 'time');
    };
    const hwFail = (fault: TaskFailureFault): ErrorBody => this.taskFaultError(fault, hw);
    if (reset) {
      return this.tasks.start({
        kind: 'power-reset',
        name: 'Reset',
        owner,
        resource,
        durationMs: this.durations.powerReset,
        steps: [`Reset server: ${hw.name}.`],
        runningStatus: `Reset Server: ${hw.name}`,
        successStatus: `Reset Server: ${hw.name}`,
        failureStatus: `Unable to reset server: ${hw.name}.`,
        onStart: () => {
          set('Resetting');
          this.leaveConsul(hw);
        },
        onComplete: () => {
          set('On');
          this.scheduleBoot(hw, true);
        },
        onFail: (f) => {
          set(before);
          this.scheduleBoot(hw);
          return hwFail(f);
        },
      });
    }
    if (powerState === 'On') {
      return this.tasks.start({
        kind: 'power-on',
        name: 'Power on',
        owner,
        resource,
        durationMs: this.durations.powerOn,
        steps: [`Power on server: ${hw.name}.`],
        runningStatus: `Power on Server: ${hw.name}`,
        successStatus: `Power on Server: ${hw.name}`,
        failureStatus: `Unable to power on server: ${hw.name}.`,
        onStart: () => set('PoweringOn'),
        onComplete: () => {
          set('On');
          this.scheduleBoot(hw, true);
        },
        onFail: (f) => {
          set('Off');
          return hwFail(f);
        },
      });
    }
    return this.tasks.start({
      kind: 'power-off',
      name: 'Power off',
      owner,
      resource,
      durationMs: this.durations.powerOff,
      steps: [
        `${control === 'PressAndHold' ? 'Press and hold' : 'Momentary press'} power button: ${hw.name}.`,
      ],
      runningStatus: `Power off Server: ${hw.name}`,
      successStatus: `Power off Server: ${hw.name}`,
      failureStatus: `Unable to power off server: ${hw.name}.`,
      onStart: () => {
        set('PoweringOff');
        this.leaveConsul(hw);
      },
      onComplete: () => set('Off'),
      onFail: (f) => {
        set('On');
        this.scheduleBoot(hw);
        return hwFail(f);
      },
    });
  }

  refreshHardware(hwUri: string, owner: string): TaskWire {
    const hw = this.hardwareOrThrow(hwUri);
    return this.tasks.start({
      kind: 'hardware-refresh',
      name: 'Refresh',
      owner,
      resource: { uri: hw.uri, category: 'server-hardware', name: hw.name },
      durationMs: this.durations.refresh,
      steps: [],
      runningStatus: 'Refreshing',
      successStatus: `Refreshed server hardware: ${hw.name}.`,
      failureStatus: `Unable to refresh server hardware: ${hw.name}.`,
      onStart: () => {
        hw['refreshState'] = 'Refreshing';
        touch(hw, this.now(), 'time');
      },
      onComplete: () => {
        hw['refreshState'] = 'NotRefreshing';
        touch(hw, this.now(), 'time');
      },
      onFail: (f) => {
        hw['refreshState'] = 'RefreshFailed';
        return this.taskFaultError(f, hw);
      },
    });
  }

  /** The task error of an injected failure; hardware-attributable ones also turn the hardware Critical. */
  taskFaultError(fault: TaskFailureFault, hw: HardwareWire | undefined): ErrorBody {
    if (fault.hardwareAttributable === true && hw) {
      hw.status = 'Critical';
      touch(hw, this.now(), 'time');
      this.consul.setSerfStatus(hw.uri, 'critical');
    }
    return errorBody(fault.errorCode, fault.message, {
      errorSource: fault.hardwareAttributable === true && hw ? hw.uri : null,
      recommendedActions:
        fault.hardwareAttributable === true
          ? ['Check the server hardware health and retry on other hardware.']
          : ['Retry the operation.'],
      data:
        fault.hardwareAttributable === true && hw
          ? { serverHardwareUri: hw.uri, hardwareAttributable: true }
          : fault.hardwareAttributable === false
            ? { hardwareAttributable: false }
            : {},
    });
  }

  // ---- consul ---------------------------------------------------------------------------------------------

  /**
   * After its boot time, a powered-on server with an applied profile joins Consul. At a power on or reset
   * (`powerCycle`), a server told by its iLO to boot from an inserted CD runs the installer instead.
   */
  scheduleBoot(hw: HardwareWire, powerCycle = false): void {
    const generation = this.cancelBoot(hw.uri);
    if (hw.powerState !== 'On') return;
    const ilo = this.ilos.get(hw.uri);
    if (powerCycle && ilo?.takeCdBoot()) {
      startInstall(this, hw, ilo, generation);
      return;
    }
    if (hw.state !== 'ProfileApplied') return;
    this.afterBoot(hw, this.durations.osBoot, () => {
      if (hw.powerState === 'On' && hw.state === 'ProfileApplied') this.registerInConsul(hw);
    });
  }

  /** Runs `then` after `delayMs` unless the server's boot is cancelled or restarted first. */
  afterBoot(hw: HardwareWire, delayMs: number, then: () => void): void {
    const handle = this.clock.schedule(delayMs, () => {
      this.boots.delete(hw.uri);
      then();
    });
    this.boots.set(hw.uri, handle);
  }

  /** The current boot generation of a server (an install checks it is still the boot it started in). */
  bootGeneration(hwUri: string): number {
    return this.bootGenerations.get(hwUri) ?? 0;
  }

  private cancelBoot(hwUri: string): number {
    this.boots.get(hwUri)?.cancel();
    this.boots.delete(hwUri);
    const next = this.bootGeneration(hwUri) + 1;
    this.bootGenerations.set(hwUri, next);
    return next;
  }

  leaveConsul(hw: HardwareWire): void {
    this.cancelBoot(hw.uri);
    this.consul.deregisterHardware(hw.uri);
  }

  /** The profile of a server is gone: so is the OS on its disk (a new profile initialises local storage). */
  forgetOs(hwUri: string): void {
    this.seededOs.delete(hwUri);
    const ilo = this.ilos.get(hwUri);
    if (ilo) {
      ilo.installedFqdn = null;
      ilo.install = null;
    }
  }

  registerInConsul(hw: HardwareWire): void {
    const profile = hw.serverProfileUri ? this.state.profiles.get(hw.serverProfileUri) : undefined;
    if (!profile) return;
    const attrs = new Map(
      (profile.osDeploymentSettings?.osCustomAttributes ?? []).map((a) => [a.name, a.value]),
    );
    const fqdn = attrs.get('SERVER_FQDN');
    const installed = this.ilos.get(hw.uri)?.installedFqdn ?? null;
    const fromPlan = Boolean(profile.osDeploymentSettings?.osDeploymentPlanUri);
    // The OS boots from the Image Streamer volume, from the disk a virtual-media install wrote, or (seeded
    // profiles) from whatever the seed says is installed; a server with none of these has nothing to boot.
    if (!fromPlan && installed === null && !this.seededOs.has(hw.uri)) return;
    const node =
      !fromPlan && installed !== null ? installed : fqdn && fqdn.trim() !== '' ? fqdn : profile.name;
    if (this.faults.isNeverRegister(hw.uri, hw.name, profile.name, node)) return;
    const plan = profile.osDeploymentSettings?.osDeploymentPlanUri
      ? this.state.plans.get(profile.osDeploymentSettings.osDeploymentPlanUri)
      : undefined;
    const address = attrs.get('SERVER_IP') || serverAddress(this.state.hardwareIndex.get(hw.uri) ?? 0);
    this.consul.register(node, address, hw.uri, plan?.services ?? []);
    if (hw.status === 'Critical') this.consul.setSerfStatus(hw.uri, 'critical');
  }

  // ---- OS volumes -----------------------------------------------------------------------------------------

  createOsVolume(profile: ProfileWire): void {
    const osd = profile.osDeploymentSettings;
    if (!osd?.osDeploymentPlanUri) return;
    const plan = this.state.plans.get(osd.osDeploymentPlanUri);
    const id = guid();
    const iso = this.clock.iso();
    const volume: Wire = {
      type: 'OSVolume',
      uri: `/rest/os-volumes/${id}`,
      id,
      category: 'os-volumes',
      name: `${profile.name}-vol`,
      description: `OS volume of server profile ${profile.name}`,
      size: 42_949_672_960,
      oeVolumeIQN: `iqn.2015-02.com.hpe:i3s:${id}`,
      oeVolumeId: id,
      oeVolumeIp: this.config.imageStreamerHost,
      statelessServerUri: profile.uri,
      serverProfileUri: profile.uri,
      deploymentPlanUri: plan ? `/rest/deployment-plans/${plan.id}` : null,
      goldenVolumeUri: plan?.goldenImageId ? `/rest/golden-images/${plan.goldenImageId}` : null,
      deploymentClusterUri: '/rest/deployment-groups/default',
      customAttributes: osd.osCustomAttributes.map((a) => ({ ...a })),
      dependentArtifacts: [],
      state: 'Active',
      status: 'OK',
      eTag: '1',
      created: iso,
      modified: iso,
    };
    this.state.osVolumes.set(volume.uri, volume);
    osd.osVolumeUri = `/rest/deployed-targets/${id}`;
  }

  deleteOsVolume(profile: ProfileWire): void {
    const ref = profile.osDeploymentSettings?.osVolumeUri;
    if (!ref) return;
    const id = ref.slice(ref.lastIndexOf('/') + 1);
    this.state.osVolumes.delete(`/rest/os-volumes/${id}`);
    if (profile.osDeploymentSettings) profile.osDeploymentSettings.osVolumeUri = null;
  }

  // ---- hardware faults ------------------------------------------------------------------------------------

  findHardware(ref: string): HardwareWire | undefined {
    return (
      this.state.hardware.get(ref) ??
      [...this.state.hardware.values()].find((h) => h.name === ref || h.serialNumber === ref) ??
      this.state.removedHardware.get(ref) ??
      [...this.state.removedHardware.values()].find((h) => h.name === ref)
    );
  }

  /** Hardware failure: `critical` turns its status Critical; `removed` pulls it from its bay; `repair` undoes both. */
  failHardware(ref: string, mode: 'critical' | 'removed' | 'repair'): HardwareWire {
    const hw = this.findHardware(ref);
    if (!hw)
      throw httpError(404, 'RESOURCE_NOT_FOUND', 'No server hardware matches the reference.', {
        details: ref,
      });
    if (mode === 'critical') {
      hw.status = 'Critical';
      hw.stateReason = 'NotApplicable';
      this.consul.setSerfStatus(hw.uri, 'critical');
    } else if (mode === 'removed') {
      if (this.state.hardware.delete(hw.uri)) this.state.removedHardware.set(hw.uri, hw);
      this.leaveConsul(hw);
      this.setBay(hw, null);
      const profile = hw.serverProfileUri ? this.state.profiles.get(hw.serverProfileUri) : undefined;
      if (profile) {
        profile.status = 'Critical';
        touch(profile, this.now());
      }
    } else {
      if (this.state.removedHardware.delete(hw.uri)) {
        this.state.hardware.set(hw.uri, hw);
        this.setBay(hw, hw.uri);
      }
      hw.status = 'OK';
      this.consul.setSerfStatus(hw.uri, 'passing');
      const profile = hw.serverProfileUri ? this.state.profiles.get(hw.serverProfileUri) : undefined;
      if (profile && profile.status === 'Critical') profile.status = 'OK';
      this.scheduleBoot(hw);
    }
    touch(hw, this.now(), 'time');
    return hw;
  }

  private setBay(hw: HardwareWire, deviceUri: string | null): void {
    const enclosure = hw.locationUri ? this.state.enclosures.get(hw.locationUri) : undefined;
    const bays = enclosure?.['deviceBays'] as Record<string, unknown>[] | undefined;
    const bay = bays?.find((b) => b['bayNumber'] === hw.position);
    if (bay && enclosure) {
      bay['devicePresence'] = deviceUri ? 'Present' : 'Absent';
      bay['deviceUri'] = deviceUri;
      touch(enclosure, this.now(), 'time');
    }
  }
}

export function notFound(category: string, uri: string): Error {
  return httpError(404, 'RESOURCE_NOT_FOUND', `The requested resource was not found.`, {
    details: `No ${category} resource exists at ${uri}.`,
    recommendedActions: ['Check the URI and retry.'],
    errorSource: uri,
  });
}
