// extractPdf on small PDFs made in the test (pdf-lib): an article's layers and layout rules, covers and stamps.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../lib/pdf';
import { articlePage, referencesPage } from '../fixtures/pdf/article-page';
import { column, makePdf, type FixturePage } from '../fixtures/pdf/make-pdf';

const URL = 'https://example.org/files/paper.pdf';

async function extract(bytes: Uint8Array) {
  return extractPdf(bytes, URL, pdfjs);
}

describe('extractPdf: an article', () => {
  it('reads the title, byline, citation line, DOI, abstract sections, keywords and its own trial from the layout', async () => {
    const page = await extract(
      await makePdf({
        pages: [articlePage(), referencesPage],
        info: { title: 'Microsoft Word - draft_v3.docx', author: 'Administrator' },
      }),
    );
    expect(page.kind).toBe('journal-article');
    expect(page.title).toBe('Aspirin after stroke in older adults: a randomised trial of two doses');
    expect(page.authors.map((a) => a.name)).toEqual(['Jane A. Smith', 'Peter Jones', 'Maria Garcia']);
    expect(page.authors[0]?.degrees).toBe('MD');
    expect(page).toMatchObject({
      journal: 'Journal of Test Medicine',
      year: 2021,
      volume: '12',
      pages: '345-356',
    });
    expect(page.doi).toBe('10.1234/jtm.2021.0345');
    expect(page.abstract?.sections.map((s) => s.label)).toEqual([
      'Background',
      'Methods',
      'Trial registration',
    ]);
    expect(page.abstract?.text).toMatch(
      /^Aspirin prevents recurrent stroke, but the best dose in older adults is not known\./,
    );
    expect(page.keywords).toEqual(['stroke', 'aspirin', 'older adults']);
    // The registration is the work's own trial; NCTs in the introduction and references are cited ones.
    expect(page.nct).toEqual(['NCT01234567']);
    expect(page.fieldSources).toMatchObject({
      title: 'layout',
      authors: 'layout',
      journal: 'layout',
      doi: 'text',
    });
    expect(page.hasArticle).toBe(true);
    expect(page.articleText).toContain('The stroke trial network');
    expect(page.warnings).toEqual([]);
  });

  it('prefers XMP (dc:title, dc:creator, prism:doi) when the pages print the same, and records the layer', async () => {
    const xmp =
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Aspirin after stroke in older adults: a randomised trial of two doses</rdf:li></rdf:Alt></dc:title>' +
      '<dc:creator><rdf:Seq><rdf:li>Jane A. Smith</rdf:li><rdf:li>Peter Jones</rdf:li><rdf:li>Maria Garcia</rdf:li></rdf:Seq></dc:creator>' +
      '<prism:doi>10.1234/JTM.2021.0345</prism:doi><prism:publicationName>Journal of Test Medicine</prism:publicationName>';
    const page = await extract(await makePdf({ pages: [articlePage()], xmp }));
    expect(page.fieldSources).toMatchObject({ title: 'xmp', authors: 'xmp', doi: 'xmp', journal: 'xmp' });
    expect(page.doi).toBe('10.1234/jtm.2021.0345');
  });

  it('ignores XMP and Info values the pages do not print (a typesetter as author, an id as title)', async () => {
    const xmp = '<dc:creator><rdf:Seq><rdf:li>Anil Negi</rdf:li></rdf:Seq></dc:creator>';
    const page = await extract(
      await makePdf({ pages: [articlePage()], xmp, info: { title: 'JTM_A_0345_O' } }),
    );
    expect(page.title).toMatch(/^Aspirin after stroke/);
    expect(page.authors[0]?.name).toBe('Jane A. Smith');
    expect(page.fieldSources?.authors).toBe('layout');
  });

  it('takes the title from the Info dictionary when it is the printed one', async () => {
    const title = 'Aspirin after stroke in older adults: a randomised trial of two doses';
    const page = await extract(await makePdf({ pages: [articlePage()], info: { title } }));
    expect(page.title).toBe(title);
    expect(page.fieldSources?.title).toBe('info');
  });

  it('reads the DOI from a Crossmark link before DOIs printed for data', async () => {
    const withData: FixturePage = articlePage();
    withData.runs = withData.runs.filter((run) => !run.text.startsWith('DOI:'));
    withData.runs.push({ text: 'Dataset 1: http://dx.doi.org/10.5555/data.1', x: 72, y: 60, size: 8 });
    withData.links = ['https://crossmark.crossref.org/dialog/?doi=10.1234/own.77&domain=pdf'];
    const page = await extract(await makePdf({ pages: [withData] }));
    expect(page.doi).toBe('10.1234/own.77');
  });
});

describe('extractPdf: furniture', () => {
  it('skips a download cover page and never takes a download stamp for the year', async () => {
    const cover: FixturePage = {
      runs: [
        { text: 'Journal of Test Medicine', x: 72, y: 740, size: 15 },
        { text: 'A cover title in large type', x: 72, y: 680, size: 18 },
        ...column(
          ['To cite this article: J. Smith (2021): Aspirin after stroke, Journal of Test Medicine'],
          72,
          600,
          10,
        ),
        ...column(['Download by: [Some University Library] Date: 23 January 2024'], 72, 40, 9),
      ],
    };
    const article = articlePage({
      head: [{ text: 'Downloaded from example.org on March 25, 2024', x: 72, y: 770, size: 8 }],
    });
    const page = await extract(await makePdf({ pages: [cover, article] }));
    expect(page.title).toBe('Aspirin after stroke in older adults: a randomised trial of two doses');
    expect(page.authors).toHaveLength(3);
    expect(page.year).not.toBe(2024);
  });

  it('reads a preprint server stamp as the server and the preprint kind, not as the title or date', async () => {
    const article = articlePage({
      head: [
        {
          text: 'medRxiv preprint doi: https://doi.org/10.1101/2024.01.02.24300001; this version posted January 5, 2024.',
          x: 40,
          y: 775,
          size: 7,
        },
      ],
    });
    const page = await extract(await makePdf({ pages: [article] }));
    expect(page).toMatchObject({
      kind: 'preprint',
      journal: 'medRxiv',
      doi: '10.1101/2024.01.02.24300001',
      year: 2024,
    });
    expect(page.title).toMatch(/^Aspirin after stroke/);
  });
});
