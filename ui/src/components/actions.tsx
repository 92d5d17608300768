import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { apiToken, onTokenChange, postJson } from '../api.ts';

interface Action {
  readonly id: 'suspend' | 'resume' | 'reconcile';
  readonly label: string;
  readonly question: string;
}

const ACTIONS: Readonly<Record<Action['id'], Action>> = {
  suspend: {
    id: 'suspend',
    label: 'Suspend',
    question: 'Suspend reconciliation? No pass runs until it is resumed, across restarts.',
  },
  resume: { id: 'resume', label: 'Resume', question: 'Resume reconciliation? A pass starts at once.' },
  reconcile: {
    id: 'reconcile',
    label: 'Reconcile now',
    question: 'Start a pass now? With auto-apply it applies what the plan says.',
  },
};

/** Suspend, resume and reconcile now: behind the API token, each after a confirmation. */
export function Actions({
  suspended,
  actionsEnabled,
  onDone,
}: {
  suspended: boolean;
  actionsEnabled: boolean;
  onDone: () => void;
}): JSX.Element {
  const [hasToken, setHasToken] = useState(apiToken() !== null);
  const [pending, setPending] = useState<Action | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => onTokenChange(() => setHasToken(apiToken() !== null)), []);
  useEffect(() => {
    if (pending !== null) dialog.current?.showModal();
    else dialog.current?.close();
  }, [pending]);

  const run = async (action: Action): Promise<void> => {
    setPending(null);
    try {
      await postJson(`/api/v1/${action.id}`);
      setMessage({ text: `${action.label}: done.`, error: false });
      onDone();
    } catch (error) {
      setMessage({ text: `${action.label} failed. ${(error as Error).message}`, error: true });
    }
  };

  const available = [suspended ? ACTIONS.resume : ACTIONS.suspend, ACTIONS.reconcile];
  return (
    <section aria-labelledby="actions-title" class="actions">
      <h2 id="actions-title">Actions</h2>
      {!actionsEnabled ? (
        <p class="muted">Actions are disabled: the daemon runs without an API token (PHOENIX_API_TOKEN).</p>
      ) : !hasToken ? (
        <p class="muted" data-testid="read-only">
          Read-only: enter the API token at the top of the page to suspend, resume or reconcile.
        </p>
      ) : null}
      <div class="buttons">
        {available.map((action) => (
          <button
            type="button"
            key={action.id}
            data-action={action.id}
            disabled={!actionsEnabled || !hasToken}
            onClick={() => setPending(action)}
          >
            {action.label}
          </button>
        ))}
      </div>
      <p
        role="status"
        aria-live="polite"
        class={message?.error === true ? 'error' : ''}
        data-testid="action-result"
      >
        {message?.text ?? ''}
      </p>
      <dialog ref={dialog} aria-labelledby="confirm-title" onClose={() => setPending(null)}>
        <form method="dialog" onSubmit={(e) => e.preventDefault()}>
          <h2 id="confirm-title">{pending?.label ?? ''}</h2>
          <p>{pending?.question ?? ''}</p>
          <div class="buttons">
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
            <button
              type="button"
              class="primary"
              data-confirm={pending?.id ?? ''}
              onClick={() => pending !== null && void run(pending)}
            >
              {pending?.label ?? 'Confirm'}
            </button>
          </div>
        </form>
      </dialog>
    </section>
  );
}
