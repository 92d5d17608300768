import { createHash, verify } from 'node:crypto';
import { ecdsaCurve, type SshPublicKey } from './ssh-public-key.js';
import { SshWireError, SshWireReader, sshString } from './ssh-wire-reader.js';

const MAGIC = 'SSHSIG';
const ARMOR_BEGIN = '-----BEGIN SSH SIGNATURE-----';
const ARMOR_END = '-----END SSH SIGNATURE-----';
const MESSAGE_HASHES = new Set(['sha256', 'sha512']);
const RSA_HASHES: Readonly<Record<string, string>> = { 'rsa-sha2-256': 'sha256', 'rsa-sha2-512': 'sha512' };

/** An SSHSIG signature (OpenSSH's PROTOCOL.sshsig), as git stores it in a commit's `gpgsig` header. */
export interface SshSignature {
  /** The signer's public key blob. */
  readonly publicKey: Buffer;
  readonly namespace: string;
  readonly hashAlgorithm: string;
  readonly signatureAlgorithm: string;
  readonly signature: Buffer;
}

export function isArmoredSshSignature(text: string): boolean {
  return text.trimStart().startsWith(ARMOR_BEGIN);
}

/** Parses an armored SSH signature. Throws SshWireError when it is not one, or not version 1. */
export function parseSshSignature(armored: string): SshSignature {
  const text = armored.trim();
  if (!text.startsWith(ARMOR_BEGIN) || !text.endsWith(ARMOR_END)) throw new SshWireError('not armored');
  const base64 = text.slice(ARMOR_BEGIN.length, text.length - ARMOR_END.length).replace(/\s+/g, '');
  const reader = new SshWireReader(Buffer.from(base64, 'base64'));
  if (reader.bytes(MAGIC.length).toString('latin1') !== MAGIC) throw new SshWireError('no SSHSIG preamble');
  const version = reader.uint32();
  if (version !== 1) throw new SshWireError(`SSHSIG version ${version}`);
  const publicKey = reader.string();
  const namespace = reader.text();
  reader.string(); // reserved
  const hashAlgorithm = reader.text();
  const signatureBlob = new SshWireReader(reader.string());
  const signatureAlgorithm = signatureBlob.text();
  const signature = signatureBlob.string();
  return { publicKey, namespace, hashAlgorithm, signatureAlgorithm, signature };
}

/**
 * True when `signature` is `key`'s signature over `message` in its namespace. The caller checks the namespace
 * and that `key` is the one the signature names; this checks the cryptography only.
 */
export function verifySshSignature(signature: SshSignature, key: SshPublicKey, message: Uint8Array): boolean {
  if (!MESSAGE_HASHES.has(signature.hashAlgorithm)) return false;
  const signed = Buffer.concat([
    Buffer.from(MAGIC, 'latin1'),
    sshString(signature.namespace),
    sshString(''),
    sshString(signature.hashAlgorithm),
    sshString(createHash(signature.hashAlgorithm).update(message).digest()),
  ]);
  const algorithm = signature.signatureAlgorithm;
  try {
    if (key.type === 'ssh-ed25519' && algorithm === 'ssh-ed25519')
      return verify(null, signed, key.key, signature.signature);
    const curve = ecdsaCurve(key.type);
    if (curve !== undefined && algorithm === key.type) {
      const rs = new SshWireReader(signature.signature);
      const r = rs.mpint();
      const s = rs.mpint();
      if (r.length > curve.size || s.length > curve.size) return false;
      const p1363 = Buffer.concat([pad(r, curve.size), pad(s, curve.size)]);
      return verify(curve.hash, signed, { key: key.key, dsaEncoding: 'ieee-p1363' }, p1363);
    }
    const rsaHash = RSA_HASHES[algorithm];
    if (key.type === 'ssh-rsa' && rsaHash !== undefined)
      return verify(rsaHash, signed, key.key, signature.signature);
    return false;
  } catch {
    // Malformed signature data (a truncated blob, a point off the curve) is a signature that does not verify.
    return false;
  }
}

function pad(value: Buffer, size: number): Buffer {
  return Buffer.concat([Buffer.alloc(size - value.length), value]);
}
