// Starts Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) with the Firefox build installed as a temporary add-on.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { REPO_ROOT } from '../e2e/paths';

/** Debian's Firefox ESR; FIREFOX_PATH overrides it on machines that keep Firefox elsewhere. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The Firefox test build (`npm run build:e2e:firefox`): the shipped build plus access to http://127.0.0.1. */
export const FIREFOX_E2E_BUILD_DIR = join(REPO_ROOT, '.output', 'firefox-mv3-e2e');

/** The add-on id of every Firefox build (wxt.config.ts). */
const ADDON_ID = 'liaison@liaison.local';

/** Firefox gives each install a random uuid for moz-extension:// URLs; the tests fix it with a preference. */
export const EXTENSION_UUID = '6b0f8c2e-4a51-4f5e-9d0b-2c1e7a3f9d10';

/** A Firefox with the extension installed; `close` ends it and removes its throw-away profile. */
export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://<uuid>`, the origin of the popup, the options page and the background page. */
  extensionOrigin: string;
  close: () => Promise<void>;
}

/**
 * Preferences for a quiet, offline Firefox. Everything but loopback goes through `proxyPort` (the outside
 * recorder). Remote settings, Firefox's one background service that puppeteer's defaults leave talking to
 * Mozilla, get a data: URL, so that a Firefox with nothing to do sends no request at all.
 */
function preferences(proxyPort: number): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    // permissions.request() is granted without a prompt that puppeteer could not click.
    'extensions.webextOptionalPermissionPrompts': false,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
  };
}

/** Launches Firefox headless with the build in `buildDir` installed; fails loudly, never skips, when either is missing. */
export async function launchFirefox(options: {
  proxyPort: number;
  buildDir?: string;
}): Promise<FirefoxSession> {
  const buildDir = resolve(options.buildDir ?? FIREFOX_E2E_BUILD_DIR);
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}. Liaison's Firefox tests need it: install it ` +
        '(apt-get install firefox-esr) or set FIREFOX_PATH to a Firefox binary.',
    );
  }
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${buildDir}. Run \`npm run build:e2e:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Without it Firefox 153 refuses to open moz-extension:// pages for a remote-controlled session.
    args: ['--remote-allow-system-access'],
    // Lets the remote-settings preference above take effect in a release build of Firefox.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: preferences(options.proxyPort),
  });
  try {
    const id = await browser.installExtension(buildDir);
    if (id !== ADDON_ID) throw new Error(`Firefox installed the build as ${id}, not ${ADDON_ID}.`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    extensionOrigin: `moz-extension://${EXTENSION_UUID}`,
    close: () => browser.close(),
  };
}
