import { describe, expect, it } from 'vitest';
import { negotiateApiVersion, parseVersionRange } from '../../../src/adapters/oneview/api-version.js';
import { pollDelay, requestRetryDelay } from '../../../src/adapters/oneview/backoff.js';
import { errorFromResponse } from '../../../src/adapters/oneview/response-error.js';
import { equalsFilter } from '../../../src/adapters/oneview/safe-filter.js';
import { hasErrorCode } from '../../../src/core/errors/phoenix-error.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('filters', () => {
  it('builds the quoted wire form', () => {
    expect(equalsFilter('name', 'SYN-FRAME-01, bay 3')).toBe(`"name='SYN-FRAME-01, bay 3'"`);
    expect(equalsFilter('associatedResource.resourceUri', '/rest/server-profiles/x')).toBe(
      `"associatedResource.resourceUri='/rest/server-profiles/x'"`,
    );
  });

  it.each([`x' or name='y`, 'a"b', 'back\\slash', 'line\nbreak', 'nul\u0000'])(
    'refuses a value that could change the filter: %j',
    (value) => {
      expect(
        hasErrorCode(
          thrown(() => equalsFilter('name', value)),
          'ONEVIEW_BAD_REQUEST',
        ),
      ).toBe(true);
    },
  );

  it('refuses an attribute that is not a plain name', () => {
    expect(
      hasErrorCode(
        thrown(() => equalsFilter(`name' or '1`, 'x')),
        'INTERNAL_INVALID_ARGUMENT',
      ),
    ).toBe(true);
  });
});

describe('back-off', () => {
  const policy = { initialMs: 1000, maxMs: 10_000, factor: 2 };
  it('grows exponentially, caps, and jitters into [50 %, 100 %]', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => requestRetryDelay(policy, n, () => 0.999999))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
    expect([0, 1, 2, 3, 4].map((n) => requestRetryDelay(policy, n, () => 0))).toEqual([
      500, 1000, 2000, 4000, 5000,
    ]);
  });
  it('polls without jitter', () => {
    expect([0, 1, 2, 3, 4].map((n) => pollDelay(policy, n))).toEqual([1000, 2000, 4000, 8000, 10_000]);
  });
});

describe('API version negotiation', () => {
  const client = { min: 600, max: 8600 };
  it('picks the highest version both sides support', () => {
    expect(negotiateApiVersion({ min: 120, max: 3800 }, client, null, 'oneview')).toBe(3800);
    expect(negotiateApiVersion({ min: 120, max: 9000 }, client, null, 'oneview')).toBe(8600);
  });
  it('lets a pin win inside the appliance range', () => {
    expect(negotiateApiVersion({ min: 120, max: 3800 }, client, 2000, 'oneview')).toBe(2000);
  });
  it('fails clearly outside [minimumVersion, currentVersion]', () => {
    const error = thrown(() => negotiateApiVersion({ min: 120, max: 3800 }, client, 4000, 'oneview'));
    expect(error).toMatchObject({
      code: 'ONEVIEW_VERSION_UNSUPPORTED',
      details: { pinned: 4000, currentVersion: 3800, minimumVersion: 120 },
    });
    expect(
      hasErrorCode(
        thrown(() => negotiateApiVersion({ min: 9000, max: 9200 }, client, null, 'oneview')),
        'ONEVIEW_VERSION_UNSUPPORTED',
      ),
    ).toBe(true);
  });
  it('reads GET /rest/version', () => {
    expect(parseVersionRange({ currentVersion: 3800, minimumVersion: 120 })).toEqual({ min: 120, max: 3800 });
    expect(
      hasErrorCode(
        thrown(() => parseVersionRange({})),
        'ONEVIEW_BAD_RESPONSE',
      ),
    ).toBe(true);
  });
});

describe('HTTP status to error code', () => {
  const ctx = { method: 'GET', path: '/rest/server-profiles/x', origin: 'https://ov' };
  it.each([
    [404, 'ONEVIEW_NOT_FOUND', 'terminal'],
    [409, 'ONEVIEW_CONFLICT', 'transient'],
    [412, 'ONEVIEW_PRECONDITION_FAILED', 'transient'],
    [401, 'ONEVIEW_UNAUTHORIZED', 'terminal'],
    [400, 'ONEVIEW_BAD_REQUEST', 'terminal'],
    [500, 'ONEVIEW_APPLIANCE_ERROR', 'transient'],
    [503, 'ONEVIEW_UNAVAILABLE', 'transient'],
  ] as const)('%i -> %s (%s)', (status, code, retry) => {
    const error = errorFromResponse(
      status,
      { errorCode: 'E', message: 'msg', recommendedActions: ['act'] },
      ctx,
    );
    expect(error).toMatchObject({
      code,
      retry,
      details: { status, errorCode: 'E', message: 'msg', recommendedActions: ['act'] },
    });
  });
  it('maps a refused login to ONEVIEW_AUTH_FAILED', () => {
    const error = errorFromResponse(
      400,
      { errorCode: 'AUTHN_AUTH_FAIL', message: 'Invalid user name or password.' },
      { method: 'POST', path: '/rest/login-sessions', origin: 'https://ov' },
    );
    expect(error.code).toBe('ONEVIEW_AUTH_FAILED');
  });
  it('reads a body that is not JSON', () => {
    expect(errorFromResponse(502, '<html>Bad Gateway</html>', ctx).details['message']).toBe(
      '<html>Bad Gateway</html>',
    );
  });
});
