import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { deadlineSignal } from '../../../src/adapters/clock/index.js';
import { ManualClock } from '../../support/manual-clock.js';

describe('deadlineSignal', () => {
  it('aborts with a TimeoutError once the deadline passes, and says it timed out', async () => {
    const deadline = deadlineSignal(5);
    await new Promise<void>((resolve) => deadline.signal.addEventListener('abort', () => resolve()));
    expect(deadline.timedOut).toBe(true);
    expect((deadline.signal.reason as Error).name).toBe('TimeoutError');
    deadline.dispose();
  });

  it("aborts with the parent's reason when the parent aborts, which is not a timeout", () => {
    const parent = new AbortController();
    const deadline = deadlineSignal(60_000, parent.signal);
    const reason = new Error('shutting down');
    parent.abort(reason);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toBe(reason);
    expect(deadline.timedOut).toBe(false);
    deadline.dispose();
  });

  it('starts aborted under an aborted parent', () => {
    const parent = new AbortController();
    parent.abort(new Error('gone'));
    const deadline = deadlineSignal(60_000, parent.signal);
    expect(deadline.signal.aborted).toBe(true);
    deadline.dispose();
  });

  it('leaves nothing on a long-lived parent once disposed, however many it made', () => {
    const parent = new AbortController();
    for (let i = 0; i < 10_000; i++) {
      const deadline = deadlineSignal(60_000, parent.signal);
      if (i === 0) expect(getEventListeners(parent.signal, 'abort')).toHaveLength(1);
      deadline.dispose();
    }
    expect(getEventListeners(parent.signal, 'abort')).toHaveLength(0);
  });

  it('does not fire after it is disposed', async () => {
    const clock = new ManualClock();
    const deadline = deadlineSignal(5, undefined, clock);
    deadline.dispose();
    await clock.advance(30);
    expect(deadline.signal.aborted).toBe(false);
    expect(clock.pending).toBe(0);
  });
});
