// AMA 11th edition citations: one real-looking case per kind of source, author lists, names and missing fields.
import { describe, expect, it } from 'vitest';
import type { Source } from '../model';
import { SAMPLE_BRIEFING_DATA } from '../../tests/fixtures/briefing/sample-knowledge-base';
import { amaPlainText, formatAmaCitation } from './ama';
import { formatAmaPerson, splitPrintedName } from './cited-person';
import { citedWorkFromSource } from './cited-work';

const sample = (id: string): Source => {
  const found = SAMPLE_BRIEFING_DATA.sources.find((s) => s.id === id);
  if (!found) throw new Error(`no sample source ${id}`);
  return found;
};
const cite = (source: Source) => formatAmaCitation(citedWorkFromSource(source));
const text = (source: Source) => amaPlainText(cite(source));
const minimal = (fields: Partial<Source>): Source => ({
  id: 'x',
  kind: 'journal-article',
  title: 'A title',
  url: 'https://example.org/a',
  authors: [],
  nct: [],
  kolIds: [],
  areaIds: [],
  capturedAt: Date.UTC(2025, 0, 7, 12),
  updatedAt: 0,
  ...fields,
});
const authors = (...names: string[]) => names.map((name) => ({ name, affiliations: [] }));

describe('AMA citations', () => {
  it('lists six authors in full, with initials from structured names, hyphens and particles kept', () => {
    expect(text(sample('s02'))).toBe(
      'Yamamoto H, Schmidt A-L, Mensah K, van der Berg S, Dubois J-P, de la Cruz ME. Circulating Tumor DNA Clearance and Survival With ' +
        'First-Line EGFR Inhibitor Therapy: A Secondary Analysis of a Randomized Clinical Trial. JAMA Oncol. Published online May 15, 2025. ' +
        'doi:10.1001/jamaoncol.2025.1234',
    );
  });

  it('cuts seven authors to three and "et al", and italicises only the journal abbreviation', () => {
    expect(cite(sample('s01'))).toEqual([
      {
        text: 'de la Cruz ME, Okonkwo A, Lindqvist H, et al. Osimertinib with or without platinum-pemetrexed after oligoprogression on first-line osimertinib in EGFR-mutant NSCLC: a randomized phase 2 trial. ',
      },
      { text: 'J Thorac Oncol', italic: true },
      { text: '. 2025;20(4):512-524. doi:10.1016/j.jtho.2025.01.014' },
    ]);
  });

  it('gives the PMID when there is no DOI, and keeps apostrophes and hyphenated family names', () => {
    expect(text(sample('s08'))).toBe(
      "van der Berg J, Al-Rashid F, O'Connor D, Zhang W. Savolitinib plus osimertinib versus platinum-doublet chemotherapy in MET-amplified " +
        'NSCLC after osimertinib: a randomised, open-label, phase 3 trial. Lancet Oncol. 2025;26(3):301-312. PMID: 40011223',
    );
    expect(text(sample('s09'))).toMatch(
      /^Wu ML, García-López M, Ito T\. .* N Engl J Med\. 2025;392\(11\):1045-1056\. doi:10\.1056\/nejmoa2412345$/,
    );
  });

  it('cites a congress abstract as presented, with the meeting, year and abstract number', () => {
    expect(text(sample('s03'))).toBe(
      'de la Cruz ME, Chen Y, Okafor N, et al. Intracranial efficacy of first-line osimertinib plus chemotherapy in EGFR-mutant NSCLC with ' +
        'baseline brain metastases: final analysis of the phase 3 HORIZON-Lung trial. Abstract presented at: 2025 ASCO Annual Meeting; 2025. ' +
        'Abstract LBA8505. doi:10.1200/jco.2025.43.16_suppl.lba8505',
    );
    expect(text(sample('s04'))).toBe(
      'Rossi G, de la Cruz ME, Lindqvist H. Patterns of progression on first-line osimertinib: a multicentre European registry. ' +
        'Abstract presented at: ESMO Congress 2024; 2024. Abstract 1254MO.',
    );
  });

  it('cites a registry record by title and NCT identifier, with the accessed date and address, and no authors', () => {
    expect(text(sample('s05'))).toBe(
      'Sequential Osimertinib and Local Consolidative Therapy in Oligoprogressive EGFR-Mutant NSCLC (SOLACE-2). ' +
        'ClinicalTrials.gov identifier: NCT06123457. Accessed March 21, 2025. https://clinicaltrials.gov/study/NCT06123457',
    );
  });

  it('cites a preprint with its server in italics and the posting date', () => {
    expect(cite(sample('s06'))).toEqual([
      {
        text: 'Novak P, Ibrahim S, de la Cruz ME, Olsen K, Ferreira L. Real-world EGFR testing rates and turnaround times across 42 European centres: a retrospective cohort study. ',
      },
      { text: 'medRxiv', italic: true },
      { text: '. Preprint posted online April 25, 2025. doi:10.1101/2025.04.22.25326123' },
    ]);
  });

  it('cites a web page with its site, published and accessed dates, and address', () => {
    expect(text(sample('s07'))).toBe(
      'FDA approves plasma-based companion diagnostic for EGFR-mutant non-small cell lung cancer. U.S. Food and Drug Administration. ' +
        'Published May 8, 2025. Accessed May 9, 2025. https://www.fda.gov/drugs/resources-information-approved-drugs/fda-approves-companion-diagnostic-egfr-nsclc',
    );
  });

  it('names a corporate author as printed, also after a person', () => {
    const guideline = minimal({
      authors: authors('Loibl S', 'ESMO Guidelines Committee'),
      journal: 'Annals of Oncology',
      journalAbbrev: 'Ann Oncol',
      year: 2024,
      volume: '35',
      issue: '2',
      pages: '159-182',
    });
    expect(text(guideline)).toBe(
      'Loibl S, ESMO Guidelines Committee. A title. Ann Oncol. 2024;35(2):159-182. Accessed January 7, 2025. https://example.org/a',
    );
    expect(
      text(
        minimal({
          authors: authors('National Comprehensive Cancer Network'),
          kind: 'web-page',
          title: 'NCCN Guidelines: Non-Small Cell Lung Cancer',
        }),
      ),
    ).toBe(
      'National Comprehensive Cancer Network. NCCN Guidelines: Non-Small Cell Lung Cancer. example.org. Accessed January 7, 2025. https://example.org/a',
    );
  });

  it('keeps to what the data has when fields are missing', () => {
    expect(text(minimal({ journal: 'Blood', year: 2025 }))).toBe(
      'A title. Blood. 2025. Accessed January 7, 2025. https://example.org/a',
    );
    expect(text(minimal({ journal: 'Blood', volume: '145', pmid: '40123999' }))).toBe(
      'A title. Blood. 145. PMID: 40123999',
    );
    expect(
      text(minimal({ title: 'Is ctDNA ready for practice?', journal: 'Blood', year: 2025, doi: '10.1/x' })),
    ).toBe('Is ctDNA ready for practice? Blood. 2025. doi:10.1/x');
    expect(text(minimal({ kind: 'congress-abstract', congress: { name: 'WCLC 2024' }, doi: '10.1/y' }))).toBe(
      'A title. Abstract presented at: WCLC 2024. doi:10.1/y',
    );
    expect(
      text(
        minimal({ kind: 'trial-registry', title: 'A registry page', url: 'https://www.isrctn.com/ISRCTN1' }),
      ),
    ).toBe('A registry page. isrctn.com. Accessed January 7, 2025. https://www.isrctn.com/ISRCTN1');
    expect(text(minimal({ kind: 'bookmark', title: 'Untitled' }))).toBe(
      'Untitled. example.org. Accessed January 7, 2025. https://example.org/a',
    );
  });

  it('lists seven authors as three and et al, six in full', () => {
    const seven = authors('Smith JA', 'Lee K', 'Park S', 'Chen Y', 'Rossi G', 'Haddad R', 'Singh A');
    expect(text(minimal({ authors: seven, journal: 'Blood', year: 2025 }))).toMatch(
      /^Smith JA, Lee K, Park S, et al\. A title\./,
    );
    expect(text(minimal({ authors: seven.slice(0, 6), journal: 'Blood', year: 2025 }))).toMatch(
      /^Smith JA, Lee K, Park S, Chen Y, Rossi G, Haddad R\. A title\./,
    );
  });
});

describe('author names in AMA form', () => {
  const ama = (name: string) => formatAmaPerson({ literal: name, ...splitPrintedName(name) });
  it.each([
    ['María Elena de la Cruz, MD, PhD', 'de la Cruz ME'],
    ['M. E. de la Cruz', 'de la Cruz ME'],
    ['de la Cruz ME', 'de la Cruz ME'],
    ['Ludwig van Beethoven', 'van Beethoven L'],
    ['Jean-Pierre Dubois', 'Dubois J-P'],
    ['Miguel García-López', 'García-López M'],
    ['Smith, Jane Anne', 'Smith JA'],
    ['Jane A. Smith Jr', 'Smith JA Jr'],
    ['Cher', 'Cher'],
    ['ESMO Guidelines Committee', 'ESMO Guidelines Committee'],
  ])('%s -> %s', (printed, expected) => {
    expect(ama(printed)).toBe(expected);
  });
});
