import { useEffect, useState } from 'preact/hooks';
import { followEvents, getJson, onTokenChange } from './api.ts';
import type { DashboardEvent, RolloutView } from './api-types.ts';

/** What the live event stream tells every view. */
export interface Live {
  /** The stream is open: what the page shows follows the daemon without reloading. */
  readonly connected: boolean;
  readonly rollout: RolloutView | null;
  /** Bumped when a pass finishes or the site changes: views reload their data. */
  readonly version: number;
  readonly passRunning: boolean;
}

/** Follows /api/v1/events for the whole page, reconnecting after a break or a new token. */
export function useLive(): Live {
  const [connected, setConnected] = useState(false);
  const [rollout, setRollout] = useState<RolloutView | null>(null);
  const [version, setVersion] = useState(0);
  const [passRunning, setPassRunning] = useState(false);
  const [tokenVersion, setTokenVersion] = useState(0);

  useEffect(() => onTokenChange(() => setTokenVersion((v) => v + 1)), []);

  useEffect(() => {
    const stop = new AbortController();
    let connections = 0;
    const onEvent = (event: DashboardEvent): void => {
      switch (event.type) {
        case 'hello':
          // A connection: take the current rollout. After a reconnection, views reload what they show too
          // (they loaded it themselves the first time).
          void getJson<RolloutView>('/api/v1/rollout', stop.signal)
            .then((view) => setRollout((old) => (old !== null && old.seq > view.seq ? old : view)))
            .catch(() => undefined);
          if (connections > 0) setVersion((v) => v + 1);
          connections += 1;
          break;
        case 'rollout':
          setRollout((old) => (old !== null && old.seq > event.rollout.seq ? old : event.rollout));
          break;
        case 'pass-started':
          setPassRunning(true);
          break;
        case 'pass-finished':
          setPassRunning(false);
          setVersion((v) => v + 1);
          break;
        case 'site':
          setVersion((v) => v + 1);
          break;
      }
    };
    void followEvents(onEvent, setConnected, stop.signal);
    return () => stop.abort();
  }, [tokenVersion]);

  return { connected, rollout, version, passRunning };
}

export interface Resource<T> {
  readonly data: T | null;
  readonly error: string | null;
  readonly loading: boolean;
}

/** GETs `path` and again whenever `version` changes (or the path does); keeps the last data while reloading. */
export function useResource<T>(path: string | null, version: number): Resource<T> {
  const [state, setState] = useState<Resource<T>>({ data: null, error: null, loading: path !== null });
  useEffect(() => {
    if (path === null) return undefined;
    const stop = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    getJson<T>(path, stop.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (stop.signal.aborted) return;
        setState((s) => ({
          ...s,
          error: error instanceof Error ? error.message : String(error),
          loading: false,
        }));
      },
    );
    return () => stop.abort();
  }, [path, version]);
  return state;
}
