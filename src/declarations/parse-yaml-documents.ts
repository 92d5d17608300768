import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { SourceLocation } from '../core/diagnostics/diagnostic.js';
import type { DiagnosticList } from './diagnostic-list.js';
import type { YamlPath } from './yaml-path.js';

/** Aliases one document may expand: declarations need few, an alias bomb needs millions. */
export const MAX_ALIAS_COUNT = 100;

/** One YAML document of one file, as plain data, with a way back to line and column of any of its paths. */
export interface ParsedDocument {
  readonly file: string;
  /** Zero-based position of the document in its file. */
  readonly index: number;
  readonly value: unknown;
  /** Where a path is: the key of a map entry (`key`) or its value (`value`); falls back to the nearest parent. */
  locate(path: YamlPath, target?: 'key' | 'value'): SourceLocation;
}

/** Parses every document of one file; syntax errors and alias bombs become diagnostics and drop the document. */
export function parseYamlDocuments(
  file: string,
  text: string,
  diagnostics: DiagnosticList,
): ParsedDocument[] {
  const lineCounter = new LineCounter();
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const documents = parseAllDocuments(text, {
    lineCounter,
    version: '1.2',
    uniqueKeys: true,
    prettyErrors: false,
  });
  const list = Array.isArray(documents) ? documents : [];
  const parsed: ParsedDocument[] = [];
  list.forEach((document, index) => {
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        diagnostics.error('DECL_YAML_SYNTAX', `Invalid YAML: ${firstLine(error.message)}.`, at(error.pos[0]));
      }
      return;
    }
    if (document.contents === null) return;
    let value = plainData(document.contents);
    if (value === NOT_PLAIN) {
      const collectionKey = firstCollectionKey(document);
      if (collectionKey !== null) {
        diagnostics.error(
          'DECL_YAML_SYNTAX',
          'Invalid YAML: a mapping key must be a plain value, not a list or a mapping.',
          at(collectionKey),
        );
        return;
      }
      try {
        value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (error) {
        if (error instanceof ReferenceError) {
          diagnostics.error(
            'DECL_ALIAS_LIMIT',
            `The document expands more than ${MAX_ALIAS_COUNT} aliases and was refused.`,
            at(document.contents.range[0]),
          );
          return;
        }
        throw error;
      }
    }
    parsed.push({
      file,
      index,
      value,
      locate: (path, target = 'value') => at(offsetOf(document, path, target)),
    });
  });
  return parsed;
}

/** What plainData returns for a node it leaves to yaml's own `toJS`. */
const NOT_PLAIN: unique symbol = Symbol('not plain');

/**
 * The value yaml's `toJS` makes of a document of plain mappings, lists and scalars, without its conversion
 * context, per-node dispatch and merge-key checks (about a tenth of a first load). Anything else (an anchor or an
 * alias, whose expansion `toJS` counts against MAX_ALIAS_COUNT, a key that is not a scalar, a pair inside a list,
 * a scalar that is not a string, number, boolean or null) gives NOT_PLAIN, and `toJS` converts the document.
 * Keys are set as `toJS` sets them: a null key is '', and a key the object already has (`__proto__`, `toString`)
 * is defined on it, never assigned through its prototype.
 */
function plainData(node: unknown): unknown {
  if (node instanceof Scalar) {
    if (Object.getPrototypeOf(node) !== Scalar.prototype || node.anchor !== undefined) return NOT_PLAIN;
    const value: unknown = node.value;
    return value === null ||
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean'
      ? value
      : NOT_PLAIN;
  }
  if (node instanceof YAMLMap) {
    if (Object.getPrototypeOf(node) !== YAMLMap.prototype || node.anchor !== undefined) return NOT_PLAIN;
    const map: Record<string, unknown> = {};
    for (const pair of node.items as unknown[]) {
      if (!isPair(pair)) return NOT_PLAIN;
      const name = keyName(pair.key);
      if (name === NOT_PLAIN) return NOT_PLAIN;
      const value = pair.value === null ? null : plainData(pair.value);
      if (value === NOT_PLAIN) return NOT_PLAIN;
      if (name in map)
        Object.defineProperty(map, name, { value, writable: true, enumerable: true, configurable: true });
      else map[name] = value;
    }
    return map;
  }
  if (node instanceof YAMLSeq) {
    if (Object.getPrototypeOf(node) !== YAMLSeq.prototype || node.anchor !== undefined) return NOT_PLAIN;
    const items = node.items as unknown[];
    const list: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const value = item === null ? null : isPair(item) ? NOT_PLAIN : plainData(item);
      if (value === NOT_PLAIN) return NOT_PLAIN;
      list.push(value);
    }
    return list;
  }
  return NOT_PLAIN;
}

/** The property name `toJS` gives a mapping key: a scalar's text, '' for no key or a null one. */
function keyName(key: unknown): string | typeof NOT_PLAIN {
  if (key === null) return '';
  if (!(key instanceof Scalar) || plainData(key) === NOT_PLAIN) return NOT_PLAIN;
  const value = key.value as string | number | boolean | null;
  return value === null ? '' : String(value);
}

/** Where the first mapping key that is itself a list or a mapping starts (`? [a]`), or null when there is none. */
function firstCollectionKey(document: Document): number | null {
  return collectionKeyIn(document.contents);
}

/**
 * collectionKeyIn over a node and what it holds, in document order: a pair's own key first, then its value.
 * A plain walk rather than yaml's `visit`, which builds a frozen path array for every node it passes.
 */
function collectionKeyIn(node: unknown): number | null {
  if (isPair(node)) {
    if (isMap(node.key) || isSeq(node.key)) return rangeStart(node.key) ?? 0;
    return collectionKeyIn(node.value);
  }
  if (!isMap(node) && !isSeq(node)) return null;
  for (const item of node.items) {
    const found = collectionKeyIn(item);
    if (found !== null) return found;
  }
  return null;
}

function offsetOf(document: Document, path: YamlPath, target: 'key' | 'value'): number {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(document);
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (pair === undefined) return offset;
      const keyStart = rangeStart(pair.key);
      if (last && target === 'key' && keyStart !== undefined) return keyStart;
      node = pair.value;
      offset = rangeStart(node) ?? keyStart ?? offset;
      if (isScalar(node) && node.value === null && keyStart !== undefined) offset = keyStart;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) return offset;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as YamlNode | null | undefined)?.range;
  return range === undefined || range === null ? undefined : range[0];
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/\.$/, '');
}
