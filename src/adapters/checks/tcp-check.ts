import { connect } from 'node:net';
import type { CheckResult, ProbeOptions } from '../../ports/checks.js';
import { networkFailure } from './attempt-signal.js';

/** Passes when a TCP connection to host:port opens within the attempt's timeout; the connection is closed. */
export function probeTcp(
  check: { readonly name: string; readonly host: string; readonly port: number },
  options: ProbeOptions,
): Promise<CheckResult> {
  const { signal } = options;
  return new Promise<CheckResult>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      return;
    }
    const socket = connect({ host: check.host, port: check.port });
    const finish = (outcome: () => void): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      outcome();
    };
    const onAbort = (): void =>
      finish(() => reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted')));
    const timer = setTimeout(
      () =>
        finish(() =>
          resolve({
            check: check.name,
            passed: false,
            failure: 'timeout',
            detail: `no connection within ${options.timeoutMs} ms`,
          }),
        ),
      Math.max(1, options.timeoutMs),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () =>
      finish(() => resolve({ check: check.name, passed: true, detail: 'connected' })),
    );
    socket.once('error', (error) =>
      finish(() => resolve({ check: check.name, passed: false, ...networkFailure(error) })),
    );
  });
}
