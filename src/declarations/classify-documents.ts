import {
  API_VERSION,
  DECLARATION_KINDS,
  isDeclarationKind,
  type DeclarationKind,
} from './declaration-kinds.js';
import { checkDocumentValues } from './check-document-values.js';
import { checkMaintenanceWindows, checkSiteTls } from './check-site-rules.js';
import type { DiagnosticList } from './diagnostic-list.js';
import { mapSchemaErrors } from './map-schema-errors.js';
import { isMap, type Plain } from './merge-layers.js';
import type { ParsedDocument } from './parse-yaml-documents.js';
import { precompiledValidator } from './precompiled-validator.js';

/** One declared resource. `valid` is false when its document broke the schema: it is then known but not resolved. */
export interface Resource {
  readonly kind: DeclarationKind;
  readonly name: string;
  readonly document: ParsedDocument;
  readonly spec: { readonly [key: string]: Plain };
  readonly valid: boolean;
}

const PASSWORD_PATH = ['spec', 'oneview', 'credentials', 'password'] as const;

/** Checks each document's envelope and schema; returns every document that names a kind and a resource. */
export function classifyDocuments(
  documents: readonly ParsedDocument[],
  diagnostics: DiagnosticList,
): Resource[] {
  const validate = precompiledValidator();
  const resources: Resource[] = [];
  for (const document of documents) {
    // Reserved keys and control characters are refused in any document, whatever its kind.
    const cleanValues = checkDocumentValues(document, diagnostics);
    const value = document.value;
    if (!isMap(value) || !('kind' in value)) {
      diagnostics.error(
        'DECL_MISSING_KIND',
        `This document has no kind: every document needs apiVersion: ${API_VERSION}, kind (${kindList()}), metadata and spec.`,
        document.locate([]),
      );
      continue;
    }
    const kind = value['kind'];
    if (!isDeclarationKind(kind)) {
      diagnostics.error(
        'DECL_UNKNOWN_KIND',
        `The kind ${JSON.stringify(kind)} is not known; use one of ${kindList()}.`,
        document.locate(['kind']),
        'kind',
      );
      continue;
    }
    const literalSecret = kind === 'Site' && hasLiteralPassword(value);
    if (literalSecret) {
      diagnostics.error(
        'DECL_LITERAL_SECRET',
        'spec.oneview.credentials.password is written in the file; reference it instead with {env: NAME} or {file: PATH}.',
        document.locate([...PASSWORD_PATH]),
        PASSWORD_PATH.join('.'),
      );
    }
    const errors = validate(kind, value);
    mapSchemaErrors(
      errors,
      document,
      diagnostics,
      (path) => literalSecret && path.startsWith('/spec/oneview/credentials/password'),
    );
    const metadata = value['metadata'];
    const name = isMap(metadata) && typeof metadata['name'] === 'string' ? metadata['name'] : null;
    if (name === null) continue;
    const spec = isMap(value['spec']) ? value['spec'] : {};
    if (kind === 'Site') checkSiteTls(spec, document, diagnostics);
    const soundWindows = kind !== 'Site' || checkMaintenanceWindows(spec, document, diagnostics);
    resources.push({
      kind,
      name,
      document,
      spec,
      valid: errors.length === 0 && !literalSecret && cleanValues && soundWindows,
    });
  }
  return resources;
}

function hasLiteralPassword(value: { readonly [key: string]: Plain }): boolean {
  let node: Plain | undefined = value;
  for (const key of PASSWORD_PATH) node = isMap(node) ? node[key] : undefined;
  return node !== undefined && node !== null && !isMap(node);
}

function kindList(): string {
  return Object.keys(DECLARATION_KINDS).join(', ');
}
