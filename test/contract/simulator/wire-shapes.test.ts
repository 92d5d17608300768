/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- JSON wire bodies are untyped here */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimClient } from './sim-client.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(fixtures, name), 'utf8'));
const missing = (recorded: Record<string, unknown>, actual: Record<string, unknown>): string[] =>
  Object.keys(recorded)
    .filter((k) => !(k in actual))
    .sort();

describe('simulator responses carry every field of the recorded OneView responses', () => {
  let c: SimClient;
  let profile: any;
  let createTask: any;
  let startingTask: any;
  beforeAll(async () => {
    c = await SimClient.start();
    await c.login();
    const hw = await c.hardwareByName('SYN-FRAME-01, bay 2');
    const body = await c.newProfile('spt-docker-centos74', 'docker-01', hw.uri, {
      SERVER_FQDN: 'docker-01.dc1.example.org',
    });
    const r = await c.call('POST', '/rest/server-profiles', body);
    startingTask = r.body;
    createTask = await c.waitTask(r.headers['location'] as string);
    profile = (await c.call('GET', createTask.associatedResource.resourceUri)).body;
  });
  afterAll(async () => c.close());

  it('server hardware', async () => {
    const hw = await c.hardwareByName('SYN-FRAME-01, bay 2');
    expect(missing(fixture('ServerHardware.json'), hw)).toEqual([]);
  });
  it('server profile', () => {
    expect(missing(fixture('ServerProfile.json'), profile)).toEqual([]);
    expect(profile.description).toBe('');
  });
  it('server profile template', async () => {
    const t = (await c.call('GET', '/rest/server-profile-templates?start=0&count=-1')).body.members[0];
    expect(missing(fixture('ServerProfileTemplate.json'), t)).toEqual([]);
  });
  it('collection envelope', async () => {
    const list = (await c.call('GET', '/rest/server-profiles')).body;
    expect(missing(fixture('ServerProfileGetAll.json'), list)).toEqual([]);
  });
  it('tasks, just accepted and completed', () => {
    expect(missing(fixture('FirmwareDriverDeleteTask.json'), startingTask)).toEqual([]);
    expect(startingTask.taskState).toBe('Starting');
    expect(missing(fixture('ServerProfileTaskCompleted.json'), createTask)).toEqual([]);
    expect(createTask).toMatchObject({
      taskState: 'Completed',
      percentComplete: 100,
      name: 'Create',
      taskStatus: 'Created server profile: docker-01.',
    });
  });
  it('resource labels', async () => {
    const r = await c.call('POST', '/rest/labels/resources', {
      resourceUri: profile.uri,
      labels: [{ name: 'phoenix dc1' }],
    });
    expect(r.status).toBe(200);
    expect(missing(fixture('LabelForServerProfile.json'), r.body)).toEqual([]);
    const again = await c.call('GET', `/rest/labels/resources/${profile.uri}`);
    expect(again.body.labels.map((l: any) => l.name)).toEqual(['phoenix dc1']);
    const found = await c.call(
      'GET',
      `/rest/index/resources?category=server-profiles&query=${encodeURIComponent("labels:'phoenix dc1'")}`,
    );
    expect(found.body.members.map((m: any) => m.uri)).toEqual([profile.uri]);
  });
});
