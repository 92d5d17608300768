import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GitCredentials } from '../../../src/adapters/git/git-credentials.js';
import { REDACTED, Secret } from '../../../src/core/secret/secret.js';
import { createLogger } from '../../../src/logging/create-logger.js';

describe('the secret mask: one value for every holder of a secret and for the logger', () => {
  const holders = [
    ['a OneView password or session token', new Secret('s3cr3t-value')],
    ['Git credentials', new GitCredentials('robot', 's3cr3t-value')],
  ] as const;

  it.each(holders)('%s reads as the mask', (_name, holder) => {
    expect(String(holder)).toBe(REDACTED);
    expect(JSON.stringify({ holder })).toBe(JSON.stringify({ holder: REDACTED }));
    expect(inspect({ holder })).not.toContain('s3cr3t-value');
    expect(inspect(holder)).toBe(REDACTED);
  });

  it('the logger censors secret fields with the same mask', () => {
    const lines: string[] = [];
    const logger = createLogger({ sink: (line) => void lines.push(line) });
    logger.info({ password: 's3cr3t-value', token: new Secret('s3cr3t-value') }, 'connecting');
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry['password']).toBe(REDACTED);
    expect(entry['token']).toBe(REDACTED);
  });

  it('pretty log lines, for a terminal, censor them too', () => {
    const lines: string[] = [];
    const logger = createLogger({ format: 'pretty', sink: (line) => void lines.push(line) });
    logger.info({ password: 's3cr3t-value', token: new Secret('s3cr3t-value') }, 'connecting');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: connecting\n/);
    expect(lines[0]).toContain(`password: "${REDACTED}"`);
    expect(lines[0]).not.toContain('s3cr3t-value');
  });

  it('Git credentials redact the token from a text with the same mask', () => {
    const credentials = new GitCredentials('robot', 's3cr3t-value');
    expect(credentials.redact('fatal: https://robot:s3cr3t-value@git.example.org')).toBe(
      `fatal: https://robot:${REDACTED}@git.example.org`,
    );
  });
});
