import type { DesiredState } from '../core/desired/desired-state.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import type { DeclarationSource } from '../ports/declaration-source.js';
import { DiagnosticList } from './diagnostic-list.js';
import { parseYamlDocuments, type ParsedDocument } from './parse-yaml-documents.js';
import { readDeclarationFiles, readReferencedFiles } from './read-declaration-files.js';
import { resolveDeclarations } from './resolve-declarations.js';

export interface LoadResult {
  /** Null when any diagnostic is an error: nothing may be applied from these declarations. */
  readonly desired: DesiredState | null;
  /** Every finding, sorted by file, line and column. */
  readonly diagnostics: readonly Diagnostic[];
  /** Declaration files read. */
  readonly files: number;
}

/**
 * Reads, validates and resolves every declaration under `root` (a repository-relative folder, '' for the whole
 * repository) of a source. The same source contents give the same result whether they come from a working tree
 * or a commit.
 */
export async function loadDesiredState(source: DeclarationSource, root = ''): Promise<LoadResult> {
  const normalisedRoot = root.replace(/^\.?\/+|\/+$/g, '').replace(/^\.$/, '');
  const diagnostics = new DiagnosticList();
  const memo = source.memo;
  const memoKey = (path: string, oid: string): string => `parsed\u0000${oid}\u0000${path}`;
  // The same bytes at the same path parse the same: a base and a head share the documents of such files. What
  // the memo has is taken when the file is listed, so that another load settling the memo meanwhile cannot drop it.
  const reused = new Map<string, readonly ParsedDocument[]>();
  const known = (path: string, oid: string): boolean => {
    const key = memoKey(path, oid);
    const documents = memo?.get(key) as readonly ParsedDocument[] | undefined;
    if (documents !== undefined) reused.set(key, documents);
    return documents !== undefined;
  };
  // One listing serves the declarations and the answer file templates the Plans name.
  const listing = await source.list(normalisedRoot);
  const files = await readDeclarationFiles(listing, normalisedRoot, diagnostics, known);
  const documents: ParsedDocument[] = files.flatMap((file) => {
    const key = file.oid === null || memo === undefined ? null : memoKey(file.path, file.oid);
    const kept = key === null ? undefined : reused.get(key);
    if (kept !== undefined) {
      memo?.set(key as string, kept);
      return kept;
    }
    if (file.text === null) throw new Error(`${file.path} was neither read nor kept`);
    const before = diagnostics.count;
    const parsed = parseYamlDocuments(file.path, file.text, diagnostics);
    // Only clean parses are kept: findings are told by the read that parses, once.
    if (key !== null && diagnostics.count === before) memo?.set(key, parsed);
    return parsed;
  });
  memo?.settle();
  const answerFiles = await readReferencedFiles(listing, normalisedRoot, answerFileTemplates(documents));
  const desired = resolveDeclarations(
    documents,
    { file: normalisedRoot === '' ? '.' : normalisedRoot, line: 1, column: 1 },
    diagnostics,
    answerFiles,
    memo !== undefined,
  );
  return {
    desired: diagnostics.hasErrors ? null : desired,
    diagnostics: diagnostics.sorted(),
    files: files.length,
  };
}

/** The answer file templates that Plans name (osDeployment.virtualMedia.answerFile.template). */
function answerFileTemplates(documents: readonly ParsedDocument[]): Set<string> {
  const paths = new Set<string>();
  const field = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  for (const document of documents) {
    if (field(document.value, 'kind') !== 'Plan') continue;
    const path = field(
      field(field(field(field(document.value, 'spec'), 'osDeployment'), 'virtualMedia'), 'answerFile'),
      'template',
    );
    if (typeof path === 'string') paths.add(path);
  }
  return paths;
}
