// What a user does in the popup, as steps shared by the e2e tests and the demo: wait for the preview, add a note, save.
import type { Locator, Page } from 'playwright-core';

/** Waits until the popup shows the preview of a page whose title contains `title`. */
export async function waitForPreview(popup: Page, title: string): Promise<void> {
  await waitOrExplain(
    popup,
    popup.getByTestId('preview-title').filter({ hasText: title }),
    `a preview titled "${title}"`,
  );
}

/** Types `note` into the Note field, clicks "Save to library" and waits for the confirmation. */
export async function saveWithNote(popup: Page, note: string): Promise<void> {
  await popup.getByLabel('Note').fill(note);
  const save = popup.getByRole('button', { name: 'Save to library' });
  await waitOrExplain(popup, save, 'a "Save to library" button');
  await save.click();
  await waitOrExplain(
    popup,
    popup.getByTestId('popup-status').filter({ hasText: 'Saved to your library' }),
    '"Saved to your library"',
  );
}

/** Waits for `target`; on timeout, fails with what the popup showed instead (its status, title and buttons). */
async function waitOrExplain(popup: Page, target: Locator, what: string): Promise<void> {
  try {
    await target.first().waitFor();
  } catch {
    const texts = async (locator: Locator): Promise<string> =>
      (await locator.allInnerTexts().catch(() => [] as string[]))
        .map((text) => text.replace(/\s+/g, ' ').trim())
        .join(' | ');
    throw new Error(
      `The popup did not show ${what}. It showed: status "${await texts(popup.getByTestId('popup-status'))}", ` +
        `title "${await texts(popup.getByTestId('preview-title'))}", buttons "${await texts(popup.getByRole('button'))}".`,
    );
  }
}
