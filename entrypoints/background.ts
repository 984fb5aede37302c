// Background service worker: wiring only. Context menus and the keyboard command clip without the popup.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readTab, showBadge, type TabInfo } from '../lib/browser';
import { clipSelection, clipTab, type ClipperDeps } from '../lib/clipper';
import { liveEnv, openDatabase } from '../lib/repo/database';

const MENU = { page: 'clip-page', selection: 'clip-selection' } as const;

function toTabInfo(tab: Browser.tabs.Tab | undefined): TabInfo | undefined {
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, title: tab.title };
}

export default defineBackground(() => {
  const deps: ClipperDeps = { db: openDatabase(), env: liveEnv, readTab, showBadge };

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU.page, title: 'Clip page to Liaison', contexts: ['page', 'frame'] });
    browser.contextMenus.create({ id: MENU.selection, title: 'Clip selection to Liaison', contexts: ['selection'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const target = toTabInfo(tab);
    if (!target) return;
    if (info.menuItemId === MENU.page) void clipTab(deps, target);
    if (info.menuItemId === MENU.selection) void clipSelection(deps, target, info.selectionText ?? '');
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const target = toTabInfo(tab);
    if (command === 'clip-page' && target) void clipTab(deps, target);
  });
});
