import type { SourceLocation } from '../core/diagnostics/diagnostic.js';
import { isMap, mergeLayers, type Plain } from './merge-layers.js';
import type { ParsedDocument } from './parse-yaml-documents.js';
import { formatYamlPath, type YamlPath } from './yaml-path.js';

/** One layer of settings, with where it sits in its document. */
export interface Layer {
  readonly value: { readonly [key: string]: Plain };
  readonly document: ParsedDocument;
  /** Path of the layer inside its document, e.g. ['spec'] or ['spec', 'defaults']. */
  readonly base: YamlPath;
  /** Keys of the layer's value that the document writes elsewhere, with the path it writes them at. */
  readonly aliases?: Readonly<Record<string, YamlPath>>;
}

/** Layers lowest first, their merge, and a way to find which layer set a merged value. */
export class LayerStack {
  readonly merged: { readonly [key: string]: Plain };

  constructor(readonly layers: readonly Layer[]) {
    this.merged = mergeLayers(layers.map((layer) => layer.value));
  }

  with(layer: Layer): LayerStack {
    return new LayerStack([...this.layers, layer]);
  }

  /** The location of the highest layer that sets `path`, or of the top layer when none does. */
  locate(path: YamlPath): { readonly at: SourceLocation; readonly path: string } {
    for (let i = this.layers.length - 1; i >= 0; i -= 1) {
      const layer = this.layers[i]!;
      if (getIn(layer.value, path) !== undefined) return this.#at(layer, path);
    }
    return this.#at(this.layers[this.layers.length - 1]!, []);
  }

  /** The location of the highest layer that declares the verify check `name` (and `field` of it, if given). */
  locateCheck(name: string, field?: string): { readonly at: SourceLocation; readonly path: string } {
    for (let i = this.layers.length - 1; i >= 0; i -= 1) {
      const layer = this.layers[i]!;
      const checks = getIn(layer.value, ['verify', 'checks']);
      if (!Array.isArray(checks)) continue;
      const index = (checks as readonly Plain[]).findIndex(
        (check) =>
          isMap(check) && check['name'] === name && (field === undefined || check[field] !== undefined),
      );
      if (index >= 0)
        return this.#at(layer, ['verify', 'checks', index, ...(field === undefined ? [] : [field])]);
    }
    return this.locate(['verify', 'checks']);
  }

  #at(layer: Layer, path: YamlPath): { readonly at: SourceLocation; readonly path: string } {
    const [head, ...tail] = path;
    const alias = typeof head === 'string' ? layer.aliases?.[head] : undefined;
    const full = [...layer.base, ...(alias === undefined ? path : [...alias, ...tail])];
    return { at: layer.document.locate(full), path: formatYamlPath(full) };
  }
}

export function getIn(value: Plain | undefined, path: YamlPath): Plain | undefined {
  let node = value;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = (node as readonly Plain[])[segment];
    else if (isMap(node) && typeof segment === 'string') node = node[segment];
    else return undefined;
  }
  return node;
}

/** The named keys of a map, as a layer. */
export function pick(
  value: { readonly [key: string]: Plain },
  keys: readonly string[],
): { [key: string]: Plain } {
  const result: { [key: string]: Plain } = {};
  for (const key of keys) if (value[key] !== undefined) result[key] = value[key];
  return result;
}
