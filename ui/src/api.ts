import type { DashboardEvent } from './api-types.ts';

/** The API token the person typed in, kept in this page's memory only: never stored, never sent elsewhere. */
let token: string | null = null;
const tokenListeners = new Set<() => void>();

export function apiToken(): string | null {
  return token;
}

export function setApiToken(value: string | null): void {
  token = value === null || value.trim() === '' ? null : value.trim();
  for (const listener of tokenListeners) listener();
}

export function onTokenChange(listener: () => void): () => void {
  tokenListeners.add(listener);
  return () => tokenListeners.delete(listener);
}

/** A failed API call, with the status and the daemon's own message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function headers(): Record<string, string> {
  return token === null ? {} : { authorization: `Bearer ${token}` };
}

async function failure(response: Response): Promise<ApiError> {
  let message = response.statusText;
  try {
    const body = (await response.json()) as { error?: string };
    if (typeof body.error === 'string') message = body.error;
  } catch {
    // Not JSON: keep the status text.
  }
  if (response.status === 401)
    message =
      token === null
        ? 'The daemon asks for the API token (this browser is not on the daemon’s host).'
        : `The daemon refused the API token: ${message}.`;
  return new ApiError(response.status, message);
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: headers(), ...(signal ? { signal } : {}) });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

export async function postJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { method: 'POST', headers: headers() });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

/**
 * Reads /api/v1/events as server-sent events over fetch (EventSource cannot send the token), until `signal`
 * aborts; reconnects after a broken connection. `onState` says whether the stream is open.
 */
export async function followEvents(
  onEvent: (event: DashboardEvent) => void,
  onState: (open: boolean) => void,
  signal: AbortSignal,
): Promise<void> {
  while (!signal.aborted) {
    try {
      const response = await fetch('/api/v1/events', {
        headers: { ...headers(), accept: 'text/event-stream' },
        signal,
      });
      if (!response.ok || response.body === null) throw await failure(response);
      onState(true);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice('data: '.length))
            .join('\n');
          if (data !== '') onEvent(JSON.parse(data) as DashboardEvent);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Broken, refused or aborted: wait and try again unless the page stopped following.
    }
    onState(false);
    if (signal.aborted) return;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}
