// Selects a passage of a web page as a user dragging over it would; runs inside the page, in Chromium or Firefox.

/**
 * Selects the first occurrence of `wanted` within one text node; false when there is none. Pass it to the
 * driver's `page.evaluate(selectFirstOccurrence, text)`: it is serialized, so it uses nothing from outside.
 */
export function selectFirstOccurrence(wanted: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(wanted);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    return true;
  }
  return false;
}
