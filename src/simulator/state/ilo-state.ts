import { randomBytes } from 'node:crypto';

/** At most this many servers get a live iLO (their addresses are in the simulator's certificate). */
export const MAX_ILOS = 256;

/** The loopback address of the iLO of the server with this seed index: 127.0.x.y, one per server. */
export function iloAddress(index: number): string {
  return `127.0.${1 + Math.floor(index / 250)}.${(index % 250) + 2}`;
}

export type MediaSlotId = '1' | '2';

export interface MediaSlot {
  readonly id: MediaSlotId;
  /** `USB` (Floppy, USBStick) in slot 1 and `CD` (CD, DVD) in slot 2, as an iLO 5 numbers them. */
  readonly kind: 'USB' | 'CD';
  image: string | null;
  inserted: boolean;
  writeProtected: boolean;
  /** The older iLO form of a one-time boot: boot from this media at the next server reset. */
  bootOnNextServerReset: boolean;
}

export type BootTarget = 'None' | 'Pxe' | 'Cd' | 'Usb' | 'Hdd' | 'UefiShell' | 'UefiTarget' | 'UefiHttp';
export const BOOT_TARGETS: readonly BootTarget[] = [
  'None',
  'Pxe',
  'Cd',
  'Usb',
  'Hdd',
  'UefiShell',
  'UefiTarget',
  'UefiHttp',
];
export type BootEnabled = 'Disabled' | 'Once' | 'Continuous';
export const BOOT_ENABLED: readonly BootEnabled[] = ['Disabled', 'Once', 'Continuous'];

/** What an install from virtual media reached (shown in the state dump). */
export interface InstallState {
  phase: 'fetching' | 'installing' | 'installed' | 'failed' | 'stalled';
  image: string;
  answerMedia: string | null;
  fqdn: string | null;
  /** sha256 of the install image as read (of its first MAX_MEDIA_BYTES when larger). */
  imageSha256: string | null;
  reason: string | null;
}

/** One server's iLO: its Redfish sessions, virtual media slots, boot override and the OS install it runs. */
export class IloState {
  readonly sessions = new Map<string, { created: string; source: 'sso' | 'login'; userName: string }>();
  readonly media: Record<MediaSlotId, MediaSlot> = {
    '1': {
      id: '1',
      kind: 'USB',
      image: null,
      inserted: false,
      writeProtected: true,
      bootOnNextServerReset: false,
    },
    '2': {
      id: '2',
      kind: 'CD',
      image: null,
      inserted: false,
      writeProtected: true,
      bootOnNextServerReset: false,
    },
  };
  boot: { target: BootTarget; enabled: BootEnabled; mode: 'UEFI' | 'Legacy' } = {
    target: 'None',
    enabled: 'Disabled',
    mode: 'UEFI',
  };
  install: InstallState | null = null;
  /** The FQDN of the OS installed on the server's disk by a virtual-media install, if any. */
  installedFqdn: string | null = null;

  constructor(
    readonly hardwareUri: string,
    readonly address: string,
  ) {}

  newSession(source: 'sso' | 'login', userName: string, iso: string): string {
    const token = randomBytes(16).toString('hex');
    this.sessions.set(token, { created: iso, source, userName });
    return token;
  }

  /** The slot a Redfish id names: `1`/`2` as an iLO numbers them, `USB`/`CD` as aliases. */
  slot(id: string): MediaSlot | undefined {
    const key = id.toUpperCase();
    if (key === '1' || key === 'USB') return this.media['1'];
    if (key === '2' || key === 'CD') return this.media['2'];
    return undefined;
  }

  /**
   * At power on: whether the server boots from the CD (a boot override to Cd, or the older
   * BootOnNextServerReset on the CD slot, with media inserted). A one-time override is used up either way.
   */
  takeCdBoot(): boolean {
    const cd = this.media['2'];
    const viaOverride = this.boot.target === 'Cd' && this.boot.enabled !== 'Disabled';
    const viaFlag = cd.bootOnNextServerReset;
    if (this.boot.enabled === 'Once') this.boot = { ...this.boot, target: 'None', enabled: 'Disabled' };
    cd.bootOnNextServerReset = false;
    return (viaOverride || viaFlag) && cd.inserted && cd.image !== null;
  }

  snapshot(): Record<string, unknown> {
    return {
      hardwareUri: this.hardwareUri,
      address: this.address,
      sessions: this.sessions.size,
      media: Object.values(this.media).map((m) => ({ ...m })),
      boot: { ...this.boot },
      install: this.install ? { ...this.install } : null,
      installedFqdn: this.installedFqdn,
    };
  }
}
