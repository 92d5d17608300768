import { fileURLToPath } from 'node:url';
import { declarationErrors } from '../src/core/errors/codes/decl.js';
import { DECLARATION_KINDS } from '../src/declarations/declaration-kinds.js';
import { DEFINITIONS_SCHEMA, type SchemaObject } from '../src/declarations/load-schemas.js';
import { readSchemaFiles } from './render-schema-module.js';

export const DECLARATIONS_REFERENCE_FILE = fileURLToPath(
  new URL('../docs/reference/declarations.md', import.meta.url),
);

interface Row {
  readonly field: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

/** docs/reference/declarations.md, generated from schemas/declarations and the DECL_ codes of the catalog. */
export function renderDeclarationsReference(): string {
  const schemas = readSchemaFiles();
  const definitions = (schemas.get(DEFINITIONS_SCHEMA)?.['$defs'] ?? {}) as Record<string, SchemaObject>;
  const resolve = (schema: SchemaObject): { schema: SchemaObject; name: string | null } => {
    const ref = schema['$ref'];
    if (typeof ref !== 'string') return { schema, name: null };
    const name = ref.slice(ref.lastIndexOf('/') + 1);
    const target = definitions[name];
    if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
    return { schema: { ...target, ...withoutRef(schema) }, name };
  };
  const out: string[] = [HEADER];
  for (const [kind, file] of Object.entries(DECLARATION_KINDS)) {
    const schema = schemas.get(file)!;
    out.push(`## ${kind}`, '', String(schema['description']), '');
    out.push(
      `Schema: \`schemas/declarations/${file}\`. Modeline: \`# yaml-language-server: $schema=<path to>/${file}\`.`,
      '',
    );
    out.push('| Field | Type | Required | Description |', '|---|---|---|---|');
    for (const row of flatten(schema, '', resolve)) {
      out.push(
        `| \`${row.field}\` | ${escapeCell(row.type)} | ${row.required ? 'yes' : ''} | ${escapeCell(row.description)} |`,
      );
    }
    out.push('');
  }
  out.push(GUIDE);
  out.push(
    '## Diagnostic codes',
    '',
    'Every finding carries file, line, column, YAML path and one of these codes.',
    '',
  );
  out.push('| Code | Meaning | What to do |', '|---|---|---|');
  for (const [code, spec] of Object.entries(declarationErrors)) {
    if (code === 'DECL_INVALID' || code === 'DECL_ROOT_NOT_FOUND') continue;
    out.push(`| \`${code}\` | ${escapeCell(spec.message)} | ${escapeCell(spec.hint)} |`);
  }
  return `${out.join('\n')}\n`;
}

const DEFINITION_LABELS: Readonly<Record<string, string>> = {
  name: 'name (DNS label)',
  duration: 'duration',
  countOrPercent: 'integer or percentage',
  attributes: 'map of string',
  dependsOn: 'list of names',
};

type Resolver = (schema: SchemaObject) => { schema: SchemaObject; name: string | null };

function flatten(schema: SchemaObject, prefix: string, resolve: Resolver): Row[] {
  const rows: Row[] = [];
  const properties = (schema['properties'] ?? {}) as Record<string, SchemaObject>;
  const required = new Set((schema['required'] ?? []) as string[]);
  for (const [key, raw] of Object.entries(properties)) {
    const field = prefix === '' ? key : `${prefix}.${key}`;
    const { schema: property, name } = resolve(unwrapNullable(raw));
    rows.push({
      field,
      type: typeOf(property, name, resolve),
      required: required.has(key),
      description: describe(raw, property),
    });
    rows.push(...children(property, field, resolve));
  }
  return rows;
}

function children(schema: SchemaObject, field: string, resolve: Resolver): Row[] {
  if (isObjectWithProperties(schema)) return flatten(schema, field, resolve);
  const items = schema['items'] as SchemaObject | undefined;
  if (items !== undefined) {
    const { schema: item } = resolve(items);
    if (isObjectWithProperties(item)) return flatten(item, `${field}[]`, resolve);
  }
  const values = schema['additionalProperties'];
  if (typeof values === 'object' && values !== null) {
    const { schema: value } = resolve(values as SchemaObject);
    if (isObjectWithProperties(value)) return flatten(value, `${field}.<name>`, resolve);
  }
  return [];
}

function typeOf(schema: SchemaObject, name: string | null, resolve: Resolver): string {
  if ('const' in schema) return `\`${JSON.stringify(schema['const'])}\``;
  if (Array.isArray(schema['enum'])) {
    return (schema['enum'] as unknown[])
      .filter((v) => v !== null)
      .map((v) => `\`${JSON.stringify(v).replaceAll('"', '')}\``)
      .join(' or ');
  }
  if (name !== null && !isObjectWithProperties(schema)) return DEFINITION_LABELS[name] ?? name;
  const anyOf = schema['anyOf'] as SchemaObject[] | undefined;
  if (anyOf !== undefined)
    return anyOf.map((branch) => typeOf(resolve(branch).schema, resolve(branch).name, resolve)).join(' or ');
  const types = [schema['type']].flat().filter((t) => t !== 'null' && t !== undefined) as string[];
  if (types.includes('array')) {
    const items = resolve((schema['items'] ?? {}) as SchemaObject);
    return `list of ${isObjectWithProperties(items.schema) ? 'mappings' : typeOf(items.schema, items.name, resolve)}`;
  }
  if (types.includes('object') && !isObjectWithProperties(schema)) {
    const values = resolve((schema['additionalProperties'] ?? {}) as SchemaObject);
    return `map of ${typeOf(values.schema, values.name, resolve)}`;
  }
  if (types.includes('object')) return 'mapping';
  return types.join(' or ');
}

function describe(raw: SchemaObject, resolved: SchemaObject): string {
  return (raw['description'] ?? resolved['description'] ?? '') as string;
}

function unwrapNullable(schema: SchemaObject): SchemaObject {
  const anyOf = schema['anyOf'] as SchemaObject[] | undefined;
  if (anyOf === undefined) return schema;
  const rest = anyOf.filter((branch) => branch['type'] !== 'null');
  return rest.length === 1 ? { ...rest[0]!, ...withoutKeys(schema, ['anyOf']) } : schema;
}

function isObjectWithProperties(schema: SchemaObject): boolean {
  return typeof schema['properties'] === 'object';
}

function withoutRef(schema: SchemaObject): SchemaObject {
  return withoutKeys(schema, ['$ref']);
}

function withoutKeys(schema: SchemaObject, keys: readonly string[]): SchemaObject {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !keys.includes(key)));
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

const HEADER = `<!-- Generated from schemas/declarations by \`npm run generate\`. Do not edit; a test fails when it is stale. -->

# Declarations reference

A declarations root (the repository root, or \`--path\`) holds \`*.yaml\` / \`*.yml\` files, dot-folders excluded.
Each YAML document is one resource:

\`\`\`yaml
apiVersion: phoenix/v1alpha1
kind: Site | Plan | NodePool | Node
metadata: { name: <lowercase DNS label>, labels: {} }
spec: { ... }
\`\`\`

Files over 1 MiB, files that are not UTF-8 text, symbolic links that leave the repository and YAML documents
that expand more than 100 aliases are refused. Unknown keys are errors.
`;

const GUIDE = `## Merging

A node's settings are merged from layers, lowest first: \`Site.spec.defaults\`, then the plan chain (the root
ancestor first, the node's own plan last), then the NodePool or Node, then \`overrides[<node name>]\` of its pool.

- Maps merge key by key, to any depth; a scalar takes the value of the highest layer that sets it.
- Lists replace the inherited list, except \`verify.checks\`, whose items merge by \`name\`: a layer that declares a
  check with an inherited name changes only the keys it sets.
- \`null\` deletes an inherited key, e.g. \`attributes: { DATADOG_TAG: null }\`.

## Templating

Runs after merging, on \`naming.pattern\`, \`naming.fqdn\`, a Node's \`fqdn\`, attribute values and the \`service\`,
\`host\` and \`url\` of verify checks.

| Placeholder | Value | Available in |
|---|---|---|
| \`{name}\` | the node name | everywhere but \`naming.pattern\` |
| \`{fqdn}\` | the node's fully qualified name | attributes and checks, when an fqdn is declared |
| \`{index}\` | the node's index in its pool (from \`naming.startIndex\`, default 1) | pools |
| \`{index:02}\` | the index zero-padded to 2 digits (\`{index:03}\` to 3, and so on) | pools |
| \`{pool}\` | the pool name | pools |
| \`{site}\` | the Site name | everywhere |

\`{{\` and \`}}\` are literal braces. Any other placeholder is an error.

## Values

- Durations are strings of a number and a unit, units \`ms\`, \`s\`, \`m\`, \`h\`, \`d\`, combinable: \`"30s"\`, \`"5m"\`,
  \`"2h"\`, \`"1h30m"\`.
- Rollout counts are integers or percentages of the pool's replicas: \`maxUnavailable: "25%"\` of 4 replicas is 1.
  \`maxUnavailable\` rounds down, \`maxSurge\` and \`maxInFlight\` round up. Defaults: \`maxUnavailable: 1\`,
  \`maxSurge: 0\`, \`maxInFlight: 10\`. When \`maxUnavailable\` and \`maxSurge\` both come to 0, \`maxUnavailable\` is 1.
- Credentials are references only: \`{env: NAME}\` or \`{file: PATH}\`. A literal password is an error (its value is
  never repeated in the message).

## Verify checks

A node is Ready when every check passes continuously for \`verify.stableFor\` within \`verify.timeout\`, on top
of the implicit OneView check (profile applied, hardware powered on, status OK or Warning).

\`\`\`yaml
verify:
  stableFor: 1m
  timeout: 20m
  checks:
    - name: consul-node     # the node registered in the Consul catalog
      type: consul
    - name: docker          # the docker service passes on that node
      type: consul
      service: docker
    - name: ssh             # a TCP connection to port 22 succeeds
      type: tcp
      host: '{fqdn}'
      port: 22
    - name: health          # an HTTP GET answers 200
      type: http
      url: 'http://{fqdn}:8080/healthz'
      expectStatus: 200
\`\`\`

## Spec hash

Each desired node carries a spec hash: the sha256 of the canonical JSON of its profile template, deployment
plan, golden image, attributes after templating, and server hardware type. A changed spec hash replaces the
server. Changing verify, rollout, remediation, \`protected\` or \`dependsOn\` never touches a server.
`;
