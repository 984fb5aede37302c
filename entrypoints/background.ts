// Background service worker: wiring only. Menus and commands clip and highlight; opted-in sites get their highlights painted on load.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  askAnnotator,
  clearAllTabs,
  hasHostAccess,
  openActionPopup,
  readRecognitionSetting,
  readTab,
  saveRecognitionSetting,
  showBadge,
  showHighlightCount,
  type TabInfo,
} from '../lib/browser';
import { clipTab } from '../lib/clipper';
import { highlightSelection, paintPageHighlights, type HighlightFlowDeps } from '../lib/highlight-flow';
import { originOfPage, turnOffIfAccessLost } from '../lib/page-recognition';
import { clipAndHighlight, listHighlights } from '../lib/repo/highlights';
import { live, liveEnv } from '../lib/repo/live';
import { findExistingSource, saveClip } from '../lib/repo/sources';

const MENU = { page: 'clip-page', selection: 'clip-selection', highlight: 'highlight-selection' } as const;

function toTabInfo(tab: Browser.tabs.Tab | undefined): TabInfo | undefined {
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, title: tab.title };
}

export default defineBackground(() => {
  const deps: HighlightFlowDeps = {
    repo: {
      saveClip: live(saveClip),
      findExistingSource: live(findExistingSource),
      listHighlights: live(listHighlights),
      clipAndHighlight: live(clipAndHighlight),
    },
    env: liveEnv,
    readTab,
    showBadge,
    askAnnotator,
    showHighlightCount,
  };

  /** The popup is where a note is written; where it cannot open, the highlight is saved without one. */
  async function highlightWithNote(tab: TabInfo): Promise<void> {
    if (await openActionPopup()) return;
    await highlightSelection(deps, tab);
  }

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU.page,
      title: 'Clip page to Liaison',
      contexts: ['page', 'frame'],
    });
    browser.contextMenus.create({
      id: MENU.selection,
      title: 'Highlight selection in Liaison',
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: MENU.highlight,
      title: 'Highlight with note',
      contexts: ['selection'],
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const target = toTabInfo(tab);
    if (!target) return;
    if (info.menuItemId === MENU.page) void clipTab(deps, target);
    if (info.menuItemId === MENU.selection) void highlightSelection(deps, target);
    if (info.menuItemId === MENU.highlight) void highlightWithNote(target);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const target = toTabInfo(tab);
    if (command === 'clip-page' && target) void clipTab(deps, target);
    if (command === 'highlight-selection' && target) void highlightWithNote(target);
  });

  // Opt-in recognition: on sites the user granted, a page of the library gets its badge and paint on load.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete') return;
    const origin = originOfPage(tab.url);
    if (!origin) return;
    void (async () => {
      const setting = await readRecognitionSetting();
      if (!setting.enabled || !(await hasHostAccess([origin]))) return;
      await paintPageHighlights(deps, { id: tabId, url: tab.url, title: tab.title }).catch(() => undefined);
    })();
  });

  // Revoking access in the browser's own settings turns recognition off, with its badges and paint.
  browser.permissions.onRemoved.addListener(() => {
    void turnOffIfAccessLost({
      read: readRecognitionSetting,
      save: saveRecognitionSetting,
      hasAccess: hasHostAccess,
      clearTabs: clearAllTabs,
    });
  });
});
