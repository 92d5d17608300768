import { useEffect, useState } from 'preact/hooks';

/** A view of the hash route: `#/fleet`, `#/nodes/<name>`, `#/compare?base=..&head=..`. */
export interface Route {
  readonly view: string;
  readonly param: string | null;
  readonly query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view = 'fleet', param] = path.split('/');
  return {
    view: view === '' ? 'fleet' : view,
    param: param === undefined || param === '' ? null : decodeURIComponent(param),
    query: new URLSearchParams(search),
  };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function href(view: string, param?: string, query?: Record<string, string>): string {
  const tail = param === undefined ? '' : `/${encodeURIComponent(param)}`;
  const search = query === undefined ? '' : `?${new URLSearchParams(query).toString()}`;
  return `#/${view}${tail}${search}`;
}
