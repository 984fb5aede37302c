// Unit tests of the extraction modules: identifiers, dates, names, meta table, kind, title, text, sanitizing.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { EXTRACT_LIMITS, extractPage, WARNINGS } from '../../lib/extract';
import { readArticleBody } from '../../lib/extract/article-body';
import { cleanAuthorName, parseAuthor } from '../../lib/extract/authors';
import { readCitationLine } from '../../lib/extract/citation-line';
import { defuseClobbering } from '../../lib/extract/clobbering';
import { parsePageDate } from '../../lib/extract/page-date';
import {
  findDoiInUrl,
  findNctIds,
  findPmidInUrl,
  normalizeDoi,
  normalizeOrcid,
  normalizePmid,
} from '../../lib/extract/identifiers';
import { readMetaTags, type MetaTag } from '../../lib/extract/meta-tags';
import type { WorkRecord } from '../../lib/extract/work-record';
import type { FieldSource } from '../../lib/model';
import { classifyPage } from '../../lib/extract/page-kind';
import { toPlainText } from '../../lib/extract/plain-text';
import { measureProse } from '../../lib/extract/readable';
import { safeUrl } from '../../lib/extract/safe-url';
import { readScholarlyMeta } from '../../lib/extract/scholarly-meta';
import { chooseTitle } from '../../lib/extract/title';

const URL_ = 'https://example.org/articles/1';

/** Each meta layer's record by layer name, for tags given as data. */
function layersOf(tags: MetaTag[]): Partial<Record<FieldSource, WorkRecord>> {
  const meta = readScholarlyMeta(tags, documentOf('<html></html>'));
  return Object.fromEntries(meta.layers.map((layer) => [layer.source, layer.record]));
}

function documentOf(html: string, url = URL_): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

describe('identifiers', () => {
  it.each([
    ['doi:10.1000/XYZ.123.', '10.1000/xyz.123'],
    ['https://doi.org/10.1016/S0140-6736(20)30183-5).', '10.1016/s0140-6736(20)30183-5'],
    ['info:doi/10.1371%2Fjournal.pone.0000001', '10.1371/journal.pone.0000001'],
    [
      'DOI: 10.1002/(SICI)1097-0258(19980815)17:15<1661::AID-SIM968>3.0.CO;2-2',
      '10.1002/(sici)1097-0258(19980815)17:15',
    ],
    ['see 10.5555/abc;', '10.5555/abc'],
    ['AIME202004070-M193075', undefined],
    ['', undefined],
  ])('normalizeDoi(%j) = %j', (raw, doi) => {
    expect(normalizeDoi(raw)).toBe(doi);
  });

  it.each([
    [
      'https://www.frontiersin.org/journals/psychology/articles/10.3389/fpsyg.2014.00781/full',
      '10.3389/fpsyg.2014.00781',
    ],
    ['https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3', '10.1101/2020.03.22.002386'],
    ['https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3.full.pdf', '10.1101/2020.03.22.002386'],
    [
      'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0000001',
      '10.1371/journal.pone.0000001',
    ],
    [
      'http://www.ploscompbiol.org/article/info%3Adoi%2F10.1371%2Fjournal.pcbi.1003604',
      '10.1371/journal.pcbi.1003604',
    ],
    ['https://www.acpjournals.org/doi/abs/10.7326/M19-3075', '10.7326/m19-3075'],
    ['https://arxiv.org/abs/1706.03762', '10.48550/arxiv.1706.03762'],
    ['https://www.nature.com/articles/s41586-021-03819-2', undefined],
  ])('findDoiInUrl(%s) = %j', (url, doi) => {
    expect(findDoiInUrl(url)).toBe(doi);
  });

  it('reads PMIDs from PubMed addresses only', () => {
    expect(findPmidInUrl('https://pubmed.ncbi.nlm.nih.gov/38912345/')).toBe('38912345');
    expect(findPmidInUrl('http://www.ncbi.nlm.nih.gov/pubmed/25817406')).toBe('25817406');
    expect(findPmidInUrl('https://pmc.ncbi.nlm.nih.gov/articles/PMC3531190/')).toBeUndefined();
    expect(normalizePmid('PMID: 00123')).toBe('123');
    expect(normalizePmid('12a')).toBeUndefined();
  });

  it('finds each NCT id once, upper-cased, and only with eight digits', () => {
    expect(
      findNctIds('NCT01234567 and nct01234567', undefined, 'NCT7654321 NCT123456789 (NCT07654321)'),
    ).toEqual(['NCT01234567', 'NCT07654321']);
  });

  it('keeps ORCID iDs bare', () => {
    expect(normalizeOrcid('https://orcid.org/0000-0002-1825-009x')).toBe('0000-0002-1825-009X');
    expect(normalizeOrcid('orcid 000000021825009')).toBeUndefined();
  });
});

describe('dates', () => {
  it.each([
    ['2022/09/01', '2022-09-01'],
    ['2020-03-03T10:00:00Z', '2020-03-03'],
    ['2015 Mar 12;56:120-131', '2015-03-12'],
    ['July 11, 2019', '2019-07-11'],
    ['12 June 2014', '2014-06-12'],
    ['06/12/2024', '2024-06-12'],
    ['25/12/2015', '2015-12-25'],
    ['2021/08', '2021-08'],
    ['2019', '2019'],
    ['Published: 2 July 2014', '2014-07-02'],
  ])('parsePageDate(%j) -> %s', (raw, iso) => {
    expect(parsePageDate(raw)?.iso).toBe(iso);
  });

  it('rejects what is not a date', () => {
    expect(parsePageDate('page 1234')).toBeUndefined();
    expect(parsePageDate('')).toBeUndefined();
    expect(parsePageDate('3000-01-01')).toBeUndefined();
  });
});

describe('author names', () => {
  it.each([
    ['Jane Smith1,2*', 'Jane Smith'],
    ['\u200BJane\u200B A. Smith\u2020\u00B9', 'Jane A. Smith'],
    ['View ORCID Profile David E. Gordon', 'David E. Gordon'],
    ['  Michael L.  Anderson ', 'Michael L. Anderson'],
    ['Zoltan Dienes *', 'Zoltan Dienes'],
    ['12, 3', undefined],
  ])('cleanAuthorName(%j) = %j', (raw, name) => {
    expect(cleanAuthorName(raw)).toBe(name);
  });

  it('splits "Family, Given" and shows the name in reading order', () => {
    expect(parseAuthor('Smith, Jane A.')).toEqual({
      name: 'Jane A. Smith',
      family: 'Smith',
      given: 'Jane A.',
      affiliations: [],
    });
    expect(parseAuthor('Smith, Jane, Jr.')).toMatchObject({
      name: 'Jane Smith Jr.',
      family: 'Smith',
      given: 'Jane',
    });
  });

  it('does not take a degree for a given name', () => {
    expect(parseAuthor('Michael L. Anderson, PhD')).toEqual({
      name: 'Michael L. Anderson, PhD',
      affiliations: [],
    });
    expect(parseAuthor('Powell DJ')).toEqual({
      name: 'Powell DJ',
      family: 'Powell',
      given: 'DJ',
      affiliations: [],
    });
    expect(parseAuthor('ORCHID-2 Investigators')).toEqual({
      name: 'ORCHID-2 Investigators',
      affiliations: [],
    });
    expect(parseAuthor('Jane Smith MD')).toEqual({ name: 'Jane Smith MD', affiliations: [] });
    expect(parseAuthor('Ma, Li')).toMatchObject({ name: 'Li Ma', family: 'Ma', given: 'Li' });
  });
});

describe('meta tags', () => {
  it('reads content=, falls back to value=, and normalises dc: and og: names', () => {
    const doc = documentOf(`<head>
      <meta value="Sub-nucleosomal organization"name=DC.Title>
      <meta property="og:title" content=" Open  Graph ">
      <meta name="dc:creator" content="A. Writer">
      <meta name="empty" content="  ">
    </head>`);
    expect(readMetaTags(doc)).toEqual([
      { name: 'dc.title', value: 'Sub-nucleosomal organization' },
      { name: 'og:title', value: 'Open Graph' },
      { name: 'dc.creator', value: 'A. Writer' },
    ]);
  });

  it('attaches institutions and ORCID iDs to the author before them', () => {
    const meta = layersOf([
      { name: 'citation_author', value: 'Doe, Ann' },
      { name: 'citation_author_institution', value: 'Uni A' },
      { name: 'citation_author_orcid', value: 'https://orcid.org/0000-0002-1825-0097' },
      { name: 'citation_author', value: 'Roe, Bo' },
      { name: 'citation_author_institution', value: 'Uni B' },
      { name: 'citation_author_institution', value: 'Uni C' },
      { name: 'dc.creator', value: 'In Its Own Layer' },
    ]);
    expect(meta.citation?.authors).toEqual([
      { name: 'Ann Doe', family: 'Doe', given: 'Ann', affiliations: ['Uni A'], orcid: '0000-0002-1825-0097' },
      { name: 'Bo Roe', family: 'Roe', given: 'Bo', affiliations: ['Uni B', 'Uni C'] },
    ]);
  });

  it('splits citation_authors and falls back to dc.creator', () => {
    expect(
      layersOf([{ name: 'citation_authors', value: 'Okafor CN; Lindqvist H;' }]).citation?.authors?.map(
        (a) => a.name,
      ),
    ).toEqual(['Okafor CN', 'Lindqvist H']);
    expect(
      layersOf([{ name: 'dc.creator', value: ' Carlos  Dobkin ' }]).dc?.authors?.map((a) => a.name),
    ).toEqual(['Carlos Dobkin']);
  });

  it('ranks tags by the table, not by their order in the page, and skips values that do not parse', () => {
    const meta = layersOf([
      { name: 'citation_date', value: '2019/01/01' },
      { name: 'citation_publication_date', value: '2020/05/06' },
      { name: 'dc.identifier', value: 'AIME202004070-M193075' },
      { name: 'dc.identifier', value: 'doi:10.7326/M19-3075' },
      { name: 'citation_title', value: 'Role of <i>BRCA1</i> in repair' },
    ]);
    expect(meta.citation?.date?.iso).toBe('2020-05-06');
    expect(meta.dc?.doi).toBe('10.7326/m19-3075');
    expect(meta.citation?.title).toBe('Role of BRCA1 in repair');
  });

  it('reads PubMed citation lines only when they name a DOI', () => {
    expect(
      readCitationLine('Clin Drug Investig. 2012 Mar 1;32(3):171-8. doi: 10.2165/11597620-000000000-00000.'),
    ).toEqual({
      journal: 'Clin Drug Investig',
      date: { iso: '2012-03-01', year: 2012 },
      doi: '10.2165/11597620-000000000-00000',
      volume: '32',
      issue: '3',
      pages: '171-8',
    });
    expect(readCitationLine('A page about 2012 and nothing else.')).toBeUndefined();
  });
});

describe('page kind', () => {
  it.each([
    [['https://pubmed.ncbi.nlm.nih.gov/123/'], {}, 'pubmed-abstract'],
    [['http://www.ncbi.nlm.nih.gov/pubmed/25817406'], { doi: '10.1/x' }, 'pubmed-abstract'],
    [['https://pmc.ncbi.nlm.nih.gov/articles/PMC3531190/'], {}, 'pmc-article'],
    [['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3531190/'], {}, 'pmc-article'],
    [['https://clinicaltrials.gov/study/NCT05123456'], {}, 'trial-registry'],
    [['https://www.clinicaltrialsregister.eu/ctr-search/trial/2015-000590-12/GB'], {}, 'trial-registry'],
    [
      ['https://www.medrxiv.org/content/10.1101/2021.01.01.123v1'],
      { doi: '10.1101/2021.01.01.123' },
      'preprint',
    ],
    [['https://arxiv.org/abs/1706.03762'], {}, 'preprint'],
    [['https://example.org/a'], { conference: '2025 ASCO Annual Meeting' }, 'congress-abstract'],
    [['https://example.org/a'], { journal: 'Nature' }, 'journal-article'],
    [['https://example.org/a'], {}, 'web-page'],
    [['http://127.0.0.1:4173/p.html', 'https://pubmed.ncbi.nlm.nih.gov/1/'], {}, 'pubmed-abstract'],
  ] as const)('%j %j -> %s', (urls, signals, kind) => {
    expect(classifyPage({ urls, ...signals })).toBe(kind);
  });
});

describe('title', () => {
  const base = { headings: [] as string[] };
  it('prefers citation_title, then Readability, meta, <title>, the URL', () => {
    expect(chooseTitle({ ...base, citationTitle: 'C', readabilityTitle: 'R' }, URL_, true)).toBe('C');
    expect(chooseTitle({ ...base, readabilityTitle: 'R', metaTitle: 'M' }, URL_, true)).toBe('R');
    expect(chooseTitle({ ...base, documentTitle: 'D' }, URL_, false)).toBe('D');
    expect(chooseTitle(base, URL_, false)).toBe(URL_);
  });

  it('takes the printed heading that a scholarly <title> decorates or truncates', () => {
    const heading = 'Circadian cortisol and fatigue severity in multiple sclerosis.';
    const pick = (title: string, preferHeading = true): string =>
      chooseTitle({ readabilityTitle: title, headings: ['PubMed', heading] }, URL_, preferHeading);
    expect(pick(`${heading} - PubMed`)).toBe(heading);
    expect(pick('Circadian cortisol and fatigue severi... - PubMed')).toBe(heading);
    expect(pick(`Study Details | ${heading} | ClinicalTrials.gov`)).toBe(heading);
    expect(pick(`${heading} - PubMed`, false)).toBe(`${heading} - PubMed`);
    expect(pick('Something else entirely')).toBe('Something else entirely');
  });
});

describe('plain text', () => {
  it('keeps paragraphs as blank-line separated blocks, items and rows on their own lines', () => {
    const doc = documentOf(`<body><div id="a">
      <h2>Results</h2>
      <p>First   paragraph
         wraps.</p><p>Second <b>bold</b> one.<br>After a break.</p>
      <ul><li>One</li><li>Two</li></ul>
      <table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>
      <pre>keep   this
  layout</pre>
      <script>var hidden = 1;</script><style>p{}</style>
    </div></body>`);
    expect(toPlainText(doc.getElementById('a') as Element)).toBe(
      'Results\n\nFirst paragraph wraps.\n\nSecond bold one.\nAfter a break.\n\nOne\nTwo\n\nA\tB\n1\t2\n\nkeep   this\n  layout',
    );
  });

  it('measures prose, not chrome', () => {
    expect(measureProse('Vote\n38.8k\nPosted by\n2')).toBe(0);
    expect(measureProse('A sentence that is long enough to be read as prose.')).toBeGreaterThan(40);
  });
});

describe('sanitizing', () => {
  it.each([
    ['javascript:alert(1)', undefined],
    [' java\tscript:alert(1)', undefined],
    ['vbscript:x', undefined],
    ['ftp://example.org/file', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['/relative/path?q=1', 'https://example.org/relative/path?q=1'],
    ['mailto:someone@example.org', 'mailto:someone@example.org'],
  ])('safeUrl(%j) = %j', (value, safe) => {
    expect(safeUrl(value, URL_, false)).toBe(safe);
  });

  it('allows data: URLs for images only', () => {
    expect(safeUrl('data:image/png;base64,AAAA', URL_, true)).toBe('data:image/png;base64,AAAA');
    expect(safeUrl('data:image/png;base64,AAAA', URL_, false)).toBeUndefined();
    expect(safeUrl('data:text/plain,hi', URL_, true)).toBeUndefined();
  });

  it('cuts long articles without breaking their markup, and says so', () => {
    const doc = documentOf('<body></body>');
    const paragraph = '<p>Lorem <a href="/x">ipsum</a> dolor sit amet, consectetur adipiscing elit.</p>';
    const body = readArticleBody(doc, `<div>${paragraph.repeat(400)}</div>`, URL_, {
      articleHtml: 5_000,
      articleText: 2_000,
    });
    expect(body.html?.length).toBeLessThanOrEqual(5_000);
    expect(body.text?.length).toBeLessThanOrEqual(2_000);
    expect(body.warnings).toHaveLength(2);
    const reparsed = documentOf(`<body>${body.html ?? ''}</body>`).body.innerHTML;
    expect(reparsed).toBe(body.html);
  });
});

describe('extractPage never throws', () => {
  it('returns title and address for something that is not a document', () => {
    const page = extractPage({} as Document, URL_);
    expect(page).toMatchObject({ url: URL_, title: URL_, hasArticle: false, kind: 'web-page' });
    expect(page.warnings).toContain(WARNINGS.noArticle);
  });

  it('returns the URL as title for an empty page, with the no-article warning', () => {
    const page = extractPage(documentOf('<html><head></head><body></body></html>'), URL_);
    expect(page).toMatchObject({ title: URL_, hasArticle: false, warnings: [WARNINGS.noArticle] });
  });

  it('survives a document whose DOM methods throw', () => {
    const doc = documentOf('<title>Broken</title><body><p>text</p></body>');
    Object.defineProperty(doc, 'getElementsByTagName', {
      value: () => {
        throw new Error('clobbered');
      },
    });
    const page = extractPage(doc, URL_);
    expect(page.url).toBe(URL_);
    expect(page.warnings).toContain(WARNINGS.failed);
  });

  it('keeps the text of a DOMParser document, which has no window for DOMPurify', () => {
    const { window } = new JSDOM('');
    const paragraphs =
      '<p>Plain paragraph of a parsed document, long enough to count as prose for the check.</p>'.repeat(12);
    const doc = new window.DOMParser().parseFromString(
      `<title>Parsed</title><article>${paragraphs}</article>`,
      'text/html',
    );
    expect(doc.defaultView).toBeNull();
    const page = extractPage(doc, URL_);
    expect(page.hasArticle).toBe(true);
    expect(page.articleHtml).toBeUndefined();
    expect(page.articleText).toContain('Plain paragraph of a parsed document');
    expect(page.warnings.join(' ')).toMatch(/formatting could not be kept/);
  });

  it('removes the names that clobber DOM methods before reading the page', () => {
    const doc = documentOf(
      '<form name="getElementById"><input name="getAttribute" id="querySelector"></form><img name="title">',
    );
    expect(defuseClobbering(doc)).toBe(4);
    expect(doc.querySelector('[name], [id]')).toBeNull();
  });

  it('caps a huge article at the stored bounds', () => {
    const sentence =
      'Patients in the extension cohort kept their response through week 52 with no new safety findings. ';
    const paragraph = `<p>${sentence.repeat(6)}<a href="/ref">ref</a></p>`;
    const html = `<title>Huge</title><body><article>${paragraph.repeat(1_800)}</article></body>`;
    const page = extractPage(documentOf(html), URL_);
    expect(page.hasArticle).toBe(true);
    expect(page.articleText?.length).toBeLessThanOrEqual(EXTRACT_LIMITS.articleText);
    expect(page.articleText?.length).toBeGreaterThan(EXTRACT_LIMITS.articleText * 0.9);
    expect(page.articleHtml?.length).toBeLessThanOrEqual(EXTRACT_LIMITS.articleHtml);
    expect(page.articleHtml?.length).toBeGreaterThan(EXTRACT_LIMITS.articleHtml * 0.9);
    expect(page.articleHtml?.endsWith('</div>')).toBe(true);
    expect(page.warnings.join(' ')).toMatch(/text was cut at 500,000 characters/);
    expect(page.warnings.join(' ')).toMatch(/formatted copy was cut at 1,000,000 characters/);
  });
});
