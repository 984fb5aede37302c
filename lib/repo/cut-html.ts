// Cuts HTML to a bound without leaving half a tag at the end: the first step of storing page HTML.

/** The first `max` characters of `html`, less a tag the cut left open at the end. */
export function cutHtml(html: string, max: number): string {
  if (html.length <= max) return html;
  const cut = html.slice(0, max);
  const lastOpen = cut.lastIndexOf('<');
  return lastOpen > cut.lastIndexOf('>') ? cut.slice(0, lastOpen) : cut;
}
