import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { RunHistoryEntry } from '../api-types.ts';
import { Revision, StateBadge } from '../components/badges.tsx';
import { duration, time } from '../format.ts';
import { useResource, type Live } from '../live.ts';
import { href } from '../router.ts';

function nodeCounts(run: RunHistoryEntry): string {
  const parts = Object.entries(run.counts.nodes)
    .filter(([outcome, n]) => outcome !== 'unchanged' && n !== undefined && n > 0)
    .map(([outcome, n]) => `${n} ${outcome}`);
  return parts.length === 0 ? 'no node changed' : parts.join(', ');
}

export function HistoryView({ live }: { live: Live }): JSX.Element {
  const runs = useResource<{ runs: RunHistoryEntry[] }>('/api/v1/runs?limit=200', live.version);
  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title">History</h1>
      {runs.data === null ? (
        <p role={runs.error === null ? 'status' : 'alert'}>{runs.error ?? 'Loading…'}</p>
      ) : (
        <>
          <CompareForm runs={runs.data.runs} />
          <div class="table-wrap">
            <table>
              <caption class="sr-only">Runs, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Started</th>
                  <th scope="col">Revision</th>
                  <th scope="col">Commit</th>
                  <th scope="col">Author</th>
                  <th scope="col">Command</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Duration</th>
                  <th scope="col">Nodes</th>
                </tr>
              </thead>
              <tbody>
                {runs.data.runs.map((run) => (
                  <tr key={run.runId} data-run={run.runId}>
                    <td>{time(run.startedAt)}</td>
                    <td>
                      <Revision value={run.revision} />
                    </td>
                    <td>{run.provenance?.subject ?? <span class="muted">–</span>}</td>
                    <td>{run.provenance?.author.name ?? <span class="muted">–</span>}</td>
                    <td>{run.command}</td>
                    <td>
                      <StateBadge state={`run-${run.outcome}`} label={run.outcome} />
                    </td>
                    <td>{duration(run.startedAt, run.finishedAt)}</td>
                    <td>{nodeCounts(run)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** Two revisions of the recorded runs to compare, oldest as base by default. */
function CompareForm({ runs }: { runs: readonly RunHistoryEntry[] }): JSX.Element {
  const revisions: { revision: string; label: string }[] = [];
  for (const run of runs)
    if (!revisions.some((r) => r.revision === run.revision))
      revisions.push({
        revision: run.revision,
        label: `${run.revision.slice(0, 12)} ${run.provenance?.subject ?? ''}`.trim(),
      });
  const [base, setBase] = useState(revisions[1]?.revision ?? revisions[0]?.revision ?? '');
  const [head, setHead] = useState(revisions[0]?.revision ?? '');
  if (revisions.length < 2)
    return (
      <p class="muted">Two applied revisions are needed to compare; this site has {revisions.length}.</p>
    );
  return (
    <form
      class="toolbar"
      aria-label="Compare two revisions"
      onSubmit={(e) => {
        e.preventDefault();
        location.hash = href('compare', undefined, { base, head });
      }}
    >
      <label>
        Base
        <select name="base" value={base} onChange={(e) => setBase(e.currentTarget.value)}>
          {revisions.map((r) => (
            <option key={r.revision} value={r.revision}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Head
        <select name="head" value={head} onChange={(e) => setHead(e.currentTarget.value)}>
          {revisions.map((r) => (
            <option key={r.revision} value={r.revision}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={base === head}>
        Compare
      </button>
    </form>
  );
}
