import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseAllowedSigners } from '../../../src/adapters/signatures/index.js';
import { isPhoenixError } from '../../../src/core/errors/phoenix-error.js';
import { sshString } from '../../../src/adapters/signatures/ssh-wire-reader.js';

/** An ed25519 public key in OpenSSH's line format, made with node:crypto. */
function ed25519Line(): { type: string; base64: string } {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  return {
    type: 'ssh-ed25519',
    base64: Buffer.concat([sshString('ssh-ed25519'), sshString(raw)]).toString('base64'),
  };
}

const key = ed25519Line();
const line = (principals: string, options = ''): string =>
  `${principals}${options === '' ? '' : ` ${options}`} ${key.type} ${key.base64} a comment`;

function failure(text: string): Record<string, unknown> {
  try {
    parseAllowedSigners(text, 'allowed_signers');
  } catch (error) {
    if (isPhoenixError(error)) return { code: error.code, ...error.details };
    throw error;
  }
  throw new Error('parsed without an error');
}

describe('parseAllowedSigners', () => {
  it('reads principals, options and the key; skips comments and blank lines', () => {
    const signers = parseAllowedSigners(
      [
        '# release managers',
        '',
        line('alice@example.org,bob@example.org'),
        line(
          '"carol@example.org"',
          'namespaces="git,file",valid-after="20240101Z",VALID-BEFORE="203001011200Z"',
        ),
      ].join('\n'),
      'allowed_signers',
    );
    expect(signers.map((s) => [s.line, s.principals, s.namespaces, s.validAfter, s.validBefore])).toEqual([
      [3, 'alice@example.org,bob@example.org', null, null, null],
      [4, 'carol@example.org', 'git,file', Date.UTC(2024, 0, 1) / 1000, Date.UTC(2030, 0, 1, 12) / 1000],
    ]);
    expect(signers[0]?.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  it.each([
    [line('ops@example.org', 'cert-authority'), 'options', /cert-authority is not supported/],
    [line('ops@example.org', 'no-touch-required'), 'options', /unknown option no-touch-required/],
    [line('ops@example.org', 'valid-after="2024-01-01"'), 'options', /is not YYYYMMDD/],
    [`ops@example.org ${key.type}`, 'key', /a key type and a base64 key are expected/],
    [
      `ops@example.org ssh-rsa ${key.base64}`,
      'key',
      /the key type field says ssh-rsa but the key is ssh-ed25519/,
    ],
    [`ops@example.org ssh-ed25519 not*base64`, 'key', /is not base64/],
    [
      `ops@example.org sk-ssh-ed25519@openssh.com ${Buffer.concat([sshString('sk-ssh-ed25519@openssh.com'), sshString('x')]).toString('base64')}`,
      'key',
      /not supported/,
    ],
    [line('ops@example.org', 'namespaces="git'), 'line', /double quote/],
  ])('names file, line and field of a bad line: %s', (bad, field, problem) => {
    const error = failure(`# header\n${bad}\n`);
    expect(error).toMatchObject({
      code: 'SIGN_ALLOWED_SIGNERS_INVALID',
      file: 'allowed_signers',
      line: 2,
      field,
    });
    expect(String(error['problem'])).toMatch(problem);
  });
});
