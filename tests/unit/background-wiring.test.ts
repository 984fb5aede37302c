// The background's context menus and keyboard commands, which no browser driver can press (puppeteer over BiDi, Playwright):
// each menu the background creates and each command the manifest declares starts the right flow on the right tab.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { UserManifest } from 'wxt';
import wxtConfig from '../../wxt.config';

const flows = vi.hoisted(() => ({
  clipTab: vi.fn(async () => undefined),
  highlightSelection: vi.fn(async () => undefined),
  openActionPopup: vi.fn(async () => false),
}));
vi.mock('../../lib/clipper', () => ({ clipTab: flows.clipTab }));
vi.mock('../../lib/highlight-flow', () => ({
  highlightSelection: flows.highlightSelection,
  paintPageHighlights: vi.fn(async () => undefined),
}));
vi.mock('../../lib/browser', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/browser')>()),
  openActionPopup: flows.openActionPopup,
}));

/** A browser event the test can fire, standing in for those WXT's fake browser leaves unimplemented. */
function fakeEvent<Args extends unknown[]>() {
  const listeners: Array<(...args: Args) => void> = [];
  return {
    addListener: (listener: (...args: Args) => void) => void listeners.push(listener),
    fire: (...args: Args) => listeners.forEach((listener) => listener(...args)),
  };
}

const TAB = { id: 7, url: 'https://journal.example/article', title: 'An article' };
const TAB_INFO = { id: 7, url: TAB.url, title: TAB.title };

let menuClicked: ReturnType<typeof fakeEvent<[{ menuItemId: string }, typeof TAB | undefined]>>;
let commandFired: ReturnType<typeof fakeEvent<[string, typeof TAB | undefined]>>;
let menus: Array<{ id: string; contexts: string[] }>;

/** The commands of the Firefox manifest, read from wxt.config.ts (the same function builds both browsers'). */
function manifestCommands(): string[] {
  const manifest = (wxtConfig.manifest as (env: { mode: string; browser: string }) => UserManifest)({
    mode: 'production',
    browser: 'firefox',
  });
  return Object.keys(manifest.commands ?? {});
}

beforeEach(async () => {
  vi.clearAllMocks();
  vi.resetModules();
  menus = [];
  menuClicked = fakeEvent();
  commandFired = fakeEvent();
  Object.assign(fakeBrowser, {
    contextMenus: {
      create: (menu: { id: string; contexts: string[] }) => void menus.push(menu),
      onClicked: menuClicked,
    },
    commands: { onCommand: commandFired },
  });
  Object.assign(fakeBrowser.permissions, { onRemoved: fakeEvent() });
  const background = (await import('../../entrypoints/background')).default;
  background.main();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
});

describe('context menus', () => {
  it('are created on install: the page menu on pages and frames, the two highlight menus on a selection', () => {
    expect(menus.map((m) => [m.id, m.contexts])).toEqual([
      ['clip-page', ['page', 'frame']],
      ['clip-selection', ['selection']],
      ['highlight-selection', ['selection']],
    ]);
  });

  it('"Clip page" clips the tab it was clicked in', () => {
    menuClicked.fire({ menuItemId: 'clip-page' }, TAB);
    expect(flows.clipTab).toHaveBeenCalledWith(expect.anything(), TAB_INFO);
    expect(flows.highlightSelection).not.toHaveBeenCalled();
  });

  it('"Highlight selection" saves the selection of that tab at once, without the popup', () => {
    menuClicked.fire({ menuItemId: 'clip-selection' }, TAB);
    expect(flows.highlightSelection).toHaveBeenCalledWith(expect.anything(), TAB_INFO);
    expect(flows.openActionPopup).not.toHaveBeenCalled();
  });

  it('"Highlight with note" opens the popup, and saves without a note only where the popup cannot open', async () => {
    flows.openActionPopup.mockResolvedValueOnce(true);
    menuClicked.fire({ menuItemId: 'highlight-selection' }, TAB);
    await vi.waitFor(() => expect(flows.openActionPopup).toHaveBeenCalledTimes(1));
    expect(flows.highlightSelection).not.toHaveBeenCalled();

    menuClicked.fire({ menuItemId: 'highlight-selection' }, TAB);
    await vi.waitFor(() =>
      expect(flows.highlightSelection).toHaveBeenCalledWith(expect.anything(), TAB_INFO),
    );
  });

  it('do nothing without a tab (a click in a window the extension cannot see)', () => {
    menuClicked.fire({ menuItemId: 'clip-page' }, undefined);
    expect(flows.clipTab).not.toHaveBeenCalled();
  });
});

describe('keyboard commands', () => {
  it('every command the manifest declares starts a flow on the active tab', async () => {
    const commands = manifestCommands();
    expect(commands).toEqual(['clip-page', 'highlight-selection']);
    for (const command of commands) {
      vi.clearAllMocks();
      commandFired.fire(command, TAB);
      await vi.waitFor(() =>
        expect(flows.clipTab.mock.calls.length + flows.highlightSelection.mock.calls.length).toBe(1),
      );
    }
  });

  it('Alt+Shift+L clips the page; Alt+Shift+H opens the popup, or highlights where it cannot open', async () => {
    commandFired.fire('clip-page', TAB);
    expect(flows.clipTab).toHaveBeenCalledWith(expect.anything(), TAB_INFO);

    commandFired.fire('highlight-selection', TAB);
    await vi.waitFor(() =>
      expect(flows.highlightSelection).toHaveBeenCalledWith(expect.anything(), TAB_INFO),
    );
    expect(flows.openActionPopup).toHaveBeenCalledTimes(1);
    expect(flows.clipTab).toHaveBeenCalledTimes(1);
  });

  it('an unknown command does nothing', () => {
    commandFired.fire('clip-everything', TAB);
    expect(flows.clipTab).not.toHaveBeenCalled();
    expect(flows.highlightSelection).not.toHaveBeenCalled();
  });
});
