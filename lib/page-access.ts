// Decides, from a tab's address, whether Liaison can read the page, and explains why not in plain words.

/** Whether scripts can run on a page, and the message the user sees when they cannot. */
export type PageAccess = { readable: true } | { readable: false; reason: string };

const BROWSER_PAGE = "This is a browser page, and browsers don't let extensions read their own pages.";
/** Without the "tabs" permission the browser hides the address of pages it protects from extensions. */
export const HIDDEN_ADDRESS =
  "The browser protects this page (a browser page, an extension store or a similar page) and doesn't let extensions read it.";
const STORE_PAGE = "Extension stores can't be read by extensions: the browser protects them.";

/** Address patterns that no extension may script, with the reason shown to the user. */
const RESTRICTED: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-search|chrome-untrusted):/i,
    reason: BROWSER_PAGE,
  },
  {
    pattern: /^(chrome-extension|moz-extension|extension):/i,
    reason: "This is an extension's own page, which other extensions can't read.",
  },
  { pattern: /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com)/i, reason: STORE_PAGE },
  { pattern: /^https:\/\/(addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i, reason: STORE_PAGE },
  { pattern: /^(data|blob|javascript):/i, reason: 'This page has no web address Liaison can read.' },
  {
    pattern: /^[a-z]+:\/\/[^?#]*\.pdf(?:[?#]|$)/i,
    reason: "This is a PDF in the browser's viewer, which extensions can't read.",
  },
];

/** Tells whether Liaison may try to read a page, from its address alone. */
export function checkPageAccess(url: string | undefined): PageAccess {
  if (!url) return { readable: false, reason: HIDDEN_ADDRESS };
  const rule = RESTRICTED.find((r) => r.pattern.test(url));
  return rule ? { readable: false, reason: rule.reason } : { readable: true };
}

/** Turns a browser's scripting error into a sentence a user can act on. */
export function explainScriptingError(url: string | undefined, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (url?.startsWith('file:')) {
    return 'Local files can be read only when "Allow access to file URLs" is on in Liaison\'s extension settings.';
  }
  if (/\.pdf($|[?#])/i.test(url ?? '') || /pdf/i.test(message)) {
    return "This looks like a PDF in the browser's viewer, which extensions can't read.";
  }
  if (/cannot access|cannot be scripted|permission|host/i.test(message)) {
    return "The browser doesn't allow Liaison to read this page.";
  }
  return `Liaison couldn't read this page (${message.slice(0, 200)}).`;
}
