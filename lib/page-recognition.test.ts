// The page recognition setting: parsing, the sites it asks access for, and switching off when access is revoked.
import { describe, expect, it } from 'vitest';
import {
  ALL_SITES_ORIGIN,
  originOfPage,
  originsFor,
  parseSiteList,
  RECOGNITION_OFF,
  toRecognitionSetting,
  turnOffIfAccessLost,
} from './page-recognition';

describe('page recognition setting', () => {
  it('is off unless stored as on with sites, and drops malformed hosts', () => {
    expect(toRecognitionSetting(undefined)).toEqual(RECOGNITION_OFF);
    expect(toRecognitionSetting({ enabled: true, sites: [] })).toEqual({ enabled: false, sites: [] });
    expect(toRecognitionSetting({ enabled: 'yes', sites: 'all' })).toEqual({ enabled: false, sites: 'all' });
    expect(toRecognitionSetting({ enabled: true, sites: ['nejm.org', '<script>', 3] })).toEqual({
      enabled: true,
      sites: ['nejm.org'],
    });
  });

  it('asks for all sites or exactly the chosen ones', () => {
    expect(originsFor({ sites: 'all' })).toEqual([ALL_SITES_ORIGIN]);
    expect(originsFor({ sites: ['nejm.org', '*.thelancet.com'] })).toEqual([
      '*://nejm.org/*',
      '*://*.thelancet.com/*',
    ]);
    expect(originOfPage('https://www.nejm.org/doi/full/10.1056/x?y#z')).toBe('https://www.nejm.org/*');
    expect(originOfPage('chrome://extensions')).toBeUndefined();
    expect(originOfPage(undefined)).toBeUndefined();
  });

  it('reads the list a user types: addresses, bare hosts, wildcards; says what it could not read', () => {
    expect(
      parseSiteList(
        'https://www.nejm.org/doi/x\npubmed.ncbi.nlm.nih.gov, *.thelancet.com\nnot a host\nNEJM.org/path',
      ),
    ).toEqual({
      sites: ['www.nejm.org', 'pubmed.ncbi.nlm.nih.gov', '*.thelancet.com', 'nejm.org'],
      invalid: ['not a host'],
    });
  });
});

describe('revoking access', () => {
  function fakeSync(setting: ReturnType<typeof toRecognitionSetting>, granted: string[]) {
    const state = { setting, cleared: 0 };
    return {
      state,
      sync: {
        read: async () => state.setting,
        save: async (next: typeof setting) => void (state.setting = next),
        hasAccess: async (origins: string[]) => origins.every((o) => granted.includes(o)),
        clearTabs: async () => void state.cleared++,
      },
    };
  }

  it('turns recognition off and clears the tabs when a chosen site is no longer granted', async () => {
    const { state, sync } = fakeSync({ enabled: true, sites: ['nejm.org', 'thelancet.com'] }, [
      '*://nejm.org/*',
    ]);
    expect(await turnOffIfAccessLost(sync)).toBe(true);
    expect(state.setting).toEqual({ enabled: false, sites: ['nejm.org', 'thelancet.com'] });
    expect(state.cleared).toBe(1);
  });

  it('leaves it on while every site is still granted, and does nothing when it was off', async () => {
    const on = fakeSync({ enabled: true, sites: 'all' }, [ALL_SITES_ORIGIN]);
    expect(await turnOffIfAccessLost(on.sync)).toBe(false);
    expect(on.state.setting.enabled).toBe(true);
    const off = fakeSync({ enabled: false, sites: 'all' }, []);
    expect(await turnOffIfAccessLost(off.sync)).toBe(false);
    expect(off.state.cleared).toBe(0);
  });
});
