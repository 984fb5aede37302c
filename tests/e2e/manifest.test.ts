// The shipped manifest asks for nothing that warns at install (host access is optional, asked on opt-in), and the test build differs only by its host permission.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { E2E_BUILD_DIR, REPO_ROOT } from './paths';

type Manifest = Record<string, unknown>;

/** The little of the extension APIs this test calls inside the service worker. */
interface MenuApi {
  chrome: {
    contextMenus: { update: (id: string, props: object) => Promise<void> };
    commands: { getAll: () => Promise<{ name?: string; description?: string }[]> };
  };
}
const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

describe('the manifest', () => {
  const production = readManifest(join(REPO_ROOT, '.output', 'chrome-mv3'));
  const e2e = readManifest(E2E_BUILD_DIR);

  test('production asks for exactly activeTab, scripting, storage and contextMenus, and no host access at install', () => {
    expect([...(production.permissions as string[])].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'storage',
    ]);
    expect(production.host_permissions).toBeUndefined();
    // Host access is only optional: asked when the user turns on page recognition, so it adds no install warning.
    expect(production.optional_host_permissions).toEqual(['*://*/*']);
    expect(production.optional_permissions).toBeUndefined();
    expect(production.content_scripts ?? []).toEqual([]);
    expect(production.content_security_policy).toBeUndefined();
    expect(production.manifest_version).toBe(3);
  });

  test('the test build adds only http://127.0.0.1/* as a host permission', () => {
    const { host_permissions: hosts, ...rest } = e2e;
    expect(hosts).toEqual(['http://127.0.0.1/*']);
    expect(rest).toEqual(production);
  });
});

describe('the background', () => {
  let browser: ExtensionSession;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('registers the "Clip page", "Highlight selection" and "Highlight with note" menus and both keyboard commands', async () => {
    const found = await browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as MenuApi;
      // update() rejects for a menu id that was never created.
      const exists = (id: string) =>
        chrome.contextMenus.update(id, {}).then(
          () => true,
          () => false,
        );
      const commands = await chrome.commands.getAll();
      return {
        page: await exists('clip-page'),
        selection: await exists('clip-selection'),
        highlight: await exists('highlight-selection'),
        missing: await exists('no-such-menu'),
        command: commands.find((c) => c.name === 'clip-page')?.description,
        highlightCommand: commands.find((c) => c.name === 'highlight-selection')?.description,
      };
    });
    expect(found).toEqual({
      page: true,
      selection: true,
      highlight: true,
      missing: false,
      command: 'Clip the current page to Liaison',
      highlightCommand: 'Highlight the selection with a note, or show the highlights of this page',
    });
  });
});
