/** Operation kinds whose duration the time model sets. */
export const OPERATION_KINDS = [
  'profileCreate',
  'profileUpdate',
  'profileDelete',
  'templateChange',
  'powerOn',
  'powerOff',
  'powerReset',
  'osBoot',
  'refresh',
  'firmwareInstall',
  'osInstall',
] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];
export type Durations = Record<OperationKind, number>;

export type Speed = 'fast' | 'realistic' | number;

/**
 * Realistic durations in milliseconds. No public source gives real figures (HPE only says "minutes"); these are
 * assumptions: a profile apply with an Image Streamer OS volume takes a few minutes, a power transition tens of
 * seconds, an OS boot to the point where its Consul agent joins a few minutes. `firmwareInstall` is added to a
 * profile apply that installs a firmware baseline (`firmware.manageFirmware` with a baseline): offline
 * service-pack installs run for tens of minutes; 15 minutes is the assumption. `osInstall` is an unattended OS
 * install from virtual media, from the boot of the installer to its reboot into the installed system (10 min).
 */
export const REALISTIC_DURATIONS: Durations = {
  profileCreate: 180_000,
  profileUpdate: 120_000,
  profileDelete: 60_000,
  templateChange: 5_000,
  powerOn: 20_000,
  powerOff: 10_000,
  powerReset: 30_000,
  osBoot: 240_000,
  refresh: 15_000,
  firmwareInstall: 900_000,
  osInstall: 600_000,
};

/** Fast durations: every operation completes in tens of milliseconds (the default, and what tests use). */
export const FAST_DURATIONS: Durations = {
  profileCreate: 40,
  profileUpdate: 30,
  profileDelete: 30,
  templateChange: 10,
  powerOn: 20,
  powerOff: 20,
  powerReset: 20,
  osBoot: 30,
  refresh: 10,
  firmwareInstall: 50,
  osInstall: 40,
};

/**
 * The speed factor at which the demo (11 nodes, two dependency waves of create with a firmware baseline, power on,
 * boot) converges in about a minute: 2 x (180 + 900 + 20 + 240) s x 0.02 = 54 s, plus polling.
 */
export const DEMO_SPEED_FACTOR = 0.02;

export function resolveDurations(speed: Speed, overrides: Partial<Durations> = {}): Durations {
  let base: Durations;
  if (speed === 'fast') base = { ...FAST_DURATIONS };
  else if (speed === 'realistic') base = { ...REALISTIC_DURATIONS };
  else {
    if (!Number.isFinite(speed) || speed <= 0)
      throw new Error(`speed must be a positive number, got ${speed}`);
    base = { ...REALISTIC_DURATIONS };
    for (const kind of OPERATION_KINDS) base[kind] = Math.round(REALISTIC_DURATIONS[kind] * speed);
  }
  for (const kind of OPERATION_KINDS) {
    const value = overrides[kind];
    if (value !== undefined) {
      if (!Number.isFinite(value) || value < 0) throw new Error(`duration ${kind} must be >= 0 ms`);
      base[kind] = value;
    }
  }
  return base;
}

/** Parses a --speed value: fast, realistic, or a positive number. */
export function parseSpeed(text: string): Speed {
  if (text === 'fast' || text === 'realistic') return text;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`--speed must be fast, realistic or a positive number, got '${text}'`);
  return n;
}
