import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { SiteView } from './api-types.ts';
import { TokenControl } from './components/token-control.tsx';
import { useLive, useResource } from './live.ts';
import { href, useRoute } from './router.ts';
import { CompareView } from './views/compare-view.tsx';
import { FleetPage } from './views/fleet-view.tsx';
import { HistoryView } from './views/history-view.tsx';
import { NodeView } from './views/node-view.tsx';
import { PlanView } from './views/plan-view.tsx';
import { RolloutPage } from './views/rollout-view.tsx';
import { SitePage } from './views/site-view.tsx';

const TABS = [
  ['fleet', 'Fleet'],
  ['rollout', 'Rollout'],
  ['plan', 'Plan'],
  ['history', 'History'],
  ['site', 'Site'],
] as const;

export function App(): JSX.Element {
  const route = useRoute();
  const live = useLive();
  const site = useResource<SiteView>('/api/v1/site', live.version);
  const main = useRef<HTMLElement>(null);
  const tab = route.view === 'nodes' ? 'fleet' : route.view === 'compare' ? 'history' : route.view;

  useEffect(() => {
    const label = TABS.find(([id]) => id === tab)?.[1] ?? 'Phoenix';
    document.title = `${label} · ${site.data?.site ?? 'Phoenix'}`;
  }, [tab, site.data?.site]);

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <div class="brand">
          <img class="logo" src="/ui/favicon.svg" alt="" />
          <span>Phoenix</span>
          {site.data?.site != null && <span class="site-name">{site.data.site}</span>}
        </div>
        <nav aria-label="Views">
          <ul>
            {TABS.map(([id, label]) => (
              <li key={id}>
                <a href={href(id)} aria-current={tab === id ? 'page' : undefined}>
                  {label}
                  {id === 'rollout' && live.rollout?.active === true && (
                    <span class="dot running" aria-label="(running)" />
                  )}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="status-line">
          <span class={`live ${live.connected ? 'on' : 'off'}`} role="status" data-testid="live">
            {live.connected ? 'Live' : 'Reconnecting…'}
          </span>
          {site.data?.suspended === true && <span class="badge state-blocked">Suspended</span>}
          <TokenControl actionsEnabled={site.data?.actionsEnabled ?? false} />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {site.error !== null && site.data === null && (
          <p class="error" role="alert">
            {site.error}
          </p>
        )}
        {route.view === 'fleet' && <FleetPage live={live} />}
        {route.view === 'nodes' && route.param !== null && <NodeView name={route.param} live={live} />}
        {route.view === 'rollout' && <RolloutPage live={live} />}
        {route.view === 'plan' && <PlanView live={live} />}
        {route.view === 'history' && <HistoryView live={live} />}
        {route.view === 'compare' && (
          <CompareView base={route.query.get('base')} head={route.query.get('head')} />
        )}
        {route.view === 'site' && <SitePage live={live} site={site} />}
      </main>
    </>
  );
}
