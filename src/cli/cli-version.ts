import { readFileSync } from 'node:fs';

let cached: string | null = null;

/** This Phoenix's version, from the package.json it ships with (one level above src/ and dist/). */
export function phoenixVersion(): string {
  if (cached === null) {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    cached = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  }
  return cached;
}
