/** Rejects with the caller's abort reason when the caller aborted; a timeout of the attempt is not that. */
export function throwIfCallerAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('aborted');
}

/** Maps a socket or fetch failure to a failure kind; `detail` is the system error code, never a message. */
export function networkFailure(error: unknown): {
  readonly failure: 'refused' | 'unreachable' | 'timeout';
  readonly detail: string;
} {
  const code = errorCode(error) ?? errorCode((error as { cause?: unknown } | null)?.cause);
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EPIPE')
    return { failure: 'refused', detail: code };
  if (code === 'ETIMEDOUT' || code === 'ABORT_ERR' || code === 'UND_ERR_CONNECT_TIMEOUT')
    return { failure: 'timeout', detail: code };
  return { failure: 'unreachable', detail: code ?? 'network error' };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const name = (error as { name?: unknown }).name;
  return name === 'TimeoutError' || name === 'AbortError' ? 'ABORT_ERR' : undefined;
}
