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
    const plain = value !== NOT_PLAIN;
    if (!plain) {
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
    // A plain document's yaml nodes are let go: a light index of where things are stays for locate (Positions).
    const locate = plain ? locateByPositions(document.contents, at) : locateInDocument(document, at);
    parsed.push({ file, index, value, locate });
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

type Locate = ParsedDocument['locate'];

/** locate over the Positions of a plain document; made apart, so that the closure holds no yaml document. */
function locateByPositions(contents: unknown, at: (offset: number) => SourceLocation): Locate {
  const positions = positionsOf(contents);
  const start = rangeStart(contents) ?? 0;
  return (path, target = 'value') => at(offsetIn(positions, start, path, target));
}

function locateInDocument(document: Document, at: (offset: number) => SourceLocation): Locate {
  return (path, target = 'value') => at(offsetOf(document, path, target));
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

/**
 * Where the members of a plain mapping or list are, for locate: what a retained yaml document would tell, kept in
 * a few arrays per collection rather than a node object per scalar. Holding every parsed document until the load
 * ends cost the garbage collector more than a fifth of parsing (each scavenge copies what survives).
 */
interface Positions {
  /** Per member of a mapping, its key as locate compares it; null for a list. */
  readonly names: (string | null)[] | null;
  readonly keyStarts: number[];
  /** Per member, where its value starts, or -1 where yaml has no node for it (`key:` with nothing after). */
  readonly valueStarts: number[];
  /** Null for a null key's `names` entry and for scalars. */
  readonly children: (Positions | null)[];
  /** Per member: the value is a null scalar, located at its key (as offsetOf does). */
  readonly nullValues: boolean[];
}

/** Positions of a node plainData accepted (plain mappings, lists and scalars only); null for a scalar. */
function positionsOf(node: unknown): Positions | null {
  if (node instanceof YAMLMap) {
    const positions: Positions = { names: [], keyStarts: [], valueStarts: [], children: [], nullValues: [] };
    for (const pair of node.items as unknown[]) {
      if (!isPair(pair)) continue;
      const key = pair.key;
      positions.names?.push(key instanceof Scalar ? String(key.value) : null);
      positions.keyStarts.push(rangeStart(key) ?? -1);
      positions.valueStarts.push(rangeStart(pair.value) ?? -1);
      positions.children.push(positionsOf(pair.value));
      positions.nullValues.push(pair.value instanceof Scalar && pair.value.value === null);
    }
    return positions;
  }
  if (node instanceof YAMLSeq) {
    const positions: Positions = {
      names: null,
      keyStarts: [],
      valueStarts: [],
      children: [],
      nullValues: [],
    };
    for (const item of node.items as unknown[]) {
      positions.valueStarts.push(rangeStart(item) ?? -1);
      positions.children.push(positionsOf(item));
    }
    return positions;
  }
  return null;
}

/** offsetOf over Positions: the same answers for the same document. */
function offsetIn(
  root: Positions | null,
  rootStart: number,
  path: YamlPath,
  target: 'key' | 'value',
): number {
  let node = root;
  let offset = rootStart;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (node === null) return offset;
    if (node.names !== null) {
      const member = node.names.indexOf(String(segment));
      if (member < 0) return offset;
      const keyStart = node.keyStarts[member] ?? -1;
      if (last && target === 'key' && keyStart >= 0) return keyStart;
      const valueStart = node.valueStarts[member] ?? -1;
      offset = valueStart >= 0 ? valueStart : keyStart >= 0 ? keyStart : offset;
      if (node.nullValues[member] === true && keyStart >= 0) offset = keyStart;
      node = node.children[member] ?? null;
    } else if (typeof segment === 'number') {
      const valueStart = node.valueStarts[segment];
      if (valueStart === undefined) return offset;
      if (valueStart >= 0) offset = valueStart;
      node = node.children[segment] ?? null;
    } else {
      return offset;
    }
  }
  return offset;
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
