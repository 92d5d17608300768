import type { JSX } from 'preact';
import type { RolloutChange, RolloutView } from '../api-types.ts';
import { Revision, StateBadge } from '../components/badges.tsx';
import { duration, time } from '../format.ts';
import type { Live } from '../live.ts';
import { href } from '../router.ts';

function waitText(change: RolloutChange): string {
  if (change.waitingFor === 'rollout') return 'waits for the pool’s rollout budget';
  if (change.waitingFor === 'dependencies')
    return `waits for ${change.dependsOn.length > 0 ? change.dependsOn.join(', ') : 'dependencies'}`;
  return '';
}

function Steps({ change }: { change: RolloutChange }): JSX.Element {
  return (
    <ol class="steps" aria-label={`Steps of ${change.node}`}>
      {change.steps.map((s, i) => (
        <li key={i} class={`step step-${s.state}`} title={`${s.kind}: ${s.state}`}>
          {s.kind}
          <span class="sr-only"> {s.state}</span>
        </li>
      ))}
    </ol>
  );
}

export function RolloutPage({ live }: { live: Live }): JSX.Element {
  const view = live.rollout;
  if (view === null) return <p role="status">{live.connected ? 'Loading…' : 'Connecting to the daemon…'}</p>;
  return <Rollout view={view} passRunning={live.passRunning} />;
}

function Rollout({ view, passRunning }: { view: RolloutView; passRunning: boolean }): JSX.Element {
  const byId = new Map(view.changes.map((c) => [c.id, c]));
  const done = view.changes.filter((c) => c.state === 'done').length;
  const state = view.active ? 'running' : (view.outcome ?? (passRunning ? 'planning' : 'idle'));
  return (
    <section aria-labelledby="rollout-title">
      <div class="title-row">
        <h1 id="rollout-title">Rollout</h1>
        <p>
          <StateBadge state={`run-${state}`} label={state} />{' '}
          {view.revision !== null && (
            <>
              revision <Revision value={view.revision} />, started {time(view.startedAt)}
              {view.finishedAt !== null && `, took ${duration(view.startedAt, view.finishedAt)}`}
            </>
          )}
        </p>
      </div>
      {view.changes.length === 0 ? (
        <p class="muted">
          No apply has run since the daemon started. Passes that change nothing do not show here.
        </p>
      ) : (
        <>
          <p role="status" data-testid="rollout-progress">
            {done} of {view.changes.length} changes done
            {view.maxConcurrentOperations !== null &&
              `; at most ${view.maxConcurrentOperations} OneView operations at once`}
          </p>
          <h2>Budgets</h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Pool</th>
                  <th scope="col">In flight</th>
                  <th scope="col">Unavailable</th>
                  <th scope="col">Surge</th>
                </tr>
              </thead>
              <tbody>
                {view.budgets.map((b) => (
                  <tr key={b.group}>
                    <th scope="row">{b.pool}</th>
                    <td>
                      {b.inFlight} of {b.maxInFlight}{' '}
                      <span class="muted">({Math.max(0, b.maxInFlight - b.inFlight)} left)</span>
                    </td>
                    <td>
                      {b.unavailable} of {b.maxUnavailable}{' '}
                      <span class="muted">({Math.max(0, b.maxUnavailable - b.unavailable)} left)</span>
                    </td>
                    <td>
                      {b.surging} of {b.maxSurge}{' '}
                      <span class="muted">({Math.max(0, b.maxSurge - b.surging)} left)</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {view.waves.map((wave) => (
            <section key={`${wave.phase}-${wave.wave}`} aria-label={waveTitle(wave.phase, wave.wave)}>
              <h2>{waveTitle(wave.phase, wave.wave)}</h2>
              <ul class="changes">
                {wave.changes.map((id) => {
                  const c = byId.get(id);
                  if (c === undefined) return null;
                  return (
                    <li key={id} data-change={c.node} data-state={c.state}>
                      <a href={href('nodes', c.node)}>{c.node}</a>{' '}
                      <StateBadge state={`action-${c.action}`} label={c.action} />{' '}
                      <StateBadge
                        state={`change-${c.state}`}
                        label={c.state === 'done' && c.outcome !== null ? c.outcome : c.state}
                      />
                      <Steps change={c} />
                      <span class="muted">{waitText(c)}</span>
                      {c.errorCode !== null && (
                        <span class="error">
                          {' '}
                          {c.errorCode}: {c.message}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
          <h2>Events</h2>
          <ol class="log" aria-live="polite" data-testid="rollout-log">
            {view.log.slice(-60).map((entry, i) => (
              <li key={i}>
                <time dateTime={entry.at}>{new Date(entry.at).toLocaleTimeString()}</time>{' '}
                {entry.node !== null && <strong>{entry.node}</strong>} {entry.text}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function waveTitle(phase: string, wave: number | null): string {
  return phase === 'cleanup' ? 'Cleanup' : `Wave ${wave ?? 0}`;
}
