import type { AnswerFileKind } from '../core/desired/desired-state.js';

/**
 * Per-node answer media: the node's rendered answer file as a small volume the installer finds by its label,
 * published at a URL the iLOs can read, with an unguessable per-node token that expires.
 */
export interface AnswerMedia {
  /** Builds the node's volume and publishes it; a node published again gets a new URL and the old one is gone. */
  publish(node: string, kind: AnswerFileKind, text: string, signal?: AbortSignal): Promise<string>;
  /** Stops serving the node's volume (after its install, or when it is given up). */
  withdraw(node: string): void;
  close(): Promise<void>;
}
