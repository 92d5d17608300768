/**
 * Inventory snapshot of a 10,000-server simulated appliance: requests made (total and per collection, against
 * the target ceil(total / pageSize)), milliseconds and RSS. Prints one JSON object.
 *
 *   npx tsx bench/inventory.ts [--frames 1000] [--bays 10] [--page-size 500]
 */
import { connectAppliance } from '../src/adapters/oneview/connect-appliance.js';
import { resolveConnectionConfig } from '../src/adapters/oneview/connection-config.js';
import { createSilentLogger } from '../src/logging/create-logger.js';
import { startSimulator } from '../src/simulator/index.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index < 0 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const frames = option('frames', 1000);
const bays = option('bays', 10);
const pageSize = option('page-size', 500);
const runs = option('runs', 3);

const sim = await startSimulator({ preset: { frames, bays } });
try {
  const config = await resolveConnectionConfig(
    {
      oneview: {
        url: sim.oneviewUrl,
        apiVersion: null,
        username: sim.username,
        password: { env: 'BENCH_OV_PASSWORD' },
        authDomain: null,
        tls: { caFile: sim.caFile, insecureSkipVerify: false },
      },
      imageStreamerUrl: sim.imageStreamerUrl,
    },
    { BENCH_OV_PASSWORD: sim.password },
  );
  const appliance = await connectAppliance(config, { logger: createSilentLogger(), pageSize });
  try {
    const timings: number[] = [];
    let snapshot = await appliance.readInventory(); // warm-up: connections, JIT, Image Streamer version
    let perCollection: Readonly<Record<string, number>> = {};
    for (let run = 0; run < runs; run++) {
      appliance.stats.reset();
      const started = performance.now();
      snapshot = await appliance.readInventory();
      timings.push(performance.now() - started);
      perCollection = appliance.stats.byPath();
    }
    const totals: Record<string, number> = {
      '/rest/enclosures': snapshot.enclosures.length,
      '/rest/enclosure-groups': snapshot.enclosureGroups.length,
      '/rest/server-hardware-types': snapshot.hardwareTypes.length,
      '/rest/server-hardware': snapshot.hardware.length,
      '/rest/server-profile-templates': snapshot.templates.length,
      '/rest/server-profiles': snapshot.profiles.length,
      '/rest/os-deployment-plans': snapshot.deploymentPlans.length,
      '/rest/golden-images': snapshot.goldenImages.length,
    };
    const collections = Object.entries(totals).map(([path, total]) => {
      const target = Math.max(1, Math.ceil(total / pageSize));
      return {
        path,
        total,
        requests: perCollection[path] ?? 0,
        target,
        onTarget: (perCollection[path] ?? 0) === target,
      };
    });
    const sorted = [...timings].sort((a, b) => a - b);
    const result = {
      benchmark: 'inventory-snapshot',
      servers: snapshot.hardware.length,
      pageSize,
      runs,
      requests: Object.values(perCollection).reduce((a, b) => a + b, 0),
      requestsByPath: perCollection,
      collections,
      allOnTarget: collections.every((c) => c.onTarget),
      ms: {
        min: Math.round(sorted[0]!),
        median: Math.round(sorted[Math.floor(sorted.length / 2)]!),
        max: Math.round(sorted[sorted.length - 1]!),
      },
      targetMs: 2000,
      rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
      heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
      fingerprint: snapshot.fingerprint,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await appliance.close();
  }
} finally {
  await sim.close();
}
