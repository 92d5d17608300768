// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { readFileSync } from 'node:fs';

const layer = (name) => `(^|/)${name}/`;

/** @type {{ dependencies?: Record<string, string>, devDependencies?: Record<string, string> }} */
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- the manifest, typed by the line above
const manifest = JSON.parse(readFileSync(`${import.meta.dirname}/package.json`, 'utf8'));

/**
 * Third-party libraries and their gateway folder (STYLE.md: one gateway per library): only that folder imports
 * the library. Every runtime dependency of package.json must be listed; lint refuses to start otherwise. The
 * simulator is a separate product: it has its own HTTP server, so fastify has two homes, one per product. ajv
 * validates declarations and, in the plan-file adapter, saved plans against schemas/plan.schema.json.
 */
/** @type {Record<string, string | string[]>} */
const gateways = {
  '@fastify/static': 'src/daemon',
  ajv: ['src/declarations', 'src/adapters/plan-file'],
  'ajv-formats': 'src/declarations',
  commander: 'src/cli',
  fastify: ['src/daemon', 'src/simulator'],
  'isomorphic-git': 'src/adapters/git',
  'log-update': 'src/cli',
  'node-cron': 'src/daemon',
  openpgp: 'src/adapters/signatures',
  'p-queue': 'src/engine',
  pg: 'src/adapters/postgres',
  picocolors: 'src/cli',
  pino: 'src/logging',
  'pino-pretty': 'src/logging',
  'prom-client': 'src/daemon',
  selfsigned: 'src/simulator',
  undici: 'src/adapters/oneview',
  yaml: 'src/declarations',
};

const ungated = Object.keys(manifest.dependencies ?? {}).filter((name) => !(name in gateways));
if (ungated.length > 0) {
  throw new Error(
    `eslint.config.js: give each dependency a gateway folder in \`gateways\`: ${ungated.join(', ')}`,
  );
}

/** Development dependencies (tests, build, docs, the browser UI) never reach src/. */
const devOnly = Object.keys(manifest.devDependencies ?? {}).filter((name) => !name.startsWith('@types/'));

/** @param {string} text */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The package itself and any of its subpaths (`ajv/dist/2020.js`). */
/** @param {string} name */
const packageImport = (name) => `^${escape(name)}(/|$)`;

/** The dependency rule: which layers each folder of src/ must not import (docs/architecture.md, "Layers"). */
const folders = {
  'src/core': {
    forbidden: ['^(?!\\.)', layer('(engine|adapters|cli|daemon|simulator|declarations|ports|logging)')],
    why: 'src/core is pure: it imports nothing outside itself (no node:, no packages, no other layer).',
  },
  'src/declarations': {
    forbidden: [layer('(engine|adapters|cli|daemon|simulator|logging)'), '^node:fs(/|$)'],
    why: 'src/declarations depends on core and ports only, and reads files only through the declaration source port (its schemas are an imported module).',
  },
  'src/ports': {
    forbidden: [layer('(engine|adapters|cli|daemon|simulator|declarations|logging)')],
    why: 'Ports are interfaces over core types.',
  },
  'src/engine': {
    forbidden: [layer('(adapters|cli|daemon|simulator|logging)')],
    why: 'The engine works over ports passed in by the composition roots (the logger too); it may read declarations.',
  },
  ...Object.fromEntries(
    [
      'oneview',
      'git',
      'ledger-file',
      'postgres',
      'checks',
      'working-tree',
      'clock',
      'signatures',
      'review',
      'answer-media',
      'plan-file',
    ].map((name) => [
      `src/adapters/${name}`,
      {
        forbidden: [layer('(engine|declarations|cli|daemon|simulator|logging)')],
        why: 'Adapters implement ports over core types; they do not call the engine, and log through the Logger port.',
      },
    ]),
  ),
  'src/simulator': {
    forbidden: [layer('(core|engine|adapters|cli|daemon|declarations|ports|logging)')],
    why: 'The simulator is a separate product: it imports nothing from the reconciler.',
  },
  'src/logging': {
    forbidden: [layer('(engine|adapters|cli|daemon|simulator|declarations)')],
    why: 'Logging is a leaf: the pino adapter of the Logger port.',
  },
  'src/cli': { forbidden: [], why: '' },
  'src/daemon': {
    forbidden: [layer('(cli|simulator)')],
    why: 'The daemon is a composition root beside the CLI; only the CLI starts the simulator.',
  },
};

/** @param {string} folder @param {string} home */
const isHome = (folder, home) => folder === home || folder.startsWith(`${home}/`);

const importRules = Object.entries(folders).map(([folder, { forbidden, why }]) => ({
  files: [`${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((regex) => ({ regex, message: why })),
          ...Object.entries(gateways)
            .map(([name, home]) => ({ name, homes: [home].flat() }))
            .filter(({ homes }) => !homes.some((home) => isHome(folder, home)))
            .map(({ name, homes }) => ({
              regex: packageImport(name),
              message: `Only ${homes.join(' and ')} import ${name}.`,
            })),
          ...devOnly.map((name) => ({
            regex: packageImport(name),
            message: `${name} is a development dependency: src/ never imports it.`,
          })),
        ],
      },
    ],
  },
}));

/**
 * The reconcile use case (engine/reconcile/reconcile-revision.ts) is the one way from a revision to a plan and an
 * apply: the composition roots call it, never the planner or the executor behind it. A rule of its own (the
 * typescript-eslint variant of no-restricted-imports) so that it adds to the boundary table instead of
 * replacing it; type-only imports stay allowed.
 */
const oneReconcileUseCase = {
  files: ['src/cli/**/*.ts', 'src/daemon/**/*.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '(^|/)core/plan/build-plan(\\.js)?$',
            allowTypeImports: true,
            message:
              'Plan through reconcileRevision (engine/reconcile/reconcile-revision.ts), not buildPlan.',
          },
          {
            regex:
              '(^|/)engine/apply/(apply-plan|apply-templates|run-change|schedule-changes|step-runners)(\\.js)?$',
            allowTypeImports: true,
            message:
              'Apply through reconcileRevision (engine/reconcile/reconcile-revision.ts), not the executor.',
          },
          {
            regex: '(^|/)engine/reconcile/recorded-run/',
            allowTypeImports: true,
            message:
              'Apply through reconcileRevision (engine/reconcile/reconcile-revision.ts), not runApply.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'example-repo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string-literal union or an as-const object.' },
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
      ],
    },
  },
  ...importRules,
  oneReconcileUseCase,
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The web UI runs in the browser: it shares the server's API types, never its code.
    files: ['ui/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**'],
              allowTypeImports: true,
              message: 'The UI imports only types from the server (src/).',
            },
          ],
        },
      ],
    },
  },
  { files: ['*.config.{js,ts}', 'ui/*.config.ts'], rules: { 'no-restricted-syntax': 'off' } },
);
