// The options page's hash routes: parsed from and written to `location.hash`.

/** A place in the options app. */
export type Route =
  | { name: 'library' }
  | { name: 'source'; id: string }
  | { name: 'kols' }
  | { name: 'kol-new' }
  | { name: 'kol'; id: string }
  | { name: 'kol-edit'; id: string }
  | { name: 'areas' }
  | { name: 'area'; id: string }
  | { name: 'briefing' }
  | { name: 'briefing-kol'; id: string }
  | { name: 'settings' }
  | { name: 'not-found'; hash: string };

type Known = Exclude<Route, { name: 'not-found' }>;

/** Path patterns and the route each one means; `:id` is one path segment. */
const ROUTES: [RegExp, (id: string) => Known][] = [
  [/^\/(library)?$/, () => ({ name: 'library' })],
  [/^\/source\/([^/]+)$/, (id) => ({ name: 'source', id })],
  [/^\/kols$/, () => ({ name: 'kols' })],
  [/^\/kols\/new$/, () => ({ name: 'kol-new' })],
  [/^\/kols\/([^/]+)\/edit$/, (id) => ({ name: 'kol-edit', id })],
  [/^\/kols\/([^/]+)$/, (id) => ({ name: 'kol', id })],
  [/^\/areas$/, () => ({ name: 'areas' })],
  [/^\/areas\/([^/]+)$/, (id) => ({ name: 'area', id })],
  [/^\/briefing$/, () => ({ name: 'briefing' })],
  [/^\/briefing\/([^/]+)$/, (id) => ({ name: 'briefing-kol', id })],
  [/^\/settings$/, () => ({ name: 'settings' })],
];

/** Reads a route from a hash such as `#/source/abc`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  for (const [pattern, toRoute] of ROUTES) {
    const match = pattern.exec(path);
    if (match) {
      try {
        return toRoute(decodeURIComponent(match[1] ?? ''));
      } catch {
        break;
      }
    }
  }
  return { name: 'not-found', hash };
}

/** The hash for a route, for links. */
export function routeHash(route: Known): string {
  const id = 'id' in route ? encodeURIComponent(route.id) : '';
  switch (route.name) {
    case 'library':
      return '#/';
    case 'source':
      return `#/source/${id}`;
    case 'kols':
      return '#/kols';
    case 'kol-new':
      return '#/kols/new';
    case 'kol':
      return `#/kols/${id}`;
    case 'kol-edit':
      return `#/kols/${id}/edit`;
    case 'areas':
      return '#/areas';
    case 'area':
      return `#/areas/${id}`;
    case 'briefing':
      return '#/briefing';
    case 'briefing-kol':
      return `#/briefing/${id}`;
    case 'settings':
      return '#/settings';
  }
}
