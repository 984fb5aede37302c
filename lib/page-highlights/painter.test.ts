// The fallback painter without CSS Custom Highlights: marks that keep the text, orphans reported, the DOM restored on clear.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MARK_ATTRIBUTE } from './mark-fallback';
import { createPainter } from './painter';

const BODY = `<article><h1>Results</h1><p>In the final analysis, <em>OS benefit</em> held in the PD-L1 &lt; 1% subgroup (HR 0.78).</p>
<table><tr><td>Arm A</td><td>12.1 months</td></tr></table><p>Safety was consistent with earlier reports.</p></article>`;

function page() {
  const { window } = new JSDOM(`<html><head></head><body>${BODY}</body></html>`, {
    url: 'https://journal.example/a',
    virtualConsole: new VirtualConsole(),
  });
  return window.document;
}

describe('painting highlights where the CSS Custom Highlight API is missing', () => {
  it('wraps a passage that spans elements in marks without changing the text, and reports orphans', () => {
    const doc = page();
    const before = doc.body.textContent;
    const painter = createPainter(doc);
    const report = painter.paint([
      {
        id: 'a',
        exact: 'OS benefit held in the PD-L1 < 1% subgroup',
        note: 'Key for Dr Smith',
        label: 'Perception of data',
      },
      { id: 'b', exact: 'Arm A12.1 months' },
      { id: 'gone', exact: 'a passage the page no longer has' },
    ]);
    expect(report.paintedWith).toBe('marks');
    expect(report.painted.map((p) => p.id)).toEqual(['a', 'b']);
    expect(report.orphans).toEqual(['gone']);
    const marksOf = (id: string) => Array.from(doc.querySelectorAll(`mark[${MARK_ATTRIBUTE}="${id}"]`));
    expect(
      marksOf('a')
        .map((m) => m.textContent)
        .join(''),
    ).toBe('OS benefit held in the PD-L1 < 1% subgroup');
    expect(
      marksOf('b')
        .map((m) => m.textContent)
        .join(''),
    ).toBe('Arm A12.1 months');
    // No <mark> became a direct child of the table structure.
    expect(doc.querySelector('tr > mark, tbody > mark, table > mark')).toBeNull();
    expect(doc.body.textContent).toBe(before);
  });

  it('focus shows the note in a closed shadow root outside the body; clear puts the DOM back as it was', () => {
    const doc = page();
    const original = doc.body.innerHTML;
    const painter = createPainter(doc);
    painter.paint([
      { id: 'a', exact: 'Safety was consistent', note: '<img src=x onerror=alert(1)> plain text' },
    ]);
    expect(painter.focus('a')).toBe(true);
    expect(doc.querySelector(`mark[${MARK_ATTRIBUTE}="a"]`)!.classList.contains('liaison-focus')).toBe(true);
    const host = doc.documentElement.querySelector('liaison-note');
    expect(host?.parentElement).toBe(doc.documentElement);
    expect(host?.shadowRoot).toBeNull(); // closed: the page cannot reach into it
    expect(doc.body.querySelector('img')).toBeNull();
    painter.clear();
    expect(doc.body.innerHTML).toBe(original);
    expect(painter.focus('a')).toBe(false);
  });

  it('reports the current wording of a passage re-anchored to edited text, and nothing for one unchanged', () => {
    const doc = page();
    const report = createPainter(doc).paint([
      { id: 'edited', exact: 'Safety was consistent with the earlier reports.' },
      { id: 'same', exact: 'OS benefit   held in the PD-L1' },
    ]);
    expect(report.orphans).toEqual([]);
    expect(report.painted).toEqual([
      { id: 'edited', method: 'fuzzy', current: 'Safety was consistent with earlier reports.' },
      { id: 'same', method: 'quote' },
    ]);
  });

  it('painting again replaces the earlier paint instead of adding to it', () => {
    const doc = page();
    const painter = createPainter(doc);
    painter.paint([{ id: 'a', exact: 'Safety was consistent' }]);
    painter.paint([{ id: 'a', exact: 'Safety was consistent' }]);
    expect(doc.querySelectorAll('mark').length).toBe(1);
  });
});
