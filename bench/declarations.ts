/**
 * Load, validate and resolve generated repositories of n nodes: n / 50 pools of 50 replicas, 50 plans in chains
 * three deep, one Site. Each size runs in its own process; prints one line per size (CPU and wall time, peak
 * resident set size) and, last, `growth exponent: X`. Exits non-zero when a figure misses its target by more than
 * the noise of its runs. The 10,000-node target is the first load in a fresh process (schemas compiled, code
 * not yet optimised), as the CLI sees it; targets are judged on CPU time (process user + system), as wall time on a shared machine
 * mostly measures the neighbours.
 *
 *   npx tsx bench/declarations.ts [--sizes 1000,10000,50000] [--runs N]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openWorkingTree } from '../src/adapters/working-tree/working-tree-source.js';
import { loadDesiredState } from '../src/declarations/load-desired-state.js';
import { sweepSizes } from './support/child-runs.js';
import { generateRepository, REPLICAS } from './support/generated-repo.js';
import { median, noise, round, sizesOption } from './support/figures.js';

const { values } = parseArgs({
  options: { sizes: { type: 'string' }, runs: { type: 'string' }, one: { type: 'string' } },
});
interface SizeFigures {
  size: number;
  files: number;
  cpuMs: number;
  medianMs: number;
  firstRunMs: number;
  firstRunCpuMs: number;
  noise: number;
  peakRssMb: number;
}

async function measure(size: number, runs: number): Promise<SizeFigures> {
  const root = await mkdtemp(join(tmpdir(), 'phoenix-bench-declarations-'));
  try {
    await generateRepository(root, Math.max(1, Math.round(size / REPLICAS)));
    const times: number[] = [];
    const cpu: number[] = [];
    let files = 0;
    for (let i = 0; i < runs; i++) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const result = await loadDesiredState(await openWorkingTree(root));
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (result.desired === null || errors.length > 0)
        throw new Error(`generated repository is invalid: ${JSON.stringify(errors.slice(0, 3))}`);
      files = result.files;
    }
    return {
      size,
      files,
      cpuMs: round(median(cpu)),
      medianMs: round(median(times)),
      firstRunMs: round(times[0]!),
      firstRunCpuMs: round(cpu[0]!),
      noise: round(noise(cpu), 3),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (values.one !== undefined) {
  const size = Number(values.one);
  const runs = Number(values.runs ?? (size > 20_000 ? 3 : 5));
  process.stdout.write(`${JSON.stringify(await measure(size, runs))}\n`);
} else {
  sweepSizes<SizeFigures>({
    file: fileURLToPath(import.meta.url),
    sizes: sizesOption(values.sizes, [1000, 10_000, 50_000]),
    runs: values.runs,
    check: (figures, verdict) =>
      figures.size === 10_000
        ? [
            verdict.atMost('first run cpu ms', figures.firstRunCpuMs, 500, figures.noise),
            verdict.atMost('peak rss MB', figures.peakRssMb, 300, 0.05),
          ]
        : [],
    describe: (figures) =>
      `declarations ${figures.size} nodes (${figures.files} files): cpu ${figures.cpuMs} ms, wall median ${figures.medianMs} ms, first run ${figures.firstRunMs} ms (cpu ${figures.firstRunCpuMs} ms), noise ${round(figures.noise * 100)} %, peak rss ${figures.peakRssMb} MB`,
  });
}
