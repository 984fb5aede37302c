// The style sheet of the HTML pack: readable on screen, and print-ready (A4, marking on every page, a page per section).
//
// On screen the marking is a fixed bar at the top and bottom of the window. In print, Chromium lays fixed elements
// out inside each page's content box, where they cover the text (and negative offsets are clipped), so the
// marking goes into the page margins with @page margin boxes (CSS Paged Media; Chromium 131 and later), with
// the page number; the screen bars are hidden.
import { BRIEFING_MARKING } from './model';

/** The marking as a CSS string literal (it is a constant of ours, quoted here once). */
const marking = JSON.stringify(BRIEFING_MARKING);

export const BRIEFING_CSS = `
:root { color-scheme: light; --ink: #1d2329; --muted: #5b6670; --rule: #d5dbe0; --accent: #1f4e79; --warn: #9b1c1c; }
* { box-sizing: border-box; }
html { font-size: 11pt; }
body { margin: 0; color: var(--ink); background: #fff; font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif; line-height: 1.45; }
main { max-width: 46rem; margin: 0 auto; padding: 3.2rem 1.5rem; }
h1, h2, h3, .marking, .facts dt { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 0.8rem; color: var(--accent); }
h2 { font-size: 1.25rem; margin: 0 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
section { margin-top: 2rem; }
ul, ol { margin: 0.2rem 0 0.6rem; padding-left: 1.4rem; }
li { margin: 0.15rem 0 0.45rem; }
.marking { position: fixed; left: 0; right: 0; z-index: 1; text-align: center; font-size: 8.5pt; letter-spacing: 0.04em; text-transform: uppercase; color: var(--warn); background: #fff; padding: 0.35rem 0; }
.marking-top { top: 0; border-bottom: 1px solid var(--rule); }
.marking-bottom { bottom: 0; border-top: 1px solid var(--rule); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0 0 1rem; padding: 0.7rem 0.9rem; background: #f4f6f8; border-left: 4px solid var(--accent); }
.facts dt { font-size: 0.85rem; color: var(--muted); padding-top: 0.1rem; }
.facts dd { margin: 0; }
.items { list-style: none; padding-left: 0; }
.items > li { padding-left: 0.8rem; border-left: 3px solid var(--rule); break-inside: avoid; }
.item-title { font-weight: 600; }
.details { color: var(--muted); font-size: 0.9rem; }
.takeaway { margin-top: 0.1rem; }
.takeaway-label { font-style: italic; color: var(--muted); }
.overdue { color: var(--warn); font-weight: 600; }
.empty, .omitted, .date { color: var(--muted); }
.omitted { font-style: italic; font-size: 0.9rem; }
blockquote { margin: 0.1rem 0 0.2rem; padding-left: 0.7rem; border-left: 3px solid #b9c6d2; font-style: italic; }
a.cite { color: var(--accent); text-decoration: none; font-size: 0.85em; white-space: nowrap; }
.references li { break-inside: avoid; }
.references li:target { background: #fff7d6; }
@page {
  size: A4;
  margin: 18mm 16mm 18mm;
  @top-center { content: ${marking}; font: 7.5pt "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; letter-spacing: 0.04em; text-transform: uppercase; color: #9b1c1c; }
  @bottom-center { content: ${marking}; font: 7.5pt "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; letter-spacing: 0.04em; text-transform: uppercase; color: #9b1c1c; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 7.5pt "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #5b6670; }
}
@media print {
  html { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .marking { display: none; }
  section.page { break-before: page; margin-top: 0; }
  h2, h3 { break-after: avoid; }
  a.cite { color: inherit; }
}
`;
