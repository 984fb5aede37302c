// describeRange -> anchorSelectors round trips on small documents, and the text fragment links.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  anchorAllSelectors,
  anchorSelectors,
  describeRange,
  textFragmentUrl,
  type HighlightSelectors,
} from '.';

function page(html: string): Document {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

/** A Range over the first occurrence (or the `nth`) of `text` in the body's text, found through the DOM. */
function rangeOf(doc: Document, text: string, nth = 0): Range {
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const whole = nodes.map((node) => node.data).join('');
  let at = whole.indexOf(text);
  for (let i = 0; i < nth; i++) at = whole.indexOf(text, at + 1);
  if (at < 0) throw new Error(`${text} not in page`);
  const range = doc.createRange();
  let offset = 0;
  for (const node of nodes) {
    const end = offset + node.data.length;
    if (at >= offset && at < end) range.setStart(node, at - offset);
    if (at + text.length > offset && at + text.length <= end) range.setEnd(node, at + text.length - offset);
    offset = end;
  }
  return range;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function describeIn(html: string, quote: string, nth = 0): HighlightSelectors {
  const doc = page(html);
  return describeRange(doc.body, rangeOf(doc, quote, nth));
}

describe('describeRange', () => {
  it('stores the quote, 32 characters of context and the position over the text nodes', () => {
    const doc = page(
      '<p>Overall survival was longer with the combination.</p><script>var x = "survival";</script><p>Adverse events were similar.</p>',
    );
    const selectors = describeRange(doc.body, rangeOf(doc, 'survival was longer'));
    expect(selectors).toEqual({
      exact: 'survival was longer',
      prefix: 'Overall ',
      suffix: ' with the combination.Adverse ev',
      start: 8,
      end: 27,
    });
  });

  it('condenses whitespace in the context and keeps line breaks as block hints', () => {
    const selectors = describeIn(
      '<p>First   paragraph\n   ends here.</p>\n\n   <p>The   quoted words follow.</p>',
      'quoted words',
    );
    expect(selectors.prefix).toBe('First paragraph\nends here.\nThe ');
    expect(selectors.suffix).toBe(' follow.');
  });
});

describe('anchorSelectors', () => {
  it('finds a quote across element boundaries and inline markup', () => {
    const html =
      '<p>The <b>primary</b> endpoint was met</p><p>in the <i>PD-L1 &lt; 1%</i> subgroup as well.</p>';
    const selectors = describeIn(html, 'endpoint was metin the PD-L1 < 1% sub');
    const anchored = anchorSelectors(page(html).body, selectors);
    expect(anchored?.method).toBe('quote');
    expect(anchored?.range.toString()).toBe('endpoint was metin the PD-L1 < 1% sub');
  });

  it('uses the context to tell a repeated phrase apart', () => {
    const html = '<p>In arm A the response rate was 45%.</p><p>In arm B the response rate was 30%.</p>';
    const selectors = describeIn(html, 'the response rate', 1);
    const edited = page(`<p>New intro.</p>${html}`);
    const anchored = anchorSelectors(edited.body, selectors);
    expect(anchored?.range.toString()).toBe('the response rate');
    expect(anchored?.range.startContainer.textContent).toBe('In arm B the response rate was 30%.');
  });

  it('takes the occurrence nearest the stored position when the quote has no context', () => {
    const html = '<p>alpha beta gamma.</p><p>' + 'filler text. '.repeat(20) + '</p><p>alpha beta gamma.</p>';
    const doc = page(html);
    const second = describeRange(doc.body, rangeOf(doc, 'beta', 1));
    const shifted = { exact: 'beta', prefix: '', suffix: '', start: second.start + 3, end: second.end + 3 };
    const anchored = anchorSelectors(doc.body, shifted);
    expect(anchored?.range.startContainer.parentNode).toBe(doc.body.lastElementChild);
  });

  it('anchors by position when the context changed but the text there is the quote', () => {
    const doc = page('<p>Median follow-up was 24 months overall.</p>');
    const selectors = {
      exact: '24 months',
      prefix: 'something else',
      suffix: 'entirely',
      start: 21,
      end: 30,
    };
    expect(anchorSelectors(doc.body, selectors)?.method).toBe('position');
  });

  it('survives collapsed, added and changed whitespace', () => {
    const html = '<p>Patients   with\n   EGFR mutations\nreceived osimertinib.</p>';
    const selectors = describeIn(html, 'with\n   EGFR mutations\nreceived');
    const anchored = anchorSelectors(
      page('<p>Patients with EGFR  mutations received osimertinib.</p>').body,
      selectors,
    );
    expect(anchored?.method).toBe('quote');
    expect(anchored?.range.toString()).toBe('with EGFR  mutations received');
  });

  it('finds a passage with a changed word approximately', () => {
    const before =
      '<p>Background text here.</p><p>Overall survival benefit held in the PD-L1 negative subgroup of the trial.</p><p>More text follows.</p>';
    const selectors = describeIn(before, 'survival benefit held in the PD-L1 negative subgroup');
    const after = page(before.replace('benefit held', 'benefit persisted'));
    const anchored = anchorSelectors(after.body, selectors);
    expect(anchored?.method).toBe('fuzzy');
    expect(anchored?.range.toString()).toBe('survival benefit persisted in the PD-L1 negative subgroup');
  });

  it('returns null when the passage was deleted', () => {
    const before =
      '<p>Intro paragraph.</p><p>The hazard ratio for death was 0.62 in the treated group.</p><p>Closing words.</p>';
    const selectors = describeIn(before, 'hazard ratio for death was 0.62');
    expect(anchorSelectors(page('<p>Intro paragraph.</p><p>Closing words.</p>').body, selectors)).toBeNull();
  });

  it('does not anchor to a similar sentence elsewhere when the passage is gone', () => {
    const before =
      '<p>Intro.</p><p>The hazard ratio for death was 0.62 in arm A.</p><p>Other.</p><p>Later the hazard ratio for death was 0.91 in arm B overall.</p>';
    const selectors = describeIn(before, 'hazard ratio for death was 0.62 in arm A');
    const after = page(
      '<p>Intro.</p><p>Other.</p><p>Later the hazard ratio for death was 0.91 in arm B overall.</p>',
    );
    expect(anchorSelectors(after.body, selectors)).toBeNull();
  });

  it('never throws and ignores scripts and styles', () => {
    const doc = page('<style>p { color: red }</style><p>Visible text.</p><script>Visible text.</script>');
    expect(anchorSelectors(doc.body, { exact: '' })).toBeNull();
    expect(anchorSelectors(doc.body, { exact: 'color: red' })).toBeNull();
    expect(
      anchorSelectors(doc.body, { exact: 'Visible', start: -4, end: Number.NaN })?.range.startContainer
        .parentNode,
    ).toBe(doc.querySelector('p'));
    expect(
      anchorAllSelectors(doc.body, [{ exact: 'Visible text' }, { exact: 'missing words entirely' }]).map(
        (a) => a?.method ?? null,
      ),
    ).toEqual(['quote', null]);
  });

  it('round-trips every sentence of a document', () => {
    const html =
      '<h1>Title</h1><p>One <em>two</em> three. Four five six.</p><ul><li>Seven</li><li>eight nine.</li></ul>';
    for (const quote of ['Title', 'One two three.', 'Four five six.', 'Seveneight', 'nine.']) {
      const anchored = anchorSelectors(page(html).body, describeIn(html, quote));
      expect(collapse(anchored?.range.toString() ?? '')).toBe(quote);
    }
  });
});

describe('textFragmentUrl', () => {
  it('writes prefix-,quote,-suffix with reserved characters encoded and the old fragment dropped', () => {
    const url = textFragmentUrl('https://example.org/a?b=1#top', {
      exact: 'PD-L1 < 1%, & more',
      prefix: 'the tumour in',
      suffix: ' held up in the later',
    });
    expect(url).toBe(
      'https://example.org/a?b=1#:~:text=tumour%20in-,PD%2DL1%20%3C%201%25%2C%20%26%20more,-held%20up%20in',
    );
  });

  it('writes a long or multi-line quote as textStart,textEnd and keeps context within its line', () => {
    const url = textFragmentUrl('https://example.org/', {
      exact: 'Results\n  We enrolled 412 patients across thirty sites between 2019 and 2022 in total',
      prefix: 'Methods section.\nAbstract\n',
      suffix: '. Median age\nwas',
    });
    expect(url).toBe('https://example.org/#:~:text=Results,2019%20and%202022%20in%20total,-.%20Median%20age');
  });
});
