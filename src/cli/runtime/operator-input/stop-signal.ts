import type { Logger } from '../../../ports/logger.js';

/**
 * SIGINT and SIGTERM stop a run gracefully: no new step starts, running OneView tasks finish and are recorded.
 * A second signal exits at once (the ledger still tells the next run where to resume).
 */
export function stopOnSignals(logger: Logger): { readonly signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      logger.warn({ signal: name }, 'second signal: exiting now');
      process.exit(130);
    }
    logger.warn({ signal: name }, 'stopping: no new step starts; running OneView tasks are let finish');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
