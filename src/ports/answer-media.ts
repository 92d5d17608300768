import type { AnswerFileKind, CredentialRef } from '../core/desired/desired-state.js';

/** Reads the value a secret reference names, where Phoenix runs; its errors name the reference, never a value. */
export type SecretResolver = (name: string, ref: CredentialRef) => Promise<string>;

/**
 * Per-node answer media: the node's rendered answer file as a small volume the installer finds by its label,
 * published at a URL the iLOs can read, with an unguessable per-node token that expires.
 */
export interface AnswerMedia {
  /** Builds the node's volume and publishes it; a node published again gets a new URL and the old one is gone. */
  publish(node: string, kind: AnswerFileKind, text: string, signal?: AbortSignal): Promise<string>;
  /** Stops serving the node's volume (after its install, or when it is given up). */
  withdraw(node: string): void;
  /**
   * Checks the install image at `url` against the sha256 its Plan declares, before anything is changed for a
   * node that boots it: APPLY_IMAGE_CHECKSUM_MISMATCH or APPLY_IMAGE_UNREACHABLE. Once per image and apply.
   */
  checkImage(url: string, sha256: string, signal?: AbortSignal): Promise<void>;
  /** Reads the answer files' secrets. */
  readonly secrets: SecretResolver;
  close(): Promise<void>;
}
