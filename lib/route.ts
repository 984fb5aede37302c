// The options page's hash routes: parsed from and written to `location.hash`.

/** A place in the options app. */
export type Route = { name: 'library' } | { name: 'source'; id: string } | { name: 'not-found'; hash: string };

/** Reads a route from a hash such as `#/source/abc`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '/library') return { name: 'library' };
  const source = /^\/source\/([^/]+)$/.exec(path);
  if (source?.[1]) return { name: 'source', id: decodeURIComponent(source[1]) };
  return { name: 'not-found', hash };
}

/** The hash for a route, for links. */
export function routeHash(route: Exclude<Route, { name: 'not-found' }>): string {
  return route.name === 'library' ? '#/' : `#/source/${encodeURIComponent(route.id)}`;
}
