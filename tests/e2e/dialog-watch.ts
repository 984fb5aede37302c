// Records, and dismisses, every alert/confirm/prompt in a browser context: none should ever come from page content.
import type { BrowserContext, Dialog } from 'playwright-core';

/** One dialog that opened, and the page it opened on. */
export interface DialogRecord {
  type: string;
  message: string;
  pageUrl: string;
}

/** Starts recording; each dialog is dismissed at once so that nothing blocks the test. */
export function watchDialogs(context: BrowserContext): { dialogs: DialogRecord[]; stop: () => void } {
  const dialogs: DialogRecord[] = [];
  const onDialog = (dialog: Dialog): void => {
    dialogs.push({ type: dialog.type(), message: dialog.message(), pageUrl: dialog.page()?.url() ?? '' });
    void dialog.dismiss().catch(() => undefined);
  };
  context.on('dialog', onDialog);
  return { dialogs, stop: () => context.off('dialog', onDialog) };
}
