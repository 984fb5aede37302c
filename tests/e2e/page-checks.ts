// Assertions on what a page shows, with messages that say what it showed instead (playwright-core has no `expect`).
import type { Locator, Page } from 'playwright-core';

/** Collapses runs of whitespace, as a reader sees text. */
export function normalizeText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The first `count` words of `text`: enough to recognize a passage however the UI truncates it. */
export function firstWords(text: string, count = 6): string {
  return normalizeText(text).split(' ').slice(0, count).join(' ');
}

/** Waits until one of the elements `locator` matches contains `expected` (case-insensitive for strings). */
export async function expectText(
  locator: Locator,
  expected: string | RegExp,
  timeout = 10_000,
): Promise<void> {
  try {
    await locator.filter({ hasText: expected }).first().waitFor({ timeout });
  } catch {
    const shown = await locator.allTextContents().catch(() => [] as string[]);
    throw new Error(
      `Expected ${String(locator)} to contain ${JSON.stringify(String(expected))}; ` +
        (shown.length
          ? `it shows ${JSON.stringify(shown.map(normalizeText))}.`
          : 'no such element appeared.'),
    );
  }
}

/** Waits until none of the elements `locator` matches contains `unexpected`. */
export async function expectNoText(locator: Locator, unexpected: string, timeout = 10_000): Promise<void> {
  try {
    await locator.filter({ hasText: unexpected }).first().waitFor({ state: 'detached', timeout });
  } catch {
    throw new Error(
      `Expected ${String(locator)} to stop showing ${JSON.stringify(unexpected)}; it still does.`,
    );
  }
}

/**
 * Signs that untrusted page content got to run or to act in an extension page: a payload's `window.__xss`,
 * and elements that could run or load code (scripts, frames, event-handler attributes, javascript: URLs).
 */
export async function findInjectedCode(page: Page): Promise<{ xss: unknown; elements: string[] }> {
  return page.evaluate(() => {
    const xss: unknown = (window as unknown as { __xss?: unknown }).__xss;
    const forbiddenTags = new Set(['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'BASE', 'META']);
    const elements = Array.from(document.body.querySelectorAll('*'))
      .filter(
        (element) =>
          forbiddenTags.has(element.tagName) ||
          Array.from(element.attributes).some(
            (attribute) =>
              /^on/i.test(attribute.name) ||
              /^\s*(javascript|vbscript):/i.test(attribute.value) ||
              (/^(href|action|formaction|xlink:href)$/i.test(attribute.name) &&
                /^\s*data:/i.test(attribute.value)),
          ),
      )
      .map((element) => element.outerHTML.slice(0, 160));
    return { xss, elements };
  });
}
