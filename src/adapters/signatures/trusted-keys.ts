import { readFile } from 'node:fs/promises';
import * as openpgp from 'openpgp';
import { PhoenixError } from '../../core/errors/phoenix-error.js';

const ARMOR_BLOCK = /-----BEGIN PGP PUBLIC KEY BLOCK-----[\s\S]*?-----END PGP PUBLIC KEY BLOCK-----/g;

/**
 * The OpenPGP public keys of a file: one or several armored blocks (`gpg --export --armor`, concatenated), or
 * binary keys (`gpg --export`). Private keys are refused: the allow-list needs public keys only.
 */
export async function readTrustedKeys(file: string): Promise<readonly openpgp.PublicKey[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw invalid(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  const text = bytes.toString('utf8');
  if (text.includes('PRIVATE KEY BLOCK'))
    throw invalid(file, 'holds a private key; export the public key only');
  const keys: openpgp.Key[] = [];
  try {
    const blocks = text.match(ARMOR_BLOCK);
    if (blocks !== null) {
      for (const armoredKeys of blocks) keys.push(...(await openpgp.readKeys({ armoredKeys })));
    } else if (!text.trimStart().startsWith('-----')) {
      keys.push(...(await openpgp.readKeys({ binaryKeys: new Uint8Array(bytes) })));
    }
  } catch (error) {
    throw invalid(file, `is not an OpenPGP public key (${(error as Error).message})`);
  }
  if (keys.length === 0) throw invalid(file, 'holds no OpenPGP public key');
  if (keys.some((key) => key.isPrivate()))
    throw invalid(file, 'holds a private key; export the public key only');
  return keys.map((key) => key.toPublic());
}

function invalid(file: string, problem: string): PhoenixError {
  return new PhoenixError('SIGN_TRUSTED_KEYS_INVALID', { file, problem });
}
