/** A resource as it travels on the wire: known fields typed, every other field kept as it is. */
export interface Wire {
  uri: string;
  name: string;
  eTag: string;
  created: string;
  modified: string;
  [key: string]: unknown;
}

export interface HardwareWire extends Wire {
  powerState: 'On' | 'Off' | 'PoweringOn' | 'PoweringOff' | 'Resetting' | 'Unknown';
  powerLock: boolean;
  state: string;
  stateReason: string;
  status: string;
  serverProfileUri: string | null;
  serverHardwareTypeUri: string;
  serverGroupUri: string | null;
  locationUri: string | null;
  position: number | null;
}

export interface CustomAttribute {
  name: string;
  value: string;
}

export interface OsDeploymentSettings {
  osDeploymentPlanUri: string | null;
  osCustomAttributes: CustomAttribute[];
  osVolumeUri: string | null;
  forceOsDeployment: boolean;
  reapplyState: string;
  [key: string]: unknown;
}

export interface ProfileWire extends Wire {
  description: string | null;
  serverHardwareUri: string | null;
  serverHardwareTypeUri: string | null;
  enclosureGroupUri: string | null;
  serverProfileTemplateUri: string | null;
  osDeploymentSettings: OsDeploymentSettings | null;
  state: string;
  status: string;
  inProgress: boolean;
  taskUri: string | null;
}

export interface TemplateWire extends Wire {
  serverHardwareTypeUri: string | null;
  enclosureGroupUri: string | null;
  osDeploymentSettings: OsDeploymentSettings | null;
}

export interface TaskWire extends Wire {
  taskState: string;
  taskStatus: string | null;
  stateReason: string | null;
  percentComplete: number;
  computedPercentComplete: number;
  progressUpdates: { timestamp: string; statusUpdate: string; id: number }[];
  taskErrors: unknown[];
  associatedResource: {
    resourceUri: string | null;
    resourceCategory: string;
    associationType: string;
    resourceName: string;
  };
}

/** Bumps `modified` and the eTag after a change. */
export function touch(resource: Wire, nowMs: number, style: 'counter' | 'time' = 'counter'): void {
  resource.modified = new Date(nowMs).toISOString();
  if (style === 'time') {
    resource.eTag = String(nowMs);
    return;
  }
  const slash = resource.eTag.lastIndexOf('/');
  const base = slash < 0 ? String(nowMs) : resource.eTag.slice(0, slash);
  const n = slash < 0 ? 0 : Number(resource.eTag.slice(slash + 1)) || 0;
  resource.eTag = `${base}/${n + 1}`;
}
