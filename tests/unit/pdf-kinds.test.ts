// extractPdf on small PDFs made in the test (pdf-lib): labels, protocols, posters, congress abstracts, scans and bad input.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { extractPdf, PDF_WARNINGS, PdfReadError, type PdfErrorCode } from '../../lib/pdf';
import { articlePage } from '../fixtures/pdf/article-page';
import { column, makePasswordPdf, makePdf, type FixturePage } from '../fixtures/pdf/make-pdf';

const URL = 'https://example.org/files/protocol.pdf';

async function extract(bytes: Uint8Array) {
  return extractPdf(bytes, URL, pdfjs);
}

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
