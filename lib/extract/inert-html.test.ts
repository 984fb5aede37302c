// isInertHtml: accepts what sanitizeArticle writes, refuses every payload of the XSS corpus and each trick on its own.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderPayloads } from '../../tests/fixtures/xss-payloads';
import { isInertHtml } from './inert-html';
import { sanitizeArticle } from './sanitize';

const BASE = 'https://journal.example/article/1';
const win = new JSDOM('').window as unknown as Parameters<typeof sanitizeArticle>[2];

describe('isInertHtml', () => {
  it.each([
    ['text only', 'Response at week 24 &amp; beyond; 3 > 2'],
    ['structure', '<h2>Results</h2><p>A <em>b</em> <strong>c</strong></p><ul><li>one</li></ul><br>'],
    [
      'a checked link',
      '<a href="https://x.example/a?b=1&amp;c=2" rel="noopener noreferrer" title="x &quot;y&quot;">x</a>',
    ],
    ['a table', '<table><thead><tr><th scope="col" colspan="2">h</th></tr></thead><tbody></tbody></table>'],
    ['an image with a data URL', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="fig">'],
    ['a prefixed id', '<h3 id="user-content-methods">Methods</h3>'],
    ['MathML', '<math display="block"><mfrac><mi>a</mi><mn>2</mn></mfrac></math>'],
    ['an element left open by a cut', '<p>cut <em>here'],
  ])('accepts %s', (_, html) => {
    expect(isInertHtml(html)).toBe(true);
  });

  it.each([
    ['a script', '<p>x</p><script>alert(1)</script>'],
    ['an event handler', '<img src="https://x.example/a.png" onerror="alert(1)">'],
    ['a style attribute', '<p style="background:url(https://x.example/t)">x</p>'],
    ['a style element', '<style>p{}</style>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['a link hidden by a character reference', '<a href="jav&#x61;script:alert(1)">x</a>'],
    ['a link with a tab in its scheme', '<a href="java\tscript:alert(1)">x</a>'],
    ['a relative link', '<a href="/path">x</a>'],
    ['a data: link', '<a href="data:text/html,x">x</a>'],
    ['a data: URL outside an image', '<video src="data:image/png;base64,AAAA"></video>'],
    ['an id without the prefix (DOM clobbering)', '<a id="__xss">x</a>'],
    ['a comment', '<p>x</p><!-- <img src=x onerror=alert(1)> -->'],
    ['a CDATA section', '<math><![CDATA[x]]></math>'],
    ['an upper-case tag', '<SCRIPT>alert(1)</SCRIPT>'],
    ['attributes with no space between them', '<p title="a"onclick="alert(1)">x</p>'],
    ['an unquoted attribute', '<p title=x>y</p>'],
    ['a single-quoted attribute', "<p title='x'>y</p>"],
    ['a no-break space as separator', '<p\u00a0onclick="alert(1)">x</p>'],
    ['a self-closing tag', '<br/>'],
    ['an end tag with attributes', '<p>x</p title="y">'],
    ['a stray "<"', '<p>a < b</p>'],
    ['half a tag at the end', '<p>x</p><a href="https://x.example/" title="a > b" o'],
    [
      'the mglyph/style mutation',
      '<math><mtext><table><mglyph><style>x</style></mglyph></table></mtext></math>',
    ],
    ['annotation-xml', '<math><annotation-xml encoding="text/html"><p>x</p></annotation-xml></math>'],
    ['svg', '<svg><a href="https://x.example/">x</a></svg>'],
    ['a form', '<form><p>x</p></form>'],
    ['a template', '<template><p>x</p></template>'],
    ['an invoker command', '<p popovertarget="x">y</p>'],
  ])('refuses %s', (_, html) => {
    expect(isInertHtml(html)).toBe(false);
  });

  it('refuses every payload of the XSS corpus that holds markup', () => {
    // A remote image is kept as the clip script's DOMPurify keeps it; the library never renders images.
    const payloads = renderPayloads('https://beacon.invalid/xss', (x) => x.id !== 'img-remote');
    const accepted = payloads.filter((x) => x.text.includes('<') && isInertHtml(`<p>${x.text}</p>`));
    expect(accepted.map((x) => x.id)).toEqual([]);
  });

  it("accepts DOMPurify's output for every payload: the two agree on what is safe", () => {
    for (const { id, text } of renderPayloads('https://beacon.invalid/xss')) {
      const html = sanitizeArticle(`<p>Payload ${id}: ${text}</p>`, BASE, win).body.innerHTML;
      expect(isInertHtml(html), `${id}: ${html}`).toBe(true);
    }
  });
});
