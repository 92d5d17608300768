import { describe, expect, it } from 'vitest';
import {
  collectionPage,
  requestOf,
  serializeEnvelope,
} from '../../../src/simulator/routes/collection-page.js';
import { WireJsonCache } from '../../../src/simulator/state/wire-json-cache.js';

const members = [
  {
    uri: '/rest/x/1',
    name: 'Zürich, bay 1',
    description: null,
    nested: { list: [1, 'two', { three: true }] },
  },
  { uri: '/rest/x/2', name: 'emoji \u{1F680} and "quotes" \\ and \u2028', skipped: undefined },
  { uri: '/rest/x/3', name: 'lone surrogate \ud800 stays escaped', n: -0.5 },
];

function envelopeFor(url: string, items: object[]) {
  return collectionPage(requestOf(url), items, { type: 'x-list', category: 'x' }, '2024-01-01T00:00:00.000Z');
}

describe('serializeEnvelope', () => {
  it.each([
    ['/rest/x?start=0&count=-1', members],
    ['/rest/x?start=1&count=1', members],
    ['/rest/x', []],
    ['/rest/x?sort=name:desc', members],
  ])('is JSON.stringify of the envelope, byte for byte (%s)', (url, items) => {
    const envelope = envelopeFor(url, items);
    const expected = Buffer.from(JSON.stringify(envelope));
    const cache = new WireJsonCache(() => 1);
    expect(Buffer.concat(serializeEnvelope(envelope, cache)).equals(expected)).toBe(true);
    // The second call is answered from the cached member bytes: still the same body.
    expect(Buffer.concat(serializeEnvelope(envelope, cache)).equals(expected)).toBe(true);
  });

  it('a page read first and the full list read next share the member bytes and stay exact', () => {
    const cache = new WireJsonCache(() => 7);
    const page = envelopeFor('/rest/x?start=1&count=1', members);
    expect(Buffer.concat(serializeEnvelope(page, cache)).equals(Buffer.from(JSON.stringify(page)))).toBe(
      true,
    );
    const all = envelopeFor('/rest/x?count=-1', members);
    expect(Buffer.concat(serializeEnvelope(all, cache)).equals(Buffer.from(JSON.stringify(all)))).toBe(true);
  });
});

describe('WireJsonCache', () => {
  it('joins members with commas and answers the same list again from the bytes it kept', () => {
    const cache = new WireJsonCache(() => 3);
    const first = cache.serializeList(members);
    expect(first.toString()).toBe(members.map((m) => JSON.stringify(m)).join(','));
    expect(cache.serializeList([...members])).toBe(first);
    expect(cache.serializeList(members.slice(1)).toString()).toBe(
      members
        .slice(1)
        .map((m) => JSON.stringify(m))
        .join(','),
    );
    expect(cache.serializeList([]).toString()).toBe('');
  });

  it('keeps bytes while the version is unchanged and drops them when it changes', () => {
    let version: number | null = 1;
    const cache = new WireJsonCache(() => version);
    const resource = { name: 'a', state: 'Off' };
    expect(cache.serializeList([resource]).toString()).toBe('{"name":"a","state":"Off"}');
    resource.state = 'On';
    // Same version: the cache answers (the appliance changes the version on every possible change).
    expect(cache.serializeList([resource]).toString()).toBe('{"name":"a","state":"Off"}');
    version = 2;
    expect(cache.serializeList([resource]).toString()).toBe('{"name":"a","state":"On"}');
  });

  it('neither reads nor keeps anything while the version is null (a write in progress)', () => {
    let version: number | null = 1;
    const cache = new WireJsonCache(() => version);
    const resource = { state: 'Off' };
    cache.serializeList([resource]);
    version = null;
    resource.state = 'On';
    expect(cache.serializeList([resource]).toString()).toBe('{"state":"On"}');
    resource.state = 'Resetting';
    expect(cache.serializeList([resource]).toString()).toBe('{"state":"Resetting"}');
    version = 2;
    expect(cache.serializeList([resource]).toString()).toBe('{"state":"Resetting"}');
  });
});
