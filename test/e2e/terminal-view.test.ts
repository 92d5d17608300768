import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, ensureBuilt } from '../support/e2e/built-cli.js';
import { startInTmux, type TmuxPane } from '../support/e2e/tmux-pane.js';

/** The demo at a speed that keeps the run short while steps still overlap, stopping once converged. */
const DEMO = [process.execPath, CLI, 'demo', '--speed', '0.01', '--exit'];
const ESC = '\u001b';

describe('the terminal view in a real pseudo-terminal', () => {
  let pane: TmuxPane | null = null;
  beforeAll(ensureBuilt, 180_000);
  afterEach(async () => {
    await pane?.close();
    pane = null;
  });

  it('leaves one table on the screen, with every log line whole above it', async () => {
    // Logs at info level, so that log lines and the live view share the terminal.
    pane = await startInTmux([...DEMO, '--log-level', 'info'], {
      width: 110,
      height: 50,
      env: {},
      cwd: ROOT,
    });
    expect(await pane.exited(150_000)).toBe(0);
    const screen = await pane.capture();
    const lines = screen.split('\n');

    // One row per node, in the report; no partial copies of the live table in the scrollback.
    expect(lines.filter((l) => /^\s+docker-01\s+create\s/.test(l))).toEqual([
      expect.stringMatching(/^\s+docker-01\s+create\s+created$/),
    ]);
    expect(screen).not.toMatch(/\d+ of 13 done/);
    expect(screen).toMatch(/^Applied: 13 created in \S+ \(revision [0-9a-f]{12}\)\.$/m);

    // Every pretty log line is whole: its head starts a line, and every composed profile was logged.
    const heads = lines.filter((l) => /\b(INFO|WARN|ERROR)\b.*:/.test(l) && !/^\s/.test(l));
    for (const head of heads) expect(head).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] (INFO|WARN|ERROR): \S/);
    expect(lines.filter((l) => /INFO: oneview profile composed$/.test(l))).toHaveLength(13);

    // A terminal gets colours by default.
    expect(await pane.capture({ escapes: true })).toContain(`${ESC}[`);
  }, 200_000);

  it('prints no escape codes under NO_COLOR, and by default no info logs between its own lines', async () => {
    pane = await startInTmux(DEMO, { width: 110, height: 50, env: { NO_COLOR: '1' }, cwd: ROOT });
    expect(await pane.exited(150_000)).toBe(0);
    const screen = await pane.capture({ escapes: true });
    expect(screen).not.toContain(`${ESC}[`);
    expect(screen).toContain('Logs: warnings and errors only (--log-level info shows each step).');
    expect(screen).not.toMatch(/\bINFO\b/);
    expect(screen).toMatch(/^Applied: 13 created in \S+ \(revision [0-9a-f]{12}\)\.$/m);
  }, 200_000);
});
