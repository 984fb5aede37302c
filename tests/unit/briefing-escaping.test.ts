// Page text is untrusted: titles, notes and names that look like markup must stay inert text in Markdown and HTML.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../lib/briefing/build-briefing';
import { renderHtml } from '../../lib/briefing/render-html';
import { renderMarkdown } from '../../lib/briefing/render-markdown';
import type { Source } from '../../lib/model';
import {
  SAMPLE_BRIEFING_DATA,
  SAMPLE_BRIEFING_REQUEST,
  SAMPLE_NOW,
} from '../fixtures/briefing/sample-knowledge-base';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{\\input{/etc/passwd}}',
  '[link](javascript:alert(1))',
  '# Heading *bold* `code` | ~~x~~ &amp; <!-- c -->',
];

const hostile = (payload: string, i: number): Source => ({
  id: `x${i}`,
  kind: 'journal-article',
  title: payload,
  url: `https://example.org/x${i}?q=<b>`,
  authors: [{ name: payload, affiliations: [] }],
  journal: payload,
  year: 2025,
  nct: [],
  kolIds: [SAMPLE_BRIEFING_DATA.kol.id],
  areaIds: ['area-lung'],
  capturedAt: Date.UTC(2025, 4, 1),
  updatedAt: 0,
  abstract: { text: payload, sections: [{ label: 'Conclusions', text: `${payload} is inert.` }] },
});

function hostileModel() {
  const data = {
    ...SAMPLE_BRIEFING_DATA,
    kol: { ...SAMPLE_BRIEFING_DATA.kol, institution: PAYLOADS[0] },
    sources: PAYLOADS.map(hostile),
    notes: PAYLOADS.map((text, i) => ({
      id: `nx${i}`,
      sourceId: `x${i}`,
      text,
      kolIds: [SAMPLE_BRIEFING_DATA.kol.id],
      areaIds: [],
      createdAt: SAMPLE_NOW - 1000,
      updatedAt: 0,
    })),
  };
  return buildBriefing(
    data,
    { ...SAMPLE_BRIEFING_REQUEST, objectives: PAYLOADS, questions: PAYLOADS },
    SAMPLE_NOW,
  );
}

describe('escaping page text', () => {
  const model = hostileModel();

  it('HTML: no script, no image, no event handler, no link but to a reference; the payloads read as text', () => {
    const html = renderHtml(model);
    // jsdom's CSS parser does not know @page margin boxes; its complaint about them is not the test's business.
    const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
    expect(document.querySelectorAll('script, img, iframe, object, embed, form, base')).toHaveLength(0);
    const attributes = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => a.name),
    );
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    const hrefs = [...document.querySelectorAll('[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs.every((href) => /^#ref-\d+$/.test(href ?? ''))).toBe(true);
    for (const payload of PAYLOADS) expect(document.body.textContent).toContain(payload);
    expect(
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toMatch(/default-src 'none'/);
  });

  it('Markdown: no raw HTML but our reference anchors, no link but to a reference, every payload escaped', () => {
    const markdown = renderMarkdown(model);
    const withoutAnchors = markdown.replace(/<a id="ref-\d+"><\/a>/g, '');
    expect(withoutAnchors).not.toContain('<');
    expect(withoutAnchors.match(/(?<!\\)\]\((?!#ref-\d+\))/g)).toBeNull();
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).toContain('\\[link\\](javascript:alert(1))');
    expect(markdown).toContain('{\\\\input{/etc/passwd}}');
    expect(markdown).toContain(
      '\\# Heading \\*bold\\* \\`code\\` \\| \\~\\~x\\~\\~ &amp;amp; &lt;!-- c --&gt;',
    );
    expect(markdown).not.toMatch(/^#+ .*\\?# Heading/m);
  });
});
