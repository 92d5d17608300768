import { readFile } from 'node:fs/promises';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { parseSshPublicKey, sshFingerprint, type SshPublicKey } from './ssh-public-key.js';
import { SshWireError } from './ssh-wire-reader.js';

/** One line of an allowed_signers file: who may sign with which key, for which namespaces, and when. */
export interface AllowedSigner {
  readonly line: number;
  /** The principals field as written (a pattern-list such as `alice@example.org,ops-*@example.org`). */
  readonly principals: string;
  readonly key: SshPublicKey;
  readonly fingerprint: string;
  /** The `namespaces=` pattern-list, or null when the line has none (any namespace). */
  readonly namespaces: string | null;
  /** Seconds since the epoch; null when open. */
  readonly validAfter: number | null;
  readonly validBefore: number | null;
}

const KEY_TYPE = /^(ssh-|ecdsa-|sk-)/;

/** Reads git's `gpg.ssh.allowedSignersFile` format (ssh-keygen(1), ALLOWED SIGNERS). */
export async function readAllowedSigners(file: string): Promise<readonly AllowedSigner[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PhoenixError('SIGN_ALLOWED_SIGNERS_INVALID', {
      file,
      problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    });
  }
  return parseAllowedSigners(text, file);
}

/** Every line of the file; SIGN_ALLOWED_SIGNERS_INVALID naming file, line and field for the first bad one. */
export function parseAllowedSigners(text: string, file: string): readonly AllowedSigner[] {
  const signers: AllowedSigner[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const fail = (field: string, problem: string): PhoenixError =>
      new PhoenixError('SIGN_ALLOWED_SIGNERS_INVALID', { file, line: index + 1, field, problem });
    signers.push(parseLine(line, index + 1, fail));
  }
  return signers;
}

function parseLine(
  line: string,
  number: number,
  fail: (field: string, problem: string) => PhoenixError,
): AllowedSigner {
  const fields = splitOutsideQuotes(line, /\s/);
  if (fields === null) throw fail('line', 'a double quote is not closed');
  const principals = unquote(fields[0] ?? '');
  let rest = fields.slice(1);
  let options: string | null = null;
  if (rest[0] !== undefined && !KEY_TYPE.test(rest[0])) {
    options = rest[0];
    rest = rest.slice(1);
  }
  const [type, base64] = rest;
  if (principals === '') throw fail('principals', 'is empty');
  if (type === undefined || base64 === undefined)
    throw fail('key', 'a key type and a base64 key are expected');
  const parsed = parseOptions(options ?? '', fail);
  const blob = Buffer.from(base64, 'base64');
  if (blob.length === 0 || blob.toString('base64').replace(/=+$/, '') !== base64.replace(/=+$/, ''))
    throw fail('key', 'is not base64');
  let key: SshPublicKey;
  try {
    key = parseSshPublicKey(blob);
  } catch (error) {
    if (!(error instanceof SshWireError)) throw error;
    throw fail('key', `${error.message} (ed25519, ECDSA and RSA keys are supported)`);
  }
  if (key.type !== type) throw fail('key', `the key type field says ${type} but the key is ${key.type}`);
  return { line: number, principals, key, fingerprint: sshFingerprint(key.blob), ...parsed };
}

function parseOptions(
  text: string,
  fail: (field: string, problem: string) => PhoenixError,
): Pick<AllowedSigner, 'namespaces' | 'validAfter' | 'validBefore'> {
  let namespaces: string | null = null;
  let validAfter: number | null = null;
  let validBefore: number | null = null;
  const options = text === '' ? [] : (splitOutsideQuotes(text, /,/) ?? []);
  for (const option of options) {
    const equals = option.indexOf('=');
    const name = (equals === -1 ? option : option.slice(0, equals)).toLowerCase();
    const value = equals === -1 ? null : unquote(option.slice(equals + 1));
    if (name === 'cert-authority')
      throw fail('options', 'cert-authority is not supported: list the signing keys themselves');
    if (value === null) throw fail('options', `unknown option ${name}`);
    if (name === 'namespaces') namespaces = value;
    else if (name === 'valid-after') validAfter = parseTimestamp(value, fail);
    else if (name === 'valid-before') validBefore = parseTimestamp(value, fail);
    else throw fail('options', `unknown option ${name}`);
  }
  return { namespaces, validAfter, validBefore };
}

/** YYYYMMDD[Z] or YYYYMMDDHHMM[SS][Z]: local time unless Z, as ssh-keygen reads it. */
function parseTimestamp(value: string, fail: (field: string, problem: string) => PhoenixError): number {
  const match = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(Z?)$/.exec(value);
  if (match === null) throw fail('options', `timestamp ${value} is not YYYYMMDD[Z] or YYYYMMDDHHMM[SS][Z]`);
  const [, y, mo, d, h, mi, s, z] = match;
  const parts = [
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
  ] as const;
  const ms = z === 'Z' ? Date.UTC(...parts) : new Date(...parts).getTime();
  if (Number.isNaN(ms)) throw fail('options', `timestamp ${value} is not a date`);
  return Math.floor(ms / 1000);
}

/** Splits on `separator` outside double quotes; null when a quote is left open. */
function splitOutsideQuotes(text: string, separator: RegExp): string[] | null {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (!quoted && separator.test(c)) {
      if (current !== '') out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  if (quoted) return null;
  if (current !== '') out.push(current);
  return out;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}
