import type { JSX } from 'preact';
import type { PlanChange, ReconcilePlan } from '../api-types.ts';
import { Revision, StateBadge } from './badges.tsx';

/** The plan as the pull-request comment shows it: summary first, then each change with its fields and steps. */
export function PlanChanges({ plan, title }: { plan: ReconcilePlan; title: string }): JSX.Element {
  const s = plan.summary;
  const changes = plan.changes.filter((c) => c.action !== 'noop');
  return (
    <section aria-label={title}>
      <p>
        Plan for <strong>{plan.site}</strong> at <Revision value={plan.revision} />
        {plan.baseRevision !== null && (
          <>
            {' '}
            (base <Revision value={plan.baseRevision} />)
          </>
        )}
        , against <code>{plan.inventory.appliance}</code>
      </p>
      <ul class="summary" aria-label="Summary">
        {(['create', 'replace', 'heal', 'delete', 'blocked', 'noop'] as const).map((a) => (
          <li key={a}>
            <StateBadge state={`action-${a}`} label={a} /> <strong data-summary={a}>{s[a]}</strong>
          </li>
        ))}
      </ul>
      {changes.length === 0 ? (
        <p class="muted">No changes: every node matches.</p>
      ) : (
        <div class="plan-changes">
          {changes.map((c) => (
            <ChangeDetails key={c.id} change={c} />
          ))}
        </div>
      )}
      {plan.diagnostics.length > 0 && (
        <>
          <h3>Findings</h3>
          <ul>
            {plan.diagnostics.map((d, i) => (
              <li key={i}>
                <StateBadge state={`severity-${d.severity}`} label={d.severity} /> <code>{d.code}</code>{' '}
                {d.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ChangeDetails({ change }: { change: PlanChange }): JSX.Element {
  return (
    <details data-change={change.id}>
      <summary>
        <StateBadge state={`action-${change.action}`} label={change.action} /> <strong>{change.id}</strong>
        {change.pool !== null && <span class="muted"> in {change.pool}</span>}
      </summary>
      <p>{change.reason}</p>
      {change.fieldChanges.length > 0 && (
        <table class="fields">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {change.fieldChanges.map((f) => (
              <tr key={f.path}>
                <th scope="row">
                  <code>{f.path}</code>
                </th>
                <td class="before">{f.before === null ? <em>none</em> : <code>{f.before}</code>}</td>
                <td class="after">{f.after === null ? <em>none</em> : <code>{f.after}</code>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {change.steps.length > 0 && (
        <p>
          Steps: {change.steps.map((s) => s.kind).join(' → ')} (wave {change.wave ?? '–'}
          {change.dependsOn.length > 0 && `, after ${change.dependsOn.join(', ')}`})
        </p>
      )}
    </details>
  );
}
