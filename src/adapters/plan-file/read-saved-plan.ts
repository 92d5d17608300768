import { readFile } from 'node:fs/promises';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { PLAN_FORMAT_VERSION } from '../../core/plan/reconcile-plan.js';

/** schemas/plan.schema.json, from src/adapters/plan-file or dist/adapters/plan-file alike. */
const PLAN_SCHEMA = new URL('../../../schemas/plan.schema.json', import.meta.url);

let compiled: ValidateFunction | null = null;

/**
 * The plan schema, read and compiled on first use: ajv itself is loaded then too, so that only `apply --plan`
 * pays for it, not the start of every command that can read a plan file.
 */
async function planValidator(): Promise<ValidateFunction> {
  if (compiled !== null) return compiled;
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const schema = JSON.parse(await readFile(PLAN_SCHEMA, 'utf8')) as Record<string, unknown>;
  compiled = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  return compiled;
}

/**
 * A plan file written by `phoenix plan --out`, parsed and validated against schemas/plan.schema.json. A file
 * that cannot be read or parsed, or that does not validate, is PLAN_INVALID naming the file and the first field
 * at fault (a JSON pointer); another format version is PLAN_FORMAT_UNSUPPORTED. Returns the value as read.
 */
export async function readPlanFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PhoenixError('PLAN_INVALID', { file, problem: 'the file cannot be read' }, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PhoenixError('PLAN_INVALID', { file, problem: 'not readable JSON' }, { cause: error });
  }
  const version = (value as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== PLAN_FORMAT_VERSION)
    throw new PhoenixError('PLAN_FORMAT_UNSUPPORTED', { file, formatVersion: version ?? null });
  const validate = await planValidator();
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const field =
      first === undefined
        ? '/'
        : first.keyword === 'required'
          ? `${first.instancePath}/${String((first.params as { missingProperty?: unknown }).missingProperty)}`
          : first.keyword === 'additionalProperties'
            ? `${first.instancePath}/${String((first.params as { additionalProperty?: unknown }).additionalProperty)}`
            : first.instancePath || '/';
    throw new PhoenixError('PLAN_INVALID', {
      file,
      field,
      problem: `does not match schemas/plan.schema.json: ${first?.message ?? 'invalid'}`,
      errors: validate.errors?.length ?? 0,
    });
  }
  return value;
}
