import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

/*
 * Runs a composite GitHub Action's `run:` steps the way the Actions runner does: each step's script in
 * `bash --noprofile --norc -eo pipefail`, in the workspace, with the variables the runner gives a step
 * (GITHUB_ACTION_PATH, GITHUB_OUTPUT per step, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH, RUNNER_TEMP...) and the
 * step's `env:` with its expressions evaluated. GitHub itself cannot run here, so this is the part of the runner
 * the action relies on, and no more: `uses:` steps (setup-node, the cache) are skipped, as Node.js is on this machine
 * and Phoenix is built; only `inputs.*`, `github.token`, `github.action_path` and `steps.<id>.outputs.*`
 * expressions are understood, and any other fails the run rather than being guessed.
 */

interface ActionStep {
  readonly id?: string;
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly shell?: string;
  readonly if?: string;
  readonly env?: Readonly<Record<string, string>>;
}

interface ActionFile {
  readonly inputs: Readonly<Record<string, { readonly default?: string }>>;
  readonly outputs: Readonly<Record<string, { readonly value: string }>>;
  readonly runs: { readonly using: string; readonly steps: readonly ActionStep[] };
}

export interface StepResult {
  readonly name: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ActionRun {
  readonly steps: readonly StepResult[];
  readonly outputs: Readonly<Record<string, string>>;
  /** Exit code of the first step that failed, or 0. */
  readonly code: number;
}

export interface ActionContext {
  /** The folder holding action.yml (GITHUB_ACTION_PATH). */
  readonly actionPath: string;
  /** The checked-out repository (GITHUB_WORKSPACE), where steps run. */
  readonly workspace: string;
  readonly inputs: Readonly<Record<string, string>>;
  /** What `github.token` stands for. */
  readonly token: string;
  /** The runner's own variables: GITHUB_EVENT_PATH, GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_STEP_SUMMARY... */
  readonly env: Readonly<Record<string, string>>;
  readonly tempDir: string;
}

function evaluate(
  text: string,
  inputs: Readonly<Record<string, string>>,
  steps: ReadonlyMap<string, Readonly<Record<string, string>>>,
  context: ActionContext,
): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_whole, expression: string) => {
    let match = /^inputs\.([\w-]+)$/.exec(expression);
    if (match !== null) return inputs[match[1]!] ?? '';
    match = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (match !== null) return steps.get(match[1]!)?.[match[2]!] ?? '';
    if (expression === 'github.token') return context.token;
    if (expression === 'github.action_path') return context.actionPath;
    throw new Error(`The test runner does not evaluate the expression ${expression}.`);
  });
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([\w-]+)<<(.+)$/.exec(line);
    if (heredoc !== null) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

function runBash(script: string, cwd: string, env: Readonly<Record<string, string>>): Promise<StepResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ name: '', code: code ?? 1, stdout, stderr }));
  });
}

/** Runs the action's steps in order, as the runner does, stopping at the first failure. */
export async function runCompositeAction(context: ActionContext): Promise<ActionRun> {
  const action = parse(await readFile(join(context.actionPath, 'action.yml'), 'utf8')) as ActionFile;
  if (action.runs.using !== 'composite') throw new Error('Only composite actions run here.');
  const steps = new Map<string, Record<string, string>>();
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    inputs[name] = context.inputs[name] ?? evaluate(input.default ?? '', {}, steps, context);
  }
  const results: StepResult[] = [];
  const scratch = await mkdtemp(join(context.tempDir, 'steps-'));
  let code = 0;
  for (const [index, step] of action.runs.steps.entries()) {
    if (step.uses !== undefined) continue;
    if (step.run === undefined || step.shell !== 'bash')
      throw new Error(`Step ${index} is not a bash run step.`);
    if (step.if !== undefined)
      throw new Error(`Step ${index} has a condition the test runner does not evaluate.`);
    const script = join(scratch, `step-${index}.sh`);
    const outputFile = join(scratch, `step-${index}.output`);
    await writeFile(script, step.run);
    await writeFile(outputFile, '');
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [
        key,
        evaluate(String(value), inputs, steps, context),
      ]),
    );
    const result = await runBash(script, context.workspace, {
      ...context.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: context.actionPath,
      GITHUB_WORKSPACE: context.workspace,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: context.tempDir,
      RUNNER_OS: 'Linux',
      ...stepEnv,
    });
    results.push({ ...result, name: step.name ?? step.id ?? `step ${index}` });
    if (step.id !== undefined) steps.set(step.id, parseOutputs(await readFile(outputFile, 'utf8')));
    if (result.code !== 0) {
      code = result.code;
      break;
    }
  }
  const outputs = Object.fromEntries(
    Object.entries(action.outputs).map(([name, output]) => [
      name,
      evaluate(output.value, inputs, steps, context),
    ]),
  );
  return { steps: results, outputs, code };
}
