import type { InventorySnapshot, ObservedHardware, ObservedProfile } from '../core/observed/inventory.js';
import type { TemplateContent } from '../core/template/template-content.js';

/** What a template create or update writes: Phoenix's sections, its stamp, references as URIs. */
export interface TemplateWrite {
  readonly name: string;
  /** The template description; contains the stamp line. */
  readonly description: string;
  readonly content: TemplateContent;
}

/** What compose sends: everything else comes from the profile template. */
export interface ComposeRequest {
  /** Profile name: the node name. */
  readonly name: string;
  readonly templateUri: string;
  readonly hardwareUri: string;
  /** Profile description; contains the stamp line. */
  readonly description: string;
  /** OneView URI of the OS deployment plan; null when the template's own (or none) applies. */
  readonly deploymentPlanUri: string | null;
  /** Custom attributes as name/value pairs, NIC attributes already expanded to their five keys. */
  readonly customAttributes: readonly { readonly name: string; readonly value: string }[];
}

/** A virtual media slot of an iLO: the CD carries the install image, the USB slot the node's answer media. */
export type MediaSlot = 'cd' | 'usb';

/** One server's iLO, reached with a session OneView hands out for it (no iLO credentials in Phoenix). */
export interface IloConsole {
  /** The image URL in a slot; null when it is empty. */
  inserted(slot: MediaSlot, signal?: AbortSignal): Promise<string | null>;
  /** Inserts the image (ejecting another one first); already inserted is not an error. */
  insert(slot: MediaSlot, url: string, signal?: AbortSignal): Promise<void>;
  /** Ejects the slot; an empty slot is not an error. */
  eject(slot: MediaSlot, signal?: AbortSignal): Promise<void>;
  /** The next boot, and only it, is from the CD. */
  bootOnceFromCd(signal?: AbortSignal): Promise<void>;
}

export interface OperationOptions {
  readonly signal?: AbortSignal;
}

/**
 * The appliance as the engine sees it: one OneView (with its Image Streamer). Every mutation waits for its
 * OneView task and throws a PhoenixError (ONEVIEW_*) classified transient or terminal.
 */
export interface Appliance {
  readInventory(options?: OperationOptions): Promise<InventorySnapshot>;
  getHardware(uri: string, options?: OperationOptions): Promise<ObservedHardware | null>;
  getProfile(uri: string, options?: OperationOptions): Promise<ObservedProfile | null>;
  findProfileByName(name: string, options?: OperationOptions): Promise<ObservedProfile | null>;
  composeProfile(request: ComposeRequest, options?: OperationOptions): Promise<ObservedProfile>;
  /**
   * Deletes a profile and waits for it to be gone (a profile already gone is not an error). With `eTag`, the
   * appliance refuses (ONEVIEW_PRECONDITION_FAILED) when the profile changed since it was read.
   */
  deleteProfile(
    uri: string,
    options?: OperationOptions & { readonly force?: boolean; readonly eTag?: string },
  ): Promise<void>;
  /** Creates a server profile template and waits for it; returns its URI. */
  createTemplate(request: TemplateWrite, options?: OperationOptions): Promise<string>;
  /**
   * Updates a template (PUT with If-Match: the eTag the plan read; ONEVIEW_PRECONDITION_FAILED when it changed
   * since). Sections Phoenix does not model are kept as they are.
   */
  updateTemplate(
    uri: string,
    request: TemplateWrite,
    eTag: string,
    options?: OperationOptions,
  ): Promise<void>;
  /** Deletes a template (If-Match: eTag); a template already gone is not an error. */
  deleteTemplate(uri: string, eTag: string, options?: OperationOptions): Promise<void>;
  /**
   * Powers the server on (MomentaryPress) and waits for the task; nothing is sent when it is On. With `powerState`,
   * what the caller has just read, the appliance does not read the server again.
   */
  powerOn(hardwareUri: string, options?: OperationOptions & { readonly powerState?: string }): Promise<void>;
  /** The server's iLO, through a session OneView opens for it (GET …/remoteConsoleUrl). */
  iloConsole(hardwareUri: string, options?: OperationOptions): Promise<IloConsole>;
  /** Hard power-off (PressAndHold) unless graceful (MomentaryPress); as powerOn for Off and `powerState`. */
  powerOff(
    hardwareUri: string,
    options?: OperationOptions & { readonly graceful?: boolean; readonly powerState?: string },
  ): Promise<void>;
  /** Logs out; the appliance is unusable afterwards. */
  close(): Promise<void>;
}
