import { describe, expect, it } from 'vitest';
import { renderValidationReport, type ValidationReport } from '../../../src/cli/views/diagnostics-view.js';

const report: ValidationReport = {
  valid: false,
  root: 'sites/dc1',
  files: 3,
  summary: null,
  diagnostics: [
    {
      severity: 'error',
      code: 'DECL_SCHEMA',
      message: 'a: 50% done,\nnext',
      file: 'p, q.yaml',
      line: 4,
      column: 7,
      path: 'spec.x',
    },
  ],
};

describe('renderValidationReport', () => {
  it('renders text', () => {
    expect(renderValidationReport(report, 'text')).toBe(
      'p, q.yaml:4:7: error DECL_SCHEMA: a: 50% done,\nnext (spec.x)\nInvalid: 1 error in 3 files under sites/dc1.\n',
    );
  });

  it('escapes GitHub workflow commands', () => {
    expect(renderValidationReport(report, 'github').split('\n')[0]).toBe(
      '::error file=p%2C q.yaml,line=4,col=7,title=DECL_SCHEMA::a: 50%25 done,%0Anext',
    );
  });

  it('renders JSON', () => {
    expect(JSON.parse(renderValidationReport(report, 'json'))).toEqual(report);
  });
});
