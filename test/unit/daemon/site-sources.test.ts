import { describe, expect, it } from 'vitest';
import { sitesOf } from '../../../src/cli/commands/sync.js';
import { siteSources } from '../../../src/daemon/composition/site-units.js';
import type { SyncDaemonOptions } from '../../../src/daemon/index.js';

const base: SyncDaemonOptions = {
  repo: 'repo',
  branch: 'main',
  path: 'declarations',
  autoApply: true,
  listen: null,
  stateDir: 'state',
  env: {},
  secrets: { hmacSecret: null, gitlabToken: null },
  apiToken: null,
  notifyUrls: [],
};
const replication = {
  databaseUrl: 'postgres://phoenix@db/phoenix',
  timing: { ttlMs: 3, renewMs: 1, marginMs: 1 },
};

describe('the sites of phoenix sync', () => {
  it('reads --site NAME[=PATH], repeated, or PHOENIX_SITE separated by commas', () => {
    expect(sitesOf(['dc1=sites/dc1/', 'dc2'], {}, 'root')).toEqual([
      { name: 'dc1', path: 'sites/dc1' },
      { name: 'dc2', path: 'root' },
    ]);
    expect(sitesOf(undefined, { PHOENIX_SITE: 'dc1, lab=./sites/lab' }, '')).toEqual([
      { name: 'dc1', path: '' },
      { name: 'lab', path: 'sites/lab' },
    ]);
    expect(sitesOf(undefined, {}, '')).toBeUndefined();
    for (const bad of ['DC1', 'dc1=../elsewhere', '=path'])
      expect(() => sitesOf([bad], {}, '')).toThrow(
        expect.objectContaining({
          code: 'CLI_INVALID_OPTION',
          details: expect.objectContaining({ value: bad }),
        }),
      );
  });

  it('serves one unnamed site without a database, and refuses what cannot work', () => {
    expect(siteSources(base)).toEqual([{ name: null, path: 'declarations' }]);
    const two = [
      { name: 'dc1', path: 'sites/dc1' },
      { name: 'dc2', path: 'sites/dc2' },
    ];
    expect(siteSources({ ...base, sites: two, replication })).toEqual(two);
    const refused = (options: SyncDaemonOptions, problem: RegExp): void => {
      expect(() => siteSources(options)).toThrow(
        expect.objectContaining({
          code: 'CLI_INVALID_OPTION',
          details: expect.objectContaining({ problem: expect.stringMatching(problem) }),
        }),
      );
    };
    refused({ ...base, replication }, /need the name of their Site/);
    refused({ ...base, sites: two }, /give --database-url/);
    refused({ ...base, sites: [two[0]!, two[0]!], replication }, /dc1 is given twice/);
    refused({ ...base, sites: two, replication, env: { OV_ADDRESS: 'https://ov' } }, /OV_ADDRESS would set/);
  });
});
