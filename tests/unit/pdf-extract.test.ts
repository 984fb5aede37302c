// extractPdf on small PDFs made in the test (pdf-lib): layers, layout rules, kinds, stamps, covers and bad input.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { extractPdf, PDF_WARNINGS, PdfReadError, type PdfErrorCode } from '../../lib/pdf';
import { column, makePasswordPdf, makePdf, type FixturePage, type TextRun } from '../fixtures/pdf/make-pdf';

const URL = 'https://example.org/files/paper.pdf';

/** A one-column article page: running head, title, byline with markers and degrees, structured abstract, body. */
function articlePage(options: { head?: TextRun[]; top?: number } = {}): FixturePage {
  const top = options.top ?? 700;
  return {
    runs: [
      ...(options.head ?? [{ text: 'Journal of Test Medicine (2021) 12:345-356', x: 72, y: 760, size: 8 }]),
      { text: 'ORIGINAL ARTICLE', x: 72, y: top + 20, size: 9, bold: true },
      { text: 'Aspirin after stroke in older adults: a randomised', x: 72, y: top, size: 18, bold: true },
      { text: 'trial of two doses', x: 72, y: top - 22, size: 18, bold: true },
      { text: 'Jane A. Smith', x: 72, y: top - 50, size: 11 },
      { text: '1,2', x: 143, y: top - 50, size: 7, rise: 4 },
      { text: ', MD, Peter Jones', x: 153, y: top - 50, size: 11 },
      { text: '2*', x: 244, y: top - 50, size: 7, rise: 4 },
      { text: ' and Maria Garcia', x: 254, y: top - 50, size: 11 },
      { text: '3', x: 345, y: top - 50, size: 7, rise: 4 },
      { text: '1', x: 72, y: top - 66, size: 6, rise: 3 },
      { text: 'Department of Neurology, Example University, Springfield, USA', x: 76, y: top - 66, size: 8 },
      { text: 'Abstract', x: 72, y: top - 100, size: 11, bold: true },
      { text: 'Background:', x: 72, y: top - 116, size: 9.5, bold: true },
      {
        text: 'Aspirin prevents recurrent stroke, but the best dose in older',
        x: 136,
        y: top - 116,
        size: 9.5,
      },
      ...column(['adults is not known.'], 72, top - 128, 9.5),
      { text: 'Methods:', x: 72, y: top - 144, size: 9.5, bold: true },
      { text: 'We randomly assigned 400 patients to two doses of aspirin.', x: 118, y: top - 144, size: 9.5 },
      ...column(['Trial registration: ClinicalTrials.gov NCT01234567.'], 72, top - 156, 9.5),
      ...column(['Keywords: stroke; aspirin; older adults'], 72, top - 180, 9),
      ...column(['Introduction'], 72, top - 210, 11),
      ...column(
        [
          'Stroke is a leading cause of disability. Earlier trials of aspirin (NCT09999999) used one dose',
          'and did not enrol many older adults, so the question of dose has stayed open for years.',
        ],
        72,
        top - 226,
        10,
      ),
      { text: 'DOI: 10.1234/jtm.2021.0345', x: 72, y: 40, size: 8 },
    ],
  };
}

/** A references page: DOIs and NCT ids of other works. */
const referencesPage: FixturePage = {
  runs: [
    { text: 'Journal of Test Medicine (2021) 12:345-356', x: 72, y: 760, size: 8 },
    ...column(['References'], 72, 700, 11),
    ...column(
      [
        '1. Brown K, et al. Aspirin dosing. Lancet. 2019;393:1-10. doi:10.1016/S0140-6736(19)30001-1',
        '2. White L, et al. A dose trial (NCT08888888). N Engl J Med. 2018;379:11-20.',
        'The stroke trial network. Further reading on dosing in older adults and younger adults too.',
      ],
      72,
      680,
      9,
    ),
  ],
};

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

describe('extractPdf: other kinds', () => {
  it('recognises prescribing information: the product line is the title, cited trials are not its own', async () => {
    const label: FixturePage = {
      runs: column(
        [
          'HIGHLIGHTS OF PRESCRIBING INFORMATION',
          'These highlights do not include all the information needed to use EXAMPLOR safely.',
          'EXAMPLOR® (examplumab) injection, for intravenous use',
          'Initial U.S. Approval: 2021',
          '14 CLINICAL STUDIES: Study ABC-301 (NCT07777777) enrolled 500 patients.',
        ],
        36,
        740,
        8,
        10,
      ),
    };
    const page = await extract(await makePdf({ pages: [label] }));
    expect(page).toMatchObject({
      kind: 'label',
      title: 'EXAMPLOR® (examplumab) injection, for intravenous use',
      year: 2021,
    });
    expect(page.nct).toEqual([]);
    expect(page.authors).toEqual([]);
  });

  it('recognises a sponsor protocol and its registry id, with no authors or journal', async () => {
    const cover: FixturePage = {
      runs: column(
        [
          'ABC-123 Clinical Study Protocol',
          'A Phase 2 Study of Examplumab in Adults with Asthma',
          'NCT06666666',
          'Approval Date: 05-Dec-2019',
        ],
        72,
        700,
        12,
        20,
      ),
    };
    const page = await extract(await makePdf({ pages: [cover] }));
    expect(page).toMatchObject({ kind: 'trial-protocol', nct: ['NCT06666666'], year: 2019, authors: [] });
    expect(page.journal).toBeUndefined();
  });

  it('reads a protocol title printed after its label', async () => {
    const cover: FixturePage = {
      runs: column(
        [
          'CLINICAL STUDY PROTOCOL',
          'Protocol Title: A Randomised, Double-blind Study of Examplumab',
          'Versus Placebo in Adults with Severe Asthma',
          'Sponsor: Example Pharma',
        ],
        72,
        700,
        11,
        14,
      ),
    };
    const page = await extract(await makePdf({ pages: [cover] }));
    expect(page.kind).toBe('trial-protocol');
    expect(page.title).toBe(
      'A Randomised, Double-blind Study of Examplumab Versus Placebo in Adults with Severe Asthma',
    );
  });

  it('takes a one-page abstract that names a meeting in its head for a congress abstract', async () => {
    const abstract: FixturePage = {
      runs: [
        { text: 'European Congress of Examples 2024 - Poster Session 3', x: 72, y: 760, size: 9 },
        { text: 'Outcomes of examplumab in severe asthma', x: 72, y: 700, size: 16, bold: true },
        { text: 'Ada Lovelace, Alan Turing', x: 72, y: 676, size: 11 },
        ...column(['Abstract', 'We studied 50 patients over one year and found fewer attacks.'], 72, 640, 10),
      ],
    };
    const page = await extract(await makePdf({ pages: [abstract] }));
    expect(page.kind).toBe('congress-abstract');
    expect(page.abstract?.text).toBe('We studied 50 patients over one year and found fewer attacks.');
  });

  it('recognises a poster by its page size, with the title from the largest type', async () => {
    const poster: FixturePage = {
      width: 2384,
      height: 3370,
      runs: [
        { text: 'Gene expression in a model of heart disease', x: 400, y: 3150, size: 60, bold: true },
        { text: 'Ada Lovelace1, Alan Turing2', x: 800, y: 3060, size: 40 },
        ...column(
          ['Introduction', 'Some words about the background of this work in a column.'],
          200,
          2800,
          29,
          36,
        ),
      ],
    };
    const page = await extract(await makePdf({ pages: [poster] }));
    expect(page).toMatchObject({ kind: 'poster', title: 'Gene expression in a model of heart disease' });
    expect(page.authors.map((a) => a.name)).toEqual(['Ada Lovelace', 'Alan Turing']);
  });

  it('says plainly that a PDF without a text layer is a scan, and keeps the file properties', async () => {
    const page = await extract(
      await makePdf({ pages: [{ runs: [] }], info: { title: 'Hydrogen incorporation in thin films' } }),
    );
    expect(page.warnings).toEqual([PDF_WARNINGS.scan]);
    expect(page.hasArticle).toBe(false);
    expect(page.title).toBe('Hydrogen incorporation in thin films');
    expect(page.fieldSources?.title).toBe('info');
  });
});

describe('extractPdf: bad input', () => {
  const cases: Array<[string, () => Promise<Uint8Array>, PdfErrorCode]> = [
    ['a 0-byte file', async () => new Uint8Array(0), 'empty'],
    [
      'an HTML error page served as a PDF',
      async () => new TextEncoder().encode('<!DOCTYPE html><html><body>403</body></html>'),
      'html',
    ],
    [
      'a file that is not a PDF',
      async () => new TextEncoder().encode('PK\u0003\u0004 a zip file'),
      'not-pdf',
    ],
    [
      'a damaged PDF',
      async () => new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF'),
      'corrupt',
    ],
    ['a PDF that needs a password', makePasswordPdf, 'encrypted'],
  ];
  it.each(cases)('rejects %s with a typed error and a plain message', async (_, make, code) => {
    const error: unknown = await extract(await make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfReadError);
    expect((error as PdfReadError).code).toBe(code);
    expect((error as PdfReadError).message).not.toMatch(/exception|undefined/i);
  });

  it('rejects a file over the size limit before parsing it', async () => {
    const bytes = await makePdf({ pages: [articlePage()] });
    const error: unknown = await extractPdf(bytes, URL, pdfjs, { sizeLimit: 100 }).catch((e: unknown) => e);
    expect((error as PdfReadError).code).toBe('too-large');
  });
});
