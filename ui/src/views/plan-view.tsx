import type { JSX } from 'preact';
import type { ReconcilePlan } from '../api-types.ts';
import { PlanChanges } from '../components/plan-changes.tsx';
import { useResource, type Live } from '../live.ts';

export function PlanView({ live }: { live: Live }): JSX.Element {
  const plan = useResource<{ plan: ReconcilePlan | null }>('/api/v1/plan', live.version);
  return (
    <section aria-labelledby="plan-title">
      <h1 id="plan-title">Pending plan</h1>
      {plan.data === null ? (
        <p role={plan.error === null ? 'status' : 'alert'}>{plan.error ?? 'Loading…'}</p>
      ) : plan.data.plan === null ? (
        <p>Nothing is pending: the appliance matches the branch head, or no pass has finished yet.</p>
      ) : (
        <PlanChanges plan={plan.data.plan} title="Pending changes" />
      )}
    </section>
  );
}
