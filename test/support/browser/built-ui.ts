import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../e2e/built-cli.js';

const run = promisify(execFile);
const INDEX = join(ROOT, 'dist/ui/index.html');

async function newest(dir: string): Promise<number> {
  let time = 0;
  for (const file of await readdir(dir, { recursive: true }))
    time = Math.max(time, statSync(join(dir, file)).mtimeMs);
  return time;
}

/** Builds the web UI into dist/ui when it is missing or older than its sources (CI builds it in `pretest`). */
export async function ensureUiBuilt(): Promise<void> {
  if (existsSync(INDEX) && statSync(INDEX).mtimeMs >= (await newest(join(ROOT, 'ui')))) return;
  await run(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'ui/vite.config.ts'],
    {
      cwd: ROOT,
    },
  );
}
