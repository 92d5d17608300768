import type { JSX } from 'preact';
import type { FleetResponse, TimelineResponse } from '../api-types.ts';
import { Revision, StateBadge } from '../components/badges.tsx';
import { time } from '../format.ts';
import { useResource, type Live } from '../live.ts';
import { href } from '../router.ts';

export function NodeView({ name, live }: { name: string; live: Live }): JSX.Element {
  const fleet = useResource<FleetResponse>('/api/v1/fleet', live.version);
  const timeline = useResource<TimelineResponse>(
    `/api/v1/nodes/${encodeURIComponent(name)}/timeline`,
    live.version,
  );
  const node = fleet.data?.nodes.find((n) => n.name === name) ?? null;
  return (
    <section aria-labelledby="node-title">
      <p>
        <a href={href('fleet')}>Back to the fleet</a>
      </p>
      <h1 id="node-title">{name}</h1>
      {node !== null && (
        <dl class="facts">
          <dt>State</dt>
          <dd>
            <StateBadge state={node.state} /> {node.note}
          </dd>
          <dt>Pool</dt>
          <dd>{node.pool ?? 'pet'}</dd>
          <dt>Plan</dt>
          <dd>{node.plan ?? '–'}</dd>
          <dt>Desired revision</dt>
          <dd>
            <Revision value={node.desiredRevision} />
          </dd>
          <dt>Applied revision</dt>
          <dd>
            <Revision value={node.appliedRevision} />{' '}
            {node.generation !== null && `(generation ${node.generation})`}
          </dd>
          <dt>Hardware</dt>
          <dd>{node.hardware?.name ?? '–'}</dd>
          <dt>Checks</dt>
          <dd>{['oneview', ...node.checks.map((c) => `${c.type}:${c.name}`)].join(', ')}</dd>
          <dt>Pending</dt>
          <dd>{node.pendingAction}</dd>
        </dl>
      )}
      <h2>Timeline</h2>
      {timeline.data === null ? (
        <p role={timeline.error === null ? 'status' : 'alert'}>{timeline.error ?? 'Loading…'}</p>
      ) : !timeline.data.available ? (
        <p>This ledger store cannot list its records.</p>
      ) : timeline.data.entries.length === 0 ? (
        <p>The ledger has no record of this node.</p>
      ) : (
        <ol class="timeline" data-testid="timeline">
          {timeline.data.entries.map((e, i) => (
            <li key={i} data-kind={e.kind} data-step={e.step ?? ''}>
              <time dateTime={e.at}>{time(e.at)}</time>{' '}
              {e.outcome !== null && <StateBadge state={`outcome-${e.outcome}`} label={e.outcome} />} {e.text}
              {e.hardware !== null && <span class="muted"> on {e.hardware}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
