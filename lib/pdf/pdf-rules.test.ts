// The PDF rule tables: junk titles and accounts, citation forms (every example in the table must parse), stamps and covers.
import { describe, expect, it } from 'vitest';
import { isJunkAuthor, isJunkTitle } from './file-properties';
import { COVER_SIGNATURES, STAMPS } from './pdf-rules';
import { CITATION_FORMS, cleanJournalName, readCitationText } from './running-citation';

describe('junk Info titles and authors', () => {
  it.each([
    'Microsoft Word - 02. 206.doc',
    'ipg1300180a',
    'pone.0115884 1..14',
    'INES_A_1185421_O',
    '566165',
    '-',
    'untitled',
    'COVID&#x02010;19 vaccination and treatment in vulnerable populations',
    'manuscript_final_v2.docx',
    '10.1016/j.pain.2014.09.020',
  ])('%s is not a title', (title) => expect(isJunkTitle(title)).toBe(true));

  it.each([
    'Screening and Prostate-Cancer Mortality in a Randomized European Study',
    'VESPA: Very large-scale Evolutionary and Selective Pressure Analyses',
    "FAO's Work in Mountains",
  ])('%s is a title', (title) => expect(isJunkTitle(title)).toBe(false));

  it.each(['Administrator', 'Cambridge Journals', 'Nuala E. Tully {et al.}', '-'])(
    '%s is not an author',
    (name) => expect(isJunkAuthor(name)).toBe(true),
  );
  it('keeps a person', () => expect(isJunkAuthor('Marta Seretny')).toBe(false));
});

describe('citation forms', () => {
  // Each row's examples are what the row was written for: every one must read.
  const examples = CITATION_FORMS.flatMap((form) => form.examples.map((example) => [example] as const));
  it.each(examples)('reads "%s"', (example) => {
    const parts = readCitationText(example);
    expect(parts?.journal).toBeTruthy();
    expect(parts?.journal).not.toMatch(/\d{4}|\bvol\b/i);
  });

  it('reads the parts of the common forms', () => {
    expect(readCitationText('Trials (2015) 16:50')).toMatchObject({
      journal: 'Trials',
      volume: '16',
      pages: '50',
    });
    expect(readCitationText('PAIN 155 (2014) 2461–2470')).toMatchObject({
      journal: 'PAIN',
      volume: '155',
      date: { year: 2014 },
    });
    expect(readCitationText('Dhaka Univ. J. Pharm. Sci. 8(1): 7-10, 2009 (June)')).toMatchObject({
      journal: 'Dhaka Univ. J. Pharm. Sci.',
      volume: '8',
      issue: '1',
      pages: '7-10',
    });
    expect(readCitationText('Datta et al. Journal of Trauma Management & Outcomes 2010, 4:1')?.journal).toBe(
      'Journal of Trauma Management & Outcomes',
    );
    // A proof's placeholders are not a volume or pages.
    const proof = readCitationText('EUROPEAN UROLOGY xxx (xxxx) xxx–xxx');
    expect(proof?.journal).toBe('EUROPEAN UROLOGY');
    expect(proof?.volume).toBeUndefined();
  });

  it('does not read prose or labels as a journal', () => {
    expect(readCitationText('we enrolled patients in 2015, 12:30 in the morning')).toBeUndefined();
    expect(cleanJournalName('Received 12 March 2014')).toBeUndefined();
    expect(cleanJournalName('the results were similar')).toBeUndefined();
  });
});

describe('stamps and covers', () => {
  it.each([
    'Downloaded from nejm.org at MCGILL UNIVERSITY LIBRARY on March 25, 2017.',
    'medRxiv preprint doi: https://doi.org/10.1101/2025.10.14.25337942; this version posted October 15, 2025.',
    'arXiv:1708.05894v1 [stat.ML] 19 Aug 2017',
    'This content downloaded from 54.39.48.111 on Fri, 04 Feb 2022 18:52:33 UTC',
    'Download Date | 6/2/15 7:45 PM',
  ])('"%s" is a stamp', (line) => expect(STAMPS.some((stamp) => stamp.pattern.test(line))).toBe(true));

  it('does not take an article line for a stamp', () => {
    expect(
      STAMPS.some((stamp) => stamp.pattern.test('Patients were downloaded into the registry in 2017')),
    ).toBe(false);
  });

  it.each([
    ['To cite this article: A. Author (2016): A title, Journal, DOI: 10.1080/1', 'Taylor & Francis'],
    ['Your use of the JSTOR archive indicates your acceptance of the Terms & Conditions of Use', 'JSTOR'],
    ['Recommended Citation\nHanley, James A.', 'bepress'],
  ])('recognises a cover page: %s', (text, name) =>
    expect(COVER_SIGNATURES.find((cover) => cover.pattern.test(text))?.name).toBe(name),
  );
});
