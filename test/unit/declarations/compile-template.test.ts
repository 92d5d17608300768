import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../../src/declarations/compile-template.js';

const values = {
  name: 'k8s-w-03',
  fqdn: 'k8s-w-03.dc1.example.org',
  index: 3,
  pool: 'k8s-workers',
  site: 'dc1',
};

describe('compileTemplate', () => {
  it.each([
    ['{name}', 'k8s-w-03'],
    ['{fqdn}', 'k8s-w-03.dc1.example.org'],
    ['n{index}', 'n3'],
    ['k8s-w-{index:02}', 'k8s-w-03'],
    ['x{index:03}', 'x003'],
    ['{pool}@{site}', 'k8s-workers@dc1'],
    ['plain text', 'plain text'],
    ['{{literal}} {name}', '{literal} k8s-w-03'],
  ])('renders %s as %s', (text, expected) => {
    const result = compileTemplate(text);
    expect(result.ok && result.template.render(values)).toBe(expected);
  });

  it('lists the placeholders used', () => {
    const result = compileTemplate('{name}-{index:02}-{name}');
    expect(result.ok && [...result.template.placeholders].sort()).toEqual(['index', 'name']);
  });

  it.each([
    ['{hostname}', 'unknown placeholder {hostname}'],
    ['{name:02}', 'unknown placeholder {name:02}'],
    ['{index:2}', 'unknown placeholder {index:2}'],
    ['{name', 'without a matching "}"'],
    ['name}', 'without a matching "{"'],
  ])('refuses %s', (text, problem) => {
    const result = compileTemplate(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toContain(problem);
  });
});
