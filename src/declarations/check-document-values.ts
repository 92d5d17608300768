import type { DiagnosticList } from './diagnostic-list.js';
import type { ParsedDocument } from './parse-yaml-documents.js';
import { formatYamlPath, type YamlPath } from './yaml-path.js';

/** The longest string a declaration may hold: attributes are short settings, not files. */
export const MAX_VALUE_LENGTH = 16_384;

/**
 * Keys that name an object's prototype machinery in JavaScript. A map entry with one of these names would be
 * dropped or, worse, change how every later merge reads the map, so it is refused wherever it appears.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const KEY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Checks every key and string of one document, whatever its kind: no reserved key, no control character (a NUL
 * in a custom attribute would reach the appliance), no string longer than MAX_VALUE_LENGTH. Returns false when
 * it found a problem. Values are never echoed: the message says what is wrong and where.
 */
export function checkDocumentValues(document: ParsedDocument, diagnostics: DiagnosticList): boolean {
  let clean = true;
  // One path, extended and shortened as the walk goes, copied only for a finding: a copy per value visited was
  // an array per key and item of every document.
  const path: (string | number)[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const problem = stringProblem(value, CONTROL);
      if (problem !== null) {
        clean = false;
        report(problem, `${label(path)} ${problem.text}.`, [...path], 'value');
      }
      return;
    }
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index]);
        path.pop();
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) {
        clean = false;
        const keyPath = [...path, key];
        diagnostics.error(
          'DECL_RESERVED_KEY',
          `The key "${key}" in ${label(path)} is reserved and cannot be declared.`,
          document.locate(keyPath, 'key'),
          formatYamlPath(keyPath),
        );
        continue;
      }
      const problem = stringProblem(key, KEY_CONTROL);
      if (problem !== null) {
        clean = false;
        report(problem, `A key in ${label(path)} ${problem.text}.`, [...path, key], 'key');
      }
      // What such a key holds is checked too: a reserved key below it is still reported.
      path.push(key);
      visit((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  const report = (problem: StringProblem, message: string, at: YamlPath, target: 'key' | 'value'): void => {
    diagnostics.error(problem.code, message, document.locate(at, target), formatYamlPath(at));
  };
  visit(document.value);
  return clean;
}

interface StringProblem {
  readonly code: 'DECL_CONTROL_CHARACTER' | 'DECL_VALUE_TOO_LONG';
  readonly text: string;
}

function stringProblem(text: string, control: RegExp): StringProblem | null {
  const found = control.exec(text);
  if (found !== null) {
    const codePoint = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return {
      code: 'DECL_CONTROL_CHARACTER',
      text: `contains the control character U+${codePoint} at position ${found.index + 1}`,
    };
  }
  if (text.length > MAX_VALUE_LENGTH) {
    return {
      code: 'DECL_VALUE_TOO_LONG',
      text: `is ${text.length} characters long, over the limit of ${MAX_VALUE_LENGTH}`,
    };
  }
  return null;
}

function label(path: YamlPath): string {
  return path.length === 0 ? 'the document' : formatYamlPath(path);
}
