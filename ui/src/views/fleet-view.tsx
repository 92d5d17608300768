import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { FleetNode, FleetResponse, FleetState, RolloutChange } from '../api-types.ts';
import { Revision, StateBadge } from '../components/badges.tsx';
import { time } from '../format.ts';
import { useResource, type Live } from '../live.ts';
import { href } from '../router.ts';

const PAGE_SIZE = 100;

const STATE_ORDER: readonly FleetState[] = [
  'ready',
  'unverified',
  'in-flight',
  'drifted',
  'faulted',
  'blocked',
  'quarantined',
  'absent',
  'incomplete',
];

/** A node with what the running pass does to it now, from the live rollout (no reload). */
function withLive(node: FleetNode, change: RolloutChange | undefined, active: boolean): FleetNode {
  if (change === undefined || !active) return node;
  const moving = change.state === 'running' || change.state === 'waiting';
  return {
    ...node,
    state: moving ? 'in-flight' : node.state,
    activity: { step: change.step, phase: change.state, waitingFor: change.waitingFor },
  };
}

function activityText(node: FleetNode): string {
  const a = node.activity;
  if (a === null) return '';
  if (a.phase === 'running') return a.step ?? 'running';
  if (a.phase === 'waiting')
    return `waits for ${a.waitingFor === 'rollout' ? 'rollout budget' : 'dependencies'}`;
  if (a.phase === 'pending') return 'queued';
  return '';
}

function matches(node: FleetNode, needle: string): boolean {
  if (needle === '') return true;
  return [
    node.name,
    node.pool,
    node.plan,
    node.hardware?.name,
    node.hardware?.enclosure,
    node.appliedRevision,
  ].some((v) => v != null && v.toLowerCase().includes(needle));
}

export function FleetPage({ live }: { live: Live }): JSX.Element {
  const fleet = useResource<FleetResponse>('/api/v1/fleet', live.version);
  if (fleet.data === null)
    return <p role={fleet.error === null ? 'status' : 'alert'}>{fleet.error ?? 'Loading the fleet…'}</p>;
  return <FleetTable fleet={fleet.data} live={live} />;
}

function FleetTable({ fleet, live }: { fleet: FleetResponse; live: Live }): JSX.Element {
  const [filter, setFilter] = useState<FleetState | null>(null);
  const [pool, setPool] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);

  const byNode = useMemo(
    () => new Map((live.rollout?.changes ?? []).map((c) => [c.node, c])),
    [live.rollout],
  );
  const nodes = useMemo(
    () => fleet.nodes.map((n) => withLive(n, byNode.get(n.name), live.rollout?.active === true)),
    [fleet, byNode, live.rollout?.active],
  );
  const counts = useMemo(() => {
    const c = Object.fromEntries(STATE_ORDER.map((s) => [s, 0])) as Record<FleetState, number>;
    for (const n of nodes) c[n.state] += 1;
    return c;
  }, [nodes]);
  const pools = useMemo(() => [...new Set(fleet.nodes.map((n) => n.pool ?? '(pets)'))].sort(), [fleet.nodes]);
  const needle = search.trim().toLowerCase();
  const shown = useMemo(
    () =>
      nodes.filter(
        (n) =>
          (filter === null || n.state === filter) &&
          (pool === '' || (n.pool ?? '(pets)') === pool) &&
          matches(n, needle),
      ),
    [nodes, filter, pool, needle],
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  return (
    <section aria-labelledby="fleet-title">
      <div class="title-row">
        <h1 id="fleet-title">Fleet</h1>
        <p class="muted">
          {fleet.site ?? 'No site yet'} at <Revision value={fleet.revision} />, observed{' '}
          {time(fleet.observedAt)}
        </p>
      </div>
      <div class="counts" role="group" aria-label="Filter by state">
        <button type="button" aria-pressed={filter === null} onClick={() => (setFilter(null), setPage(0))}>
          All <strong>{nodes.length}</strong>
        </button>
        {STATE_ORDER.filter((s) => counts[s] > 0 || s === 'ready').map((s) => (
          <button
            type="button"
            key={s}
            class={`count state-${s}`}
            aria-pressed={filter === s}
            data-state={s}
            onClick={() => (setFilter(filter === s ? null : s), setPage(0))}
          >
            {s} <strong>{counts[s]}</strong>
          </button>
        ))}
      </div>
      <div class="toolbar">
        <label>
          Search
          <input
            type="search"
            value={search}
            placeholder="node, pool, plan, hardware, revision"
            onInput={(e) => (setSearch(e.currentTarget.value), setPage(0))}
          />
        </label>
        <label>
          Pool
          <select value={pool} onChange={(e) => (setPool(e.currentTarget.value), setPage(0))}>
            <option value="">all pools</option>
            {pools.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <span class="muted" role="status">
          {shown.length} of {nodes.length} nodes
        </span>
      </div>
      <div class="table-wrap">
        <table class="fleet">
          <caption class="sr-only">Nodes of the site, {shown.length} shown</caption>
          <thead>
            <tr>
              <th scope="col">Node</th>
              <th scope="col">Pool</th>
              <th scope="col">Plan</th>
              <th scope="col">State</th>
              <th scope="col">Now</th>
              <th scope="col">Pending</th>
              <th scope="col">Desired</th>
              <th scope="col">Applied</th>
              <th scope="col">Hardware</th>
              <th scope="col">Checks</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((n) => (
              <tr key={n.name} data-node={n.name} data-state={n.state}>
                <th scope="row">
                  <a href={href('nodes', n.name)}>{n.name}</a>
                </th>
                <td>{n.pool ?? <span class="muted">pet</span>}</td>
                <td>{n.plan ?? <span class="muted">–</span>}</td>
                <td>
                  <StateBadge state={n.state} />
                  {n.note !== null && (
                    <span class="note" title={n.note}>
                      {' '}
                      {n.note}
                    </span>
                  )}
                </td>
                <td class="activity">{activityText(n)}</td>
                <td>
                  {n.pendingAction === 'noop' ? (
                    ''
                  ) : (
                    <StateBadge state={`action-${n.pendingAction}`} label={n.pendingAction} />
                  )}
                </td>
                <td>
                  <Revision value={n.desiredRevision} />
                </td>
                <td>
                  <Revision value={n.appliedRevision} />
                  {n.generation !== null && <span class="muted"> gen {n.generation}</span>}
                </td>
                <td>
                  {n.hardware === null ? (
                    <span class="muted">–</span>
                  ) : (
                    <span title={n.hardware.name}>
                      {n.hardware.enclosure ?? '?'}, bay {n.hardware.bay ?? '?'}
                    </span>
                  )}
                </td>
                <td class="checks">{['oneview', ...n.checks.map((c) => c.name)].join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav class="pager" aria-label="Pages">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next
          </button>
        </nav>
      )}
    </section>
  );
}
