import { describe, expect, it } from 'vitest';
import { OTHER_PATHS, RequestStats } from '../../../src/adapters/oneview/request-stats.js';

describe('RequestStats', () => {
  it('counts members of a collection under the collection, so polling tasks adds no path per task', () => {
    const stats = new RequestStats();
    for (let i = 0; i < 1000; i++) stats.record(`/rest/tasks/${i}`);
    stats.record('/rest/server-hardware?start=0&count=500');
    stats.record('/rest/server-hardware/ab12/environmentalConfiguration');
    expect(stats.total).toBe(1002);
    expect(stats.byPath()).toEqual({
      '/rest/server-hardware': 1,
      '/rest/server-hardware/{id}/environmentalConfiguration': 1,
      '/rest/tasks/{id}': 1000,
    });
  });

  it('keeps at most 256 distinct paths and counts the rest together', () => {
    const stats = new RequestStats();
    for (let i = 0; i < 300; i++) stats.record(`/other/${i}`);
    const byPath = stats.byPath();
    expect(Object.keys(byPath)).toHaveLength(257);
    expect(byPath[OTHER_PATHS]).toBe(44);
    expect(stats.total).toBe(300);
  });
});
