/**
 * Runs every benchmark of this folder, one after the other, each in its own process; each prints JSON. Node runs
 * with --expose-gc so that memory figures are read after a full collection.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const benches = readdirSync(folder)
  .filter((file) => file.endsWith('.ts') && file !== 'run-all.ts')
  .sort();
let failed = 0;
for (const file of benches) {
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `${folder}${file}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
}
process.exitCode = failed === 0 ? 0 : 1;
