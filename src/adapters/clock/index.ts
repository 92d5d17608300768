export { systemClock } from './system-clock.js';
export { deadlineSignal, type DeadlineSignal } from './deadline-signal.js';
