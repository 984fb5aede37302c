// Saves full-page PNG screenshots under a readable name for people to look at.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';

/** Writes `<dir>/<name>.png` (test-output/screenshots by default) and returns its path. */
export async function screenshot(page: Page, name: string, options: { dir?: string } = {}): Promise<string> {
  const dir = options.dir ?? SCREENSHOT_DIR;
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
