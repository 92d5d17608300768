import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ROOT } from '../e2e/built-cli.js';

/** Where the browser tests leave their screenshots (git-ignored; CI keeps them as artifacts). */
export const SCREENSHOTS = join(ROOT, 'test-results', 'ui');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * The system's Chromium (Debian's `chromium` package; PHOENIX_CHROMIUM names another). Nothing is downloaded:
 * without a browser the test fails and says how to install one.
 */
export function chromiumPath(): string {
  const given = process.env['PHOENIX_CHROMIUM'];
  const found = [given, ...CANDIDATES].find((p): p is string => p !== undefined && p !== '' && existsSync(p));
  if (found === undefined)
    throw new Error(
      'No Chromium found for the browser tests: install it (`apt-get install -y chromium`) or set PHOENIX_CHROMIUM.',
    );
  return found;
}

export interface HeadlessBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, no sandbox (containers), and no traffic beyond the pages it opens. */
export async function launchChromium(viewport = { width: 1440, height: 900 }): Promise<HeadlessBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'phoenix-chromium-'));
  await mkdir(SCREENSHOTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}
