/** A declaration value as YAML gives it: plain JSON data. */
export type Plain = null | boolean | number | string | readonly Plain[] | { readonly [key: string]: Plain };
type PlainMap = { readonly [key: string]: Plain };

/** Lists merged by an item key instead of replaced, by path from the layer root. */
const MERGED_BY_KEY: Readonly<Record<string, string>> = { 'verify.checks': 'name' };

/**
 * Merges layers, lowest first: maps merge deeply, scalars take the last value, lists replace (except the lists of
 * MERGED_BY_KEY, whose items merge by that key), and null deletes an inherited key. The result has no nulls.
 */
export function mergeLayers(layers: readonly (Plain | undefined)[]): PlainMap {
  let result: PlainMap = {};
  for (const layer of layers) {
    if (layer === undefined || layer === null) continue;
    const merged = mergeValue(result, layer, '');
    result = isMap(merged) ? merged : {};
  }
  return result;
}

function mergeValue(base: Plain | undefined, over: Plain, path: string): Plain | undefined {
  if (over === null) return undefined;
  if (isMap(over)) {
    const target: Record<string, Plain> = isMap(base) ? { ...base } : {};
    for (const [key, value] of Object.entries(over)) {
      const merged = mergeValue(target[key], value, path === '' ? key : `${path}.${key}`);
      if (merged === undefined) delete target[key];
      else target[key] = merged;
    }
    return target;
  }
  if (Array.isArray(over)) {
    const key = MERGED_BY_KEY[path];
    const items = over as readonly Plain[];
    if (key === undefined) return items.map((item) => mergeValue(undefined, item, `${path}[]`) ?? null);
    return mergeByKey(Array.isArray(base) ? (base as readonly Plain[]) : [], items, key, path);
  }
  return over;
}

function mergeByKey(base: readonly Plain[], over: readonly Plain[], key: string, path: string): Plain[] {
  const result = [...base];
  for (const item of over) {
    const id = isMap(item) ? item[key] : undefined;
    const at =
      id === undefined ? -1 : result.findIndex((existing) => isMap(existing) && existing[key] === id);
    const merged = mergeValue(at < 0 ? undefined : result[at], item, `${path}[]`);
    if (merged === undefined) continue;
    if (at < 0) result.push(merged);
    else result[at] = merged;
  }
  return result;
}

export function isMap(value: unknown): value is PlainMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value the schema has already checked to be a string, as a string ('' when absent). */
export function asText(value: Plain | undefined): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
