import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { apiToken, onTokenChange, setApiToken } from '../api.ts';

/** The API token field: kept in memory for this page only. Without a token the dashboard is read-only. */
export function TokenControl({ actionsEnabled }: { actionsEnabled: boolean }): JSX.Element {
  const [token, setToken] = useState(apiToken());
  const [draft, setDraft] = useState('');
  useEffect(() => onTokenChange(() => setToken(apiToken())), []);

  if (token !== null)
    return (
      <div class="token">
        <span class="badge state-ready">Actions unlocked</span>
        <button type="button" onClick={() => setApiToken(null)}>
          Forget token
        </button>
      </div>
    );
  return (
    <form
      class="token"
      onSubmit={(e) => {
        e.preventDefault();
        setApiToken(draft);
        setDraft('');
      }}
    >
      <label for="api-token">API token</label>
      <input
        id="api-token"
        type="password"
        autoComplete="off"
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        placeholder={actionsEnabled ? 'for actions' : 'actions disabled'}
      />
      <button type="submit" disabled={draft.trim() === ''}>
        Unlock
      </button>
    </form>
  );
}
