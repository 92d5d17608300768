import fc from 'fast-check';
import { mkdir, realpath, rm, stat, symlink } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadDesiredState, type LoadResult } from '../../../src/declarations/load-desired-state.js';
import type { DeclarationSource, SourceEntry } from '../../../src/ports/declaration-source.js';
import { loadRepo, VALID_REPO, writeRepo } from './fixtures.js';

/** A hang guard, not a timing assertion: a loader that has not answered in this long never will. */
const HANG_BOUND_MS = 10_000;

const encoder = new TextEncoder();

/** The files as a declaration source in memory, so that thousands of repositories cost no disk. */
function memorySource(files: Readonly<Record<string, string>>): DeclarationSource {
  const entries: SourceEntry[] = Object.entries(files).map(([path, text]) => {
    const bytes = encoder.encode(text);
    return { kind: 'file', path, size: bytes.byteLength, read: () => Promise.resolve(bytes) };
  });
  return { description: 'memory', revision: null, list: () => Promise.resolve(entries) };
}

async function loadBounded(source: DeclarationSource): Promise<LoadResult> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the loader hung for ${HANG_BOUND_MS} ms`)), HANG_BOUND_MS);
  });
  try {
    return await Promise.race([loadDesiredState(source), hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whatever a repository holds, the loader answers: never a throw, never a desired state beside an error. */
function expectCoherent(result: LoadResult): void {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(result.desired === null).toBe(errors.length > 0);
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(typeof d.file).toBe('string');
  }
}

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys a declaration may meet: schema keys, prototype names, control characters, anything. */
const key = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES, 'spec', 'attributes', 'metadata', 'name', 'kind', 'plan', 'replicas'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

/** Scalars with control characters, long runs and YAML-significant text. */
const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '\u0000',
    '\u001b[31m',
    '\u0085',
    '{name}',
    '{{',
    '*alias',
    '&a',
    '!!js/function',
    'null',
    '~',
  ),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** A resource envelope with a random spec, so that documents reach the schema and the resolver, not only YAML. */
const resource = fc.record({
  apiVersion: fc.constantFrom('phoenix/v1alpha1', 'v2'),
  kind: fc.constantFrom('Site', 'Plan', 'NodePool', 'Node', 'Gizmo'),
  metadata: fc.record({ name: fc.constantFrom('extra', 'base', 'workers', 'db-01', 'Bad Name') }),
  spec: fc.dictionary(key, value, { maxKeys: 6 }),
});

function hasReservedKey(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasReservedKey);
  if (node === null || typeof node !== 'object') return false;
  return Object.keys(node).some(
    (k) => RESERVED.has(k) || hasReservedKey((node as Record<string, unknown>)[k]),
  );
}

describe('the declaration loader under random input', () => {
  it('answers any text in a declaration file, without throwing, hanging or polluting prototypes', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(
          fc.constantFrom(
            'a: 1\n',
            '- x\n',
            '---\n',
            '&a [1]\n',
            '*a\n',
            'k: "\\0"\n',
            '__proto__: {x: 1}\n',
            '? [a]\n: b\n',
            '%YAML 1.1\n',
            '!!binary AAAA\n',
            '  bad indent\n',
          ),
          { maxLength: 12 },
        )
        .map((lines) => lines.join('')),
    );
    await fc.assert(
      fc.asyncProperty(text, async (content) => {
        const result = await loadBounded(memorySource({ ...VALID_REPO, 'extra.yaml': content }));
        expectCoherent(result);
        expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('x');
        expect(({} as Record<string, unknown>)['x']).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('refuses every document with a reserved key, and never resolves one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(resource, { minLength: 1, maxLength: 3 }), async (docs) => {
        const content = docs.map((d) => stringify(d)).join('---\n');
        const result = await loadBounded(memorySource({ ...VALID_REPO, 'extra.yaml': content }));
        expectCoherent(result);
        if (docs.some(hasReservedKey)) {
          expect(result.desired).toBeNull();
          expect(
            result.diagnostics.some((d) => d.code === 'DECL_RESERVED_KEY' && d.file === 'extra.yaml'),
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('never yields a desired state from a repository with a link it could not read', async () => {
    const link = fc.record({
      name: fc.constantFrom('pools/a.yaml', 'pools/b.yaml', 'nodes/c.yaml', 'd.yaml', 'folder'),
      target: fc.constantFrom(
        'missing.yaml',
        '../nowhere.yaml',
        '../../../../etc/hostname',
        '/etc/hostname',
        'a.yaml',
        'b.yaml',
        '../site.yaml',
        '../plans/base.yaml',
        'pools',
        '.',
      ),
    });
    const root = await writeRepo(VALID_REPO);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(link, { selector: (l) => l.name, maxLength: 4 }), async (links) => {
        for (const l of links) {
          await mkdir(dirname(join(root, l.name)), { recursive: true });
          await symlink(l.target, join(root, l.name));
        }
        try {
          const result = await Promise.race([
            loadRepo(root),
            new Promise<never>((_, reject) =>
              setTimeout(() => reject(new Error('hung')), HANG_BOUND_MS).unref(),
            ),
          ]);
          expectCoherent(result);
          const unreadable = result.diagnostics.filter((d) =>
            ['DECL_SYMLINK_BROKEN', 'DECL_SYMLINK_ESCAPE', 'DECL_FILE_UNREADABLE'].includes(d.code),
          );
          // Every link that leads nowhere readable is named, and then nothing is resolved.
          if (unreadable.length > 0) expect(result.desired).toBeNull();
          for (const d of unreadable) expect(links.map((l) => l.name)).toContain(d.file);
          // The kernel's own answer: a link it cannot follow, or that ends outside the repository, is reported.
          const realRoot = await realpath(root);
          for (const l of links) {
            const end = await realpath(join(root, l.name)).catch(() => null);
            const readable = end !== null && (await stat(end).catch(() => null)) !== null;
            if (!readable || relative(realRoot, end).startsWith('..')) {
              expect(result.desired).toBeNull();
              expect(unreadable.map((d) => d.file)).toContain(l.name);
            }
          }
        } finally {
          for (const l of links) await rm(join(root, l.name), { force: true });
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
