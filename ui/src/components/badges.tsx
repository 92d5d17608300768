import type { JSX } from 'preact';

/** A state as a word with a colour: the colour is never the only signal. */
export function StateBadge({ state, label }: { state: string; label?: string }): JSX.Element {
  return <span class={`badge state-${state}`}>{label ?? state}</span>;
}

export function Revision({ value }: { value: string | null }): JSX.Element {
  return value === null ? <span class="muted">–</span> : <code title={value}>{value.slice(0, 12)}</code>;
}
