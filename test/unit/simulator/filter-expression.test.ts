import { describe, expect, it } from 'vitest';
import { matchesFilter, parseFilter } from '../../../src/simulator/routes/filter-expression.js';
import { DEMO_SPEED_FACTOR, resolveDurations } from '../../../src/simulator/state/durations.js';
import { generatedPreset } from '../../../src/simulator/presets/build-preset.js';

const hw = {
  name: 'Encl1, bay 1',
  state: 'NoProfileApplied',
  position: 3,
  mpHostInfo: { mpIpAddresses: [{ address: '10.0.0.1' }] },
  description: null,
};

describe('filter expressions', () => {
  it.each([
    [`"name='Encl1, bay 1'"`, true],
    [`name matches 'encl1%'`, true],
    [`name smatches 'encl1%'`, false],
    [`'name' = 'ENCL1, BAY 1'`, true],
    [`name == 'ENCL1, BAY 1'`, false],
    [`"state=NoProfileApplied"`, true],
    [`not "state='NoProfileApplied'"`, false],
    [`position gt 2 AND position le 3`, true],
    [`description = NULL`, true],
    [`description IS NOT NULL`, false],
    [`mpHostInfo.mpIpAddresses.address = '10.0.0.1'`, true],
    [`state IN ('ProfileApplied', 'NoProfileApplied')`, true],
    [`(state = 'x' OR position = 3)`, true],
  ])('%s -> %s', (text, expected) => {
    expect(matchesFilter(parseFilter(text), hw)).toBe(expected);
  });
  it('rejects malformed expressions', () => {
    expect(() => parseFilter(`name = 'x`)).toThrow();
    expect(() => parseFilter(`name 'x'`)).toThrow();
  });
});

describe('time model and presets', () => {
  it('scales realistic durations by a numeric factor', () => {
    const d = resolveDurations(DEMO_SPEED_FACTOR);
    // a demo wave: create with a firmware baseline, power on, OS boot; two waves take about a minute
    const wave = d.profileCreate + d.firmwareInstall + d.powerOn + d.osBoot;
    expect(2 * wave).toBeGreaterThan(50_000);
    expect(2 * wave).toBeLessThan(70_000);
    expect(resolveDurations('fast', { osBoot: 5 }).osBoot).toBe(5);
    expect(() => resolveDurations(-1)).toThrow();
  });
  it('generates up to 10,000 servers and refuses more', () => {
    expect(generatedPreset(1000, 10).hardware).toHaveLength(10_000);
    expect(() => generatedPreset(1000, 11)).toThrow();
  });
});
