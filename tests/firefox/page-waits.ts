// Waiting on what a page shows, for puppeteer pages in Firefox, with failures that say what the page showed instead.
import type { Page } from 'puppeteer-core';

/** A puppeteer ARIA selector: the element whose accessible name is `name` (and role, when given). */
export function byRole(name: string, role?: string): string {
  const escaped = name.replace(/"/g, '\\"');
  return `::-p-aria([name="${escaped}"]${role ? `[role="${role}"]` : ''})`;
}

/** Waits until an element matching `selector` contains `expected` (whitespace collapsed, case-sensitive). */
export async function waitForText(
  page: Page,
  selector: string,
  expected: string,
  timeout = 10_000,
): Promise<void> {
  try {
    await page.waitForFunction(
      // No named inner function: tsx would wrap it in a helper the page does not have.
      (sel: string, text: string) =>
        Array.from(document.querySelectorAll(sel)).some((e) =>
          (e.textContent ?? '').replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' ').trim()),
        ),
      { timeout, polling: 100 },
      selector,
      expected,
    );
  } catch {
    const shown = await page
      .evaluate(
        (sel: string) =>
          Array.from(document.querySelectorAll(sel)).map((e) =>
            (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
          ),
        selector,
      )
      .catch(() => [] as string[]);
    throw new Error(
      `Expected ${selector} to contain ${JSON.stringify(expected)}; ` +
        (shown.length ? `it shows ${JSON.stringify(shown)}.` : 'no such element appeared.'),
    );
  }
}
