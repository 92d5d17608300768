// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (name) => `(^|/)${name}/`;

/** Third-party libraries that have exactly one gateway folder (STYLE.md: one gateway per library). */
const gateways = {
  pino: 'src/logging',
  'pino-pretty': 'src/logging',
  'isomorphic-git': 'src/adapters/git',
  undici: 'src/adapters/oneview',
  'node-cron': 'src/daemon',
  'p-queue': 'src/engine',
  'prom-client': 'src/daemon',
  openpgp: 'src/adapters/signatures',
  pg: 'src/adapters/postgres',
  'log-update': 'src/cli',
  picocolors: 'src/cli',
  '@fastify/static': 'src/daemon',
  ignore: 'src/adapters/ignore-files',
};

/** The dependency rule: which layers each folder of src/ must not import. */
const folders = {
  'src/core': {
    forbidden: ['^(?!\\.)', layer('(engine|adapters|cli|daemon|simulator|declarations|ports|logging)')],
    why: 'src/core is pure: it imports nothing outside itself (no node:, no packages, no other layer).',
  },
  'src/declarations': {
    forbidden: [layer('(engine|adapters|cli|daemon|simulator|logging)')],
    why: 'src/declarations depends on core only.',
  },
  'src/ports': {
    forbidden: [layer('(engine|adapters|cli|daemon|simulator|declarations)')],
    why: 'Ports are interfaces over core types.',
  },
  'src/engine': {
    forbidden: [layer('(adapters|cli|daemon|simulator)')],
    why: 'The engine works over ports passed in by the composition roots.',
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
      'ignore-files',
    ].map((name) => [
      `src/adapters/${name}`,
      {
        forbidden: [layer('(engine|cli|daemon|simulator)')],
        why: 'Adapters implement ports; they do not call the engine.',
      },
    ]),
  ),
  'src/simulator': {
    forbidden: [layer('(core|engine|adapters|cli|daemon|declarations|ports)')],
    why: 'The simulator is a separate product: it imports nothing from the reconciler.',
  },
  'src/logging': {
    forbidden: [layer('(engine|adapters|cli|daemon|simulator|declarations)')],
    why: 'Logging is a leaf.',
  },
  'src/cli': { forbidden: [], why: '' },
  'src/daemon': { forbidden: [layer('(cli)')], why: 'The daemon is a composition root beside the CLI.' },
};

const importRules = Object.entries(folders).map(([folder, { forbidden, why }]) => ({
  files: [`${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((regex) => ({ regex, message: why })),
        paths: Object.entries(gateways)
          .filter(([, home]) => folder !== home && !folder.startsWith(`${home}/`))
          .map(([name, home]) => ({ name, message: `Only ${home} imports ${name}.` })),
      },
    ],
  },
}));

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
