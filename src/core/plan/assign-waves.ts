import { isMutating, type ChangeDraft } from './change-draft.js';

export interface WaveAssignment {
  readonly wave: ReadonlyMap<string, number>;
  readonly phase: ReadonlyMap<string, 'main' | 'cleanup'>;
}

/**
 * Waves are depths in the dependsOn graph: wave 0 has no dependency, wave n waits for something in wave n-1.
 * Deletes run after creates (phase `cleanup`, one wave past the last) unless a change of this plan needs the
 * hardware they free: then they are `main` and that change depends on them.
 */
export function assignWaves(drafts: readonly ChangeDraft[]): WaveAssignment {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const capacity = new Set<string>();
  for (const d of drafts) if (d.target?.releasedBy) capacity.add(d.target.releasedBy);
  const phase = new Map<string, 'main' | 'cleanup'>();
  for (const d of drafts) phase.set(d.id, d.action === 'delete' && !capacity.has(d.id) ? 'cleanup' : 'main');

  const wave = new Map<string, number>();
  const depth = (id: string, seen: Set<string>): number => {
    const known = wave.get(id);
    if (known !== undefined) return known;
    const draft = byId.get(id);
    if (draft === undefined || seen.has(id)) return 0;
    seen.add(id);
    let d = 0;
    for (const dep of draft.dependsOn) d = Math.max(d, depth(dep, seen) + 1);
    seen.delete(id);
    wave.set(id, d);
    return d;
  };
  let last = -1;
  // Each walk takes out of `seen` what it put in, so one set serves every walk.
  const seen = new Set<string>();
  for (const d of drafts) {
    if (!isMutating(d) || phase.get(d.id) === 'cleanup') continue;
    last = Math.max(last, depth(d.id, seen));
  }
  for (const d of drafts) {
    if (isMutating(d) && phase.get(d.id) === 'cleanup') wave.set(d.id, last + 1);
  }
  return { wave, phase };
}
