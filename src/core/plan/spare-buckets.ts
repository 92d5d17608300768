import type { ObservedHardware } from '../observed/inventory.js';
import { compareText } from './inventory-index.js';

interface Bucket {
  readonly enclosure: string;
  readonly items: readonly ObservedHardware[];
  cursor: number;
}

/** A pool's view of the buckets: which enclosures it already holds nodes in, by count. */
interface PoolView {
  /** Skip links over the buckets the pool holds nodes in (count above zero): index -> next index to try. */
  readonly counted: Map<number, number>;
  /** Min-heap of [count, bucket index] for those buckets; an entry whose count is no longer current is stale. */
  readonly heap: [number, number][];
}

/** Follows skip links from `start` to the first index without one, pointing the walked links at it. */
function follow(links: Map<number, number>, start: number): number {
  let end = start;
  for (let next = links.get(end); next !== undefined; next = links.get(end)) end = next;
  for (let i = start; i !== end;) {
    const next = links.get(i)!;
    links.set(i, end);
    i = next;
  }
  return end;
}

/** The same over an array where `links[i] === i` means no link. */
function followArray(links: number[], start: number): number {
  let end = start;
  while (links[end] !== end) end = links[end]!;
  for (let i = start; i !== end;) {
    const next = links[i]!;
    links[i] = end;
    i = next;
  }
  return end;
}

function less(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function push(heap: [number, number][], entry: [number, number]): void {
  heap.push(entry);
  for (let i = heap.length - 1; i > 0;) {
    const parent = (i - 1) >> 1;
    if (!less(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function pop(heap: [number, number][]): void {
  const last = heap.pop()!;
  if (heap.length === 0) return;
  heap[0] = last;
  for (let i = 0; ;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let smallest = i;
    if (left < heap.length && less(heap[left]!, heap[smallest]!)) smallest = left;
    if (right < heap.length && less(heap[right]!, heap[smallest]!)) smallest = right;
    if (smallest === i) return;
    [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
    i = smallest;
  }
}

/**
 * The free hardware matching one selector, in buckets per enclosure sorted by name, each in (bay, URI) order.
 * Finding the next spare costs about a logarithm of the number of enclosures instead of a scan of all of them:
 * emptied buckets are skipped through links, and for spreading each pool keeps the buckets it already holds
 * nodes in apart (a heap by count), since any bucket it holds nothing in wins, the first by name.
 */
export class SpareBuckets {
  readonly #buckets: Bucket[];
  readonly #indexOf = new Map<string, number>();
  /** Skip links over emptied buckets: #emptied[i] === i while bucket i may still hold a spare. */
  readonly #emptied: number[];
  readonly #pools = new Map<string, PoolView>();
  readonly #isUsed: (uri: string) => boolean;

  constructor(byEnclosure: ReadonlyMap<string, ObservedHardware[]>, isUsed: (uri: string) => boolean) {
    this.#buckets = [...byEnclosure.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([enclosure, items]) => ({ enclosure, items, cursor: 0 }));
    this.#buckets.forEach((bucket, i) => this.#indexOf.set(bucket.enclosure, i));
    this.#emptied = Array.from({ length: this.#buckets.length + 1 }, (_, i) => i);
    this.#isUsed = isUsed;
  }

  /** The first bucket by name that still holds a spare, or null. */
  first(): ObservedHardware | null {
    const i = this.#nextHolding(0, null);
    return i === null ? null : this.#head(i);
  }

  /** The spare of the bucket whose enclosure holds the fewest nodes of the pool, ties to the first by name. */
  fewest(pool: string, counts: ReadonlyMap<string, number>): ObservedHardware | null {
    const view = this.#view(pool, counts);
    const zero = this.#nextHolding(0, view);
    if (zero !== null) return this.#head(zero);
    const heap = view.heap;
    while (heap.length > 0) {
      const [count, i] = heap[0]!;
      if (counts.get(this.#buckets[i]!.enclosure) !== count || !this.#holds(i)) {
        pop(heap);
        continue;
      }
      return this.#head(i);
    }
    return null;
  }

  /** Records that the pool now holds `count` nodes in the enclosure (counts only grow). */
  counted(pool: string, enclosure: string, count: number): void {
    const view = this.#pools.get(pool);
    const i = this.#indexOf.get(enclosure);
    if (view === undefined || i === undefined) return;
    view.counted.set(i, i + 1);
    push(view.heap, [count, i]);
  }

  #view(pool: string, counts: ReadonlyMap<string, number>): PoolView {
    let view = this.#pools.get(pool);
    if (view === undefined) {
      view = { counted: new Map(), heap: [] };
      for (const [enclosure, count] of counts) {
        const i = this.#indexOf.get(enclosure);
        if (i === undefined || count <= 0) continue;
        view.counted.set(i, i + 1);
        push(view.heap, [count, i]);
      }
      this.#pools.set(pool, view);
    }
    return view;
  }

  /** The first bucket from `start` that holds a spare and, given a pool view, none of the pool's nodes. */
  #nextHolding(start: number, view: PoolView | null): number | null {
    let i = followArray(this.#emptied, start);
    while (i < this.#buckets.length) {
      if (view !== null && view.counted.has(i)) {
        i = followArray(this.#emptied, follow(view.counted, i));
      } else if (!this.#holds(i)) {
        this.#emptied[i] = i + 1;
        i = followArray(this.#emptied, i);
      } else {
        return i;
      }
    }
    return null;
  }

  /** Moves the bucket's cursor past hardware taken since; false when nothing is left in it. */
  #holds(i: number): boolean {
    const bucket = this.#buckets[i]!;
    while (bucket.cursor < bucket.items.length && this.#isUsed(bucket.items[bucket.cursor]!.uri))
      bucket.cursor++;
    if (bucket.cursor < bucket.items.length) return true;
    this.#emptied[i] = i + 1;
    return false;
  }

  #head(i: number): ObservedHardware {
    const bucket = this.#buckets[i]!;
    return bucket.items[bucket.cursor]!;
  }
}
