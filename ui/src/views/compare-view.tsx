import type { JSX } from 'preact';
import type { CompareResponse } from '../api-types.ts';
import { Revision, StateBadge } from '../components/badges.tsx';
import { PlanChanges } from '../components/plan-changes.tsx';
import { time } from '../format.ts';
import { useResource } from '../live.ts';
import { href } from '../router.ts';

export function CompareView({ base, head }: { base: string | null; head: string | null }): JSX.Element {
  const path =
    base === null || head === null
      ? null
      : `/api/v1/compare?${new URLSearchParams({ base, head }).toString()}`;
  const compare = useResource<CompareResponse>(path, 0);
  return (
    <section aria-labelledby="compare-title">
      <h1 id="compare-title">Compare revisions</h1>
      <p>
        <a href={href('history')}>Back to history</a>
      </p>
      {path === null ? (
        <p>Choose two revisions in the history.</p>
      ) : compare.data === null ? (
        <p role={compare.error === null ? 'status' : 'alert'}>{compare.error ?? 'Comparing…'}</p>
      ) : (
        <Comparison data={compare.data} />
      )}
    </section>
  );
}

function Comparison({ data }: { data: CompareResponse }): JSX.Element {
  return (
    <>
      <dl class="facts">
        <dt>Base</dt>
        <dd>
          <Revision value={data.base.revision} /> {data.base.subject}{' '}
          <span class="muted">
            by {data.base.author}, {time(data.base.date)}
          </span>
        </dd>
        <dt>Head</dt>
        <dd>
          <Revision value={data.head.revision} /> {data.head.subject}{' '}
          <span class="muted">
            by {data.head.author}, {time(data.head.date)}
          </span>
        </dd>
      </dl>
      <h2>Declarations</h2>
      <PlanChanges plan={data.plan} title="What the declarations change" />
      <h2>What happened on the fleet</h2>
      {data.runs.length === 0 ? (
        <p class="muted">No run is recorded between these revisions.</p>
      ) : (
        <ul class="runs">
          {data.runs.map((run) => (
            <li key={run.runId} data-run={run.runId}>
              <StateBadge state={`run-${run.outcome}`} label={run.outcome} />{' '}
              <Revision value={run.revision} /> <span class="muted">finished {time(run.finishedAt)}</span>
              {Object.keys(run.nodes).length === 0 ? (
                <span class="muted"> — no node changed</span>
              ) : (
                <ul>
                  {Object.entries(run.nodes).map(([node, outcome]) => (
                    <li key={node}>
                      <a href={href('nodes', node)}>{node}</a>{' '}
                      <StateBadge state={`outcome-${outcome}`} label={outcome} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
