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
