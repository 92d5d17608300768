import { describe, expect, it } from 'vitest';
import { RequestLog } from '../../../src/simulator/state/request-log.js';

const entry = { listener: 'oneview', method: 'get', path: '/rest/tasks/1', query: '', status: 200 } as const;

describe('RequestLog', () => {
  it('keeps the newest 100,000 entries, oldest first, however many were added', () => {
    const log = new RequestLog();
    for (let i = 0; i < 250_001; i++) log.add({ ...entry, time: '2026-01-01T00:00:00.000Z', durationMs: 0 });
    const all = log.list();
    expect(all).toHaveLength(100_000);
    expect(all[0]!.seq).toBe(150_002);
    expect(all[all.length - 1]!.seq).toBe(250_001);
    expect(log.list({ since: 250_000 })).toHaveLength(1);
    expect(all[0]).toMatchObject({ method: 'GET', mutating: false });
  });

  it('tells onAdd of each entry as it logs it, numbered on across a clear', () => {
    const log = new RequestLog();
    const seen: number[] = [];
    log.onAdd = (logged) => seen.push(logged.seq);
    log.add({ ...entry, time: '2026-01-01T00:00:00.000Z', durationMs: 0 });
    log.clear();
    log.add({ ...entry, method: 'post', time: '2026-01-01T00:00:00.000Z', durationMs: 0 });
    expect(seen).toEqual([1, 2]);
    expect(log.list()).toEqual([expect.objectContaining({ seq: 2, mutating: true })]);
  });
});
