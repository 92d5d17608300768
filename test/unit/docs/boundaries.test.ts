import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const architecture = readFileSync(new URL('docs/architecture.md', ROOT), 'utf8');

const LAYERS = [
  'core',
  'ports',
  'declarations',
  'engine',
  'adapters',
  'logging',
  'cli',
  'daemon',
  'simulator',
];

/** A representative source file of each folder the layer table names. */
const PROBES: Record<string, string> = {
  'src/core': 'src/core/plan/probe.ts',
  'src/ports': 'src/ports/probe.ts',
  'src/declarations': 'src/declarations/probe.ts',
  'src/engine': 'src/engine/apply/probe.ts',
  'src/adapters/*': 'src/adapters/oneview/probe.ts',
  'src/logging': 'src/logging/probe.ts',
  'src/cli': 'src/cli/commands/probe.ts',
  'src/daemon': 'src/daemon/probe.ts',
  'src/simulator': 'src/simulator/routes/probe.ts',
};

/** The rows of the markdown table that follows `heading`-like text, as arrays of trimmed cells. */
function tableAfter(marker: string): string[][] {
  const lines = architecture.slice(architecture.indexOf(marker)).split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const names = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

let restricted: (file: string) => Promise<RegExp[]>;

beforeAll(() => {
  const eslint = new ESLint({ cwd: new URL('.', ROOT).pathname });
  restricted = async (file) => {
    const config = (await eslint.calculateConfigForFile(file)) as {
      rules?: Record<string, [unknown, { patterns?: { regex: string }[] }?]>;
    };
    const options = config.rules?.['no-restricted-imports']?.[1];
    return (options?.patterns ?? []).map((p) => new RegExp(p.regex, 'u'));
  };
});

const forbids = (patterns: readonly RegExp[], specifier: string): boolean =>
  patterns.some((p) => p.test(specifier));

describe('the layer table of docs/architecture.md and the lint rules say the same', () => {
  const rows = tableAfter('## Layers');

  it('names every layer once', () => {
    expect(rows.flatMap(([folders]) => names(folders!)).sort()).toEqual(Object.keys(PROBES).sort());
  });

  it.each(rows.map((row) => [names(row[0]!).join(', '), row[2]!] as const))(
    '%s may import: %s',
    async (folders, mayImport) => {
      for (const folder of folders.split(', ')) {
        const patterns = await restricted(PROBES[folder]!);
        const own = folder.replace(/^src\//, '').replace(/\/\*$/, '');
        const allowed =
          mayImport === 'everything'
            ? LAYERS
            : mayImport === 'everything above'
              ? LAYERS.filter((l) => l !== 'simulator' && l !== 'cli')
              : LAYERS.filter((l) => new RegExp(`\\b${l}\\b`).test(mayImport));
        for (const layer of LAYERS) {
          if (layer === own) continue;
          const specifier = `../../${layer}/x.js`;
          expect(forbids(patterns, specifier), `${folder} importing ${layer}`).toBe(!allowed.includes(layer));
        }
      }
    },
  );
});

describe('each third-party library has its gateway folders, as the doc lists them', () => {
  const gateways = new Map<string, string[]>();
  for (const [libraries, homes] of tableAfter('Each third-party library has one gateway folder')) {
    for (const library of names(libraries!)) gateways.set(library, names(homes!));
  }

  it('lists every runtime dependency of package.json', () => {
    expect([...gateways.keys()].sort()).toEqual(Object.keys(manifest.dependencies).sort());
  });

  it.each(Object.keys(manifest.dependencies))('%s is imported only from its gateway', async (library) => {
    const homes = gateways.get(library) ?? [];
    for (const probe of Object.values(PROBES)) {
      const inside = homes.some((home) => probe.startsWith(`${home}/`));
      const patterns = await restricted(probe);
      expect(forbids(patterns, library), `${library} from ${probe}`).toBe(!inside);
      expect(forbids(patterns, `${library}/sub/path.js`), `${library}/… from ${probe}`).toBe(!inside);
    }
  });

  it('keeps development dependencies out of src/', async () => {
    const dev = Object.keys(manifest.devDependencies).filter((name) => !name.startsWith('@types/'));
    for (const probe of Object.values(PROBES)) {
      const patterns = await restricted(probe);
      for (const name of dev) expect(forbids(patterns, name), `${name} from ${probe}`).toBe(true);
    }
  });
});
