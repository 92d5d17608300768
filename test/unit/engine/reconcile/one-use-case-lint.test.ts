import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The messages of the repository's lint configuration for `code` as if it were the file `path`. */
async function lintAs(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

const CALLS_PLANNER_AND_EXECUTOR = [
  "import { buildPlan } from '../../core/plan/build-plan.js';",
  "import { applyPlan } from '../../engine/apply/apply-plan.js';",
  "import { runApply } from '../../engine/reconcile/recorded-run/run-apply.js';",
  'export const parts = [buildPlan, applyPlan, runApply];',
  '',
].join('\n');

describe('the one reconcile use case', () => {
  it.each(['src/cli/commands/apply.ts', 'src/daemon/dashboard/compare-revisions.ts'])(
    'keeps %s from calling the planner and the executor directly',
    async (path) => {
      const messages = await lintAs(path, CALLS_PLANNER_AND_EXECUTOR);
      expect(messages).toHaveLength(3);
      for (const message of messages) expect(message).toContain('reconcileRevision');
    },
    60_000,
  );

  it('lets the engine use them, and the composition roots import their types', async () => {
    expect(await lintAs('src/engine/reconcile/reconcile-revision.ts', CALLS_PLANNER_AND_EXECUTOR)).toEqual(
      [],
    );
    const typesOnly =
      "import type { ApplyDeps } from '../../engine/apply/apply-deps.js';\nexport type D = ApplyDeps;\n";
    expect(await lintAs('src/cli/commands/apply.ts', typesOnly)).toEqual([]);
  }, 60_000);
});
