import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { SshWireError, SshWireReader } from './ssh-wire-reader.js';

/** An SSH public key: its wire blob (what fingerprints and allow-lists compare) and a key for node:crypto. */
export interface SshPublicKey {
  /** `ssh-ed25519`, `ecdsa-sha2-nistp256`, `ssh-rsa`... */
  readonly type: string;
  readonly blob: Buffer;
  readonly key: KeyObject;
}

const CURVES: Readonly<
  Record<string, { readonly jwk: string; readonly hash: string; readonly size: number }>
> = {
  nistp256: { jwk: 'P-256', hash: 'sha256', size: 32 },
  nistp384: { jwk: 'P-384', hash: 'sha384', size: 48 },
  nistp521: { jwk: 'P-521', hash: 'sha512', size: 66 },
};

/** The hash and coordinate size of an ECDSA key type (`ecdsa-sha2-nistp256`), or undefined. */
export function ecdsaCurve(type: string): { readonly hash: string; readonly size: number } | undefined {
  return CURVES[type.replace(/^ecdsa-sha2-/, '')];
}

/** `SHA256:<base64 without padding>`, as `ssh-keygen -l` prints it. */
export function sshFingerprint(blob: Uint8Array): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/**
 * The key of an SSH public key blob: ed25519, ECDSA (P-256, P-384, P-521) or RSA. Throws SshWireError for
 * anything else (certificates, security keys, DSA) with the key type in the message.
 */
export function parseSshPublicKey(blob: Uint8Array): SshPublicKey {
  const reader = new SshWireReader(blob);
  const type = reader.text();
  const b64url = (bytes: Buffer): string => bytes.toString('base64url');
  let jwk: Record<string, string>;
  if (type === 'ssh-ed25519') {
    const point = reader.string();
    if (point.length !== 32) throw new SshWireError('an ed25519 key is 32 bytes');
    jwk = { kty: 'OKP', crv: 'Ed25519', x: b64url(point) };
  } else if (type.startsWith('ecdsa-sha2-')) {
    const curve = CURVES[reader.text()];
    const point = reader.string();
    if (curve === undefined || `ecdsa-sha2-${curveName(curve.jwk)}` !== type)
      throw new SshWireError(`unsupported ECDSA curve in ${type}`);
    if (point.length !== 1 + 2 * curve.size || point[0] !== 4)
      throw new SshWireError('an ECDSA key is an uncompressed point');
    jwk = {
      kty: 'EC',
      crv: curve.jwk,
      x: b64url(point.subarray(1, 1 + curve.size)),
      y: b64url(point.subarray(1 + curve.size)),
    };
  } else if (type === 'ssh-rsa') {
    const e = reader.mpint();
    const n = reader.mpint();
    jwk = { kty: 'RSA', e: b64url(e), n: b64url(n) };
  } else {
    throw new SshWireError(`key type ${type} is not supported`);
  }
  if (!reader.done) throw new SshWireError('trailing bytes after the key');
  try {
    return { type, blob: Buffer.from(blob), key: createPublicKey({ key: jwk, format: 'jwk' }) };
  } catch {
    throw new SshWireError(`the ${type} key is not valid`);
  }
}

function curveName(jwk: string): string {
  return `nistp${jwk.slice(2)}`;
}
