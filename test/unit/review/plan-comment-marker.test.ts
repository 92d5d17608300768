import { describe, expect, it } from 'vitest';
import { nextLink } from '../../../src/adapters/review/review-request.js';
import { planCommentMarker } from '../../../src/adapters/review/upsert-plan-comment.js';

describe('planCommentMarker', () => {
  it.each([
    ['default', '<!-- phoenix-plan: default -->'],
    ['sites/dc1', '<!-- phoenix-plan: sites/dc1 -->'],
    ['dc1.prod_a-b', '<!-- phoenix-plan: dc1.prod_a-b -->'],
  ])('marks the comment of key %s', (key, marker) => {
    expect(planCommentMarker(key)).toBe(marker);
  });

  it.each(['', 'a b', 'x-->', '-->', '<b>', 'a'.repeat(101)])('refuses the key %j', (key) => {
    expect(() => planCommentMarker(key)).toThrow(expect.objectContaining({ code: 'CLI_INVALID_OPTION' }));
  });
});

describe('nextLink', () => {
  const asked = new URL('https://api.github.com/repos/o/r/issues/7/comments?per_page=100');

  it.each<[string | null, string | null]>([
    [null, null],
    [
      '<https://api.github.com/repositories/1/issues/7/comments?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"',
      'https://api.github.com/repositories/1/issues/7/comments?page=2',
    ],
    ['<https://api.github.com/x?page=1>; rel="prev"', null],
    // a next page on another host would receive the token: not followed
    ['<https://evil.example/x?page=2>; rel="next"', null],
  ])('reads %j', (header, next) => {
    expect(nextLink(header, asked)?.href ?? null).toBe(next);
  });
});
