import type { ErrorObject } from 'ajv/dist/2020.js';
import type { DeclarationDiagnosticCode } from '../core/errors/codes/decl.js';
import type { DiagnosticList } from './diagnostic-list.js';
import type { ParsedDocument } from './parse-yaml-documents.js';
import { formatYamlPath, type YamlPath } from './yaml-path.js';

interface Finding {
  readonly code: DeclarationDiagnosticCode;
  readonly path: YamlPath;
  readonly target: 'key' | 'value';
  readonly message: string;
}

/**
 * Turns ajv errors into diagnostics at the line and column of the offending node. Noise from the schema's own
 * structure (the null branch of "value or null", the branches of oneOf) is folded into one finding per problem.
 */
export function mapSchemaErrors(
  errors: readonly ErrorObject[],
  document: ParsedDocument,
  diagnostics: DiagnosticList,
  ignore: (instancePath: string) => boolean = () => false,
): void {
  const kept = errors.filter(
    (e) => !ignore(e.instancePath) && !e.schemaPath.includes('/oneOf/') && !isNullTypeError(e),
  );
  const relevant = kept.filter((e) => {
    if (e.keyword === 'anyOf' || e.keyword === 'propertyNames') {
      return !kept.some(
        (other) => other !== e && other.keyword !== e.keyword && isWithin(other.instancePath, e.instancePath),
      );
    }
    return true;
  });
  const typeErrors = new Map<string, Set<string>>();
  for (const e of relevant) {
    if (e.keyword !== 'type') continue;
    const types = typeErrors.get(e.instancePath) ?? new Set<string>();
    for (const type of [(e.params as { type: string | string[] }).type].flat())
      if (type !== 'null') types.add(type);
    typeErrors.set(e.instancePath, types);
  }
  for (const [instancePath, types] of typeErrors) {
    const path = toPath(instancePath);
    report(document, diagnostics, {
      code: 'DECL_SCHEMA',
      path,
      target: 'value',
      message: `${label(path)} must be ${[...types].map(article).join(' or ')}.`,
    });
  }
  for (const e of relevant) {
    if (e.keyword === 'type') continue;
    const typeAtSamePath = typeErrors.has(e.instancePath);
    if (typeAtSamePath && e.keyword === 'anyOf') continue;
    report(document, diagnostics, describe(e));
  }
}

function report(document: ParsedDocument, diagnostics: DiagnosticList, finding: Finding): void {
  diagnostics.error(
    finding.code,
    finding.message,
    document.locate(finding.path, finding.target),
    formatYamlPath(finding.path),
  );
}

function describe(e: ErrorObject): Finding {
  const path = toPath(e.instancePath);
  const params = e.params as Record<string, unknown>;
  const description = (e.parentSchema as { description?: string } | undefined)?.description;
  const expected =
    description === undefined ? '' : `: expected ${lowerFirst(description.replace(/\.$/, ''))}`;
  const propertyName = typeof params['propertyName'] === 'string' ? params['propertyName'] : undefined;
  if (propertyName !== undefined) {
    const keyPath = [...path, propertyName];
    return {
      code: 'DECL_SCHEMA',
      path: keyPath,
      target: 'key',
      message: `The key "${propertyName}" in ${label(path)} is not valid${expected}.`,
    };
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const allowed = known.length > 0 ? ` Allowed keys: ${known.join(', ')}.` : '';
      return {
        code: 'DECL_UNKNOWN_KEY',
        path: [...path, key],
        target: 'key',
        message: `Unknown key "${key}" in ${label(path)}.${allowed}`,
      };
    }
    case 'required':
      return {
        code: 'DECL_SCHEMA',
        path,
        target: path.length === 0 ? 'value' : 'key',
        message: `${label(path)} is missing the required key "${String(params['missingProperty'])}".`,
      };
    case 'enum': {
      const allowed = ((params['allowedValues'] as unknown[] | undefined) ?? []).filter((v) => v !== null);
      return {
        code: 'DECL_SCHEMA',
        path,
        target: 'value',
        message: `${label(path)} must be one of: ${allowed.map(String).join(', ')}.`,
      };
    }
    case 'const':
      return {
        code: 'DECL_SCHEMA',
        path,
        target: 'value',
        message: `${label(path)} must be "${String(params['allowedValue'])}".`,
      };
    case 'pattern':
    case 'format':
    case 'oneOf':
    case 'anyOf':
    case 'minProperties':
    case 'maxProperties':
      return {
        code: 'DECL_SCHEMA',
        path,
        target: 'value',
        message: `${label(path)} is not valid${expected || `: it ${e.message ?? 'does not match the schema'}`}.`,
      };
    case 'dependentRequired':
      return {
        code: 'DECL_SCHEMA',
        path,
        target: 'value',
        message: `${label(path)} must have ${String(params['missingProperty'])} when it has ${String(params['property'])}.`,
      };
    case 'uniqueItems':
      return {
        code: 'DECL_SCHEMA',
        path,
        target: 'value',
        message: `${label(path)} lists the same item twice.`,
      };
    default:
      return {
        code: 'DECL_SCHEMA',
        path,
        target: 'value',
        message: `${label(path)} ${e.message ?? 'does not match the schema'}.`,
      };
  }
}

function isNullTypeError(e: ErrorObject): boolean {
  return e.keyword === 'type' && (e.params as { type: unknown }).type === 'null';
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function toPath(instancePath: string): YamlPath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

function label(path: YamlPath): string {
  return path.length === 0 ? 'The document' : formatYamlPath(path);
}

function article(type: string): string {
  switch (type) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'integer':
      return 'an integer';
    default:
      return `a ${type}`;
  }
}

function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
