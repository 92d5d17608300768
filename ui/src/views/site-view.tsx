import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { SiteView } from '../api-types.ts';
import { Actions } from '../components/actions.tsx';
import { Revision, StateBadge } from '../components/badges.tsx';
import { minutes, time } from '../format.ts';
import { useResource, type Live, type Resource } from '../live.ts';

export function SitePage({ live, site }: { live: Live; site: Resource<SiteView> }): JSX.Element {
  // After an action, read the site again at once (the event stream follows too).
  const [bump, setBump] = useState(0);
  const fresh = useResource<SiteView>(bump === 0 ? null : `/api/v1/site?after=${bump}`, live.version);
  const data = (bump === 0 ? site.data : (fresh.data ?? site.data)) ?? null;
  if (data === null) return <p role={site.error === null ? 'status' : 'alert'}>{site.error ?? 'Loading…'}</p>;
  return (
    <section aria-labelledby="site-title">
      <h1 id="site-title">Site {data.site ?? ''}</h1>
      <div class="table-wrap">
        <table>
          <caption>Conditions</caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Reason</th>
              <th scope="col">Message</th>
              <th scope="col">Since</th>
            </tr>
          </thead>
          <tbody>
            {data.conditions.map((c) => (
              <tr key={c.type} data-condition={c.type}>
                <th scope="row">{c.type}</th>
                <td>
                  <StateBadge state={`condition-${c.type}-${c.status}`} label={c.status} />
                </td>
                <td>{c.reason}</td>
                <td>{c.message}</td>
                <td>{time(c.lastTransitionTime)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl class="facts">
        <dt>Suspended</dt>
        <dd data-testid="suspended">{data.suspended ? 'yes' : 'no'}</dd>
        <dt>Auto-apply</dt>
        <dd>{data.autoApply ? 'on' : 'off: changes wait as the pending plan'}</dd>
        <dt>Repository</dt>
        <dd>
          <code>{data.repository}</code> branch <code>{data.branch}</code>
        </dd>
        <dt>Branch head read</dt>
        <dd>
          <Revision value={data.observedRevision} />
        </dd>
        <dt>Last applied</dt>
        <dd>
          <Revision value={data.lastAppliedRevision} />{' '}
          {data.lastAppliedAt !== null && `at ${time(data.lastAppliedAt)}`}
        </dd>
        <dt>Last poll</dt>
        <dd>
          {data.lastPass === null
            ? 'no pass has finished yet'
            : `${time(data.lastPass.finishedAt)}: ${data.lastPass.result} (${data.lastPass.trigger}) — ${data.lastPass.message}`}
        </dd>
        {data.nextRetryAt !== null && (
          <>
            <dt>Next retry</dt>
            <dd>{time(data.nextRetryAt)}</dd>
          </>
        )}
        <dt>Leader</dt>
        <dd data-testid="leader">
          {data.replica === null
            ? 'this process (single replica)'
            : data.leader === null
              ? 'nobody: no replica holds the lease now'
              : `${data.leader.holder}${data.leader.holder === data.replica ? ' (this replica)' : ''} since ${time(data.leader.since)}, epoch ${data.leader.epoch}`}
        </dd>
        <dt>Maintenance windows</dt>
        <dd>
          {data.maintenanceWindows.length === 0
            ? 'none: destructive changes may run at any time'
            : data.maintenanceWindows
                .map((w) => `${w.cron} for ${minutes(w.durationMs)} (${w.timezone ?? 'UTC'})`)
                .join('; ')}
          {data.maintenanceWindows.length > 0 && (data.inMaintenanceWindow ? ' — open now' : ' — closed now')}
        </dd>
        <dt>Drift</dt>
        <dd>{data.driftMode ?? 'correct (default)'}</dd>
      </dl>
      {data.diagnostics.length > 0 && (
        <>
          <h2>Validation errors of the branch head</h2>
          <ul>
            {data.diagnostics.map((d, i) => (
              <li key={i}>
                <code>{d.code}</code> {d.file}:{d.line}:{d.column} {d.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <Actions
        suspended={data.suspended}
        actionsEnabled={data.actionsEnabled}
        onDone={() => setBump((b) => b + 1)}
      />
    </section>
  );
}
