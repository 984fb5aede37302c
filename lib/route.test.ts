// The options page hash routes: every route round-trips, odd ids included; unknown addresses are reported; "new" is the form.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './route';

describe('routes', () => {
  it('parses the library and a source, and round-trips ids with odd characters', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
    expect(parseRoute(routeHash({ name: 'source', id: 'a/b c' }))).toEqual({ name: 'source', id: 'a/b c' });
  });

  it('reports unknown addresses instead of guessing', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', hash: '#/nowhere' });
  });
});

describe('KOL and area routes', () => {
  it('round-trips every route', () => {
    const routes = [
      { name: 'kols' },
      { name: 'kol-new' },
      { name: 'kol', id: 'k 1' },
      { name: 'kol-edit', id: 'k1' },
      { name: 'areas' },
      { name: 'area', id: 'a/1' },
      { name: 'briefing' },
      { name: 'briefing-kol', id: 'k/1' },
    ] as const;
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('treats "new" as the form, not a KOL id', () => {
    expect(parseRoute('#/kols/new')).toEqual({ name: 'kol-new' });
  });
});
