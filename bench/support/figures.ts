/**
 * Small statistics shared by the benchmarks: medians, the noise of repeated runs, the growth exponent (slope of
 * log time over log size) and a verdict that fails only when a figure misses its target by more than the noise.
 */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Relative noise of repeated runs: median absolute deviation over the median, at least 5 %. */
export function noise(values: readonly number[]): number {
  const m = median(values);
  if (m === 0) return 0.05;
  return Math.max(0.05, median(values.map((v) => Math.abs(v - m))) / m);
}

/** Least-squares slope of log(time) over log(size). */
export function growthExponent(points: readonly { size: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 1e-3)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

export const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** Figures that missed their ceiling by more than their noise; the benchmark exits non-zero when any did. */
export class Verdict {
  readonly #misses: string[] = [];

  /** Records `value` against an upper bound `target`, tolerating `tolerance` (relative) of measured noise. */
  atMost(label: string, value: number, target: number, tolerance: number): string {
    const ok = value <= target * (1 + tolerance);
    if (!ok)
      this.#misses.push(`${label}: ${round(value, 3)} > ${target} (noise ${round(tolerance * 100)} %)`);
    return `${label} ${round(value, 3)} (target <= ${target}${ok ? '' : ', MISSED'})`;
  }

  finish(): void {
    if (this.#misses.length === 0) return;
    process.stderr.write(`targets missed:\n  ${this.#misses.join('\n  ')}\n`);
    process.exitCode = 1;
  }
}

export function sizesOption(value: string | undefined, fallback: readonly number[]): number[] {
  if (value === undefined) return [...fallback];
  const sizes = value.split(',').map((s) => Number(s.trim()));
  if (sizes.some((s) => !Number.isInteger(s) || s <= 0))
    throw new Error(`--sizes must list positive integers`);
  return sizes;
}
