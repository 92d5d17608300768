import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { freshDemoPlan, mixedPlan } from '../../../support/builders/sample-plans.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../../schemas/plan.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe('schemas/plan.schema.json', () => {
  it.each([
    ['fresh demo', freshDemoPlan],
    ['mixed', mixedPlan],
  ] as const)('accepts the %s plan', (_label, build) => {
    const plan = JSON.parse(JSON.stringify(build()));
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a plan with an unknown action', () => {
    const plan = JSON.parse(JSON.stringify(mixedPlan()));
    plan.changes[0].action = 'adopt';
    expect(validate(plan)).toBe(false);
  });
});
