import { describe, expect, it } from 'vitest';
import { chooseColor } from '../../../src/cli/views/color-choice.js';

describe('chooseColor', () => {
  it.each([
    ['a terminal', true, {}, false, true],
    ['a pipe', false, {}, false, false],
    ['--no-color on a terminal', true, {}, true, false],
    ['NO_COLOR on a terminal', true, { NO_COLOR: '1' }, false, false],
    ['an empty NO_COLOR is ignored', true, { NO_COLOR: '' }, false, true],
    ['NO_COLOR wins over FORCE_COLOR', true, { NO_COLOR: 'x', FORCE_COLOR: '1' }, false, false],
    ['FORCE_COLOR on a pipe', false, { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 on a terminal', true, { FORCE_COLOR: '0' }, false, false],
    ['FORCE_COLOR=false on a terminal', true, { FORCE_COLOR: 'false' }, false, false],
    ['--no-color wins over FORCE_COLOR', false, { FORCE_COLOR: '1' }, true, false],
    ['a dumb terminal', true, { TERM: 'dumb' }, false, false],
  ] as const)('%s', (_name, isTTY, env, noColorFlag, expected) => {
    expect(chooseColor({ isTTY, env, noColorFlag })).toBe(expected);
  });
});
