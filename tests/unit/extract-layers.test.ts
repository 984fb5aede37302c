// Unit tests of the layered extraction: abstract sections, labelled values, JSON-LD, merging, congress details, guarded layers.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import {
  splitInlineLabels,
  structureAbstract,
  structureAbstractText,
} from '../../lib/extract/abstract-sections';
import { readByline } from '../../lib/extract/byline';
import { readCongress } from '../../lib/extract/congress';
import {
  findArxivInUrl,
  findNctInUrl,
  findPmcidInUrl,
  normalizeArxiv,
  normalizePmcid,
} from '../../lib/extract/identifiers';
import { readJsonLd } from '../../lib/extract/json-ld';
import { LabelIndex } from '../../lib/extract/labelled-values';
import { classifyPage } from '../../lib/extract/page-kind';
import { mergeLayers } from '../../lib/extract/work-record';

function documentOf(html: string, url = 'https://example.org/a'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

describe('abstract sections', () => {
  it('turns headings, bold lead labels and nested sections into labelled sections', () => {
    const doc = documentOf(`<div id="a">
      <h2>Abstract</h2>
      <section><h3>Background</h3><div role="paragraph">First part.</div></section>
      <p><strong class="sub-title"> Methods: </strong> Second part.</p>
      <p><b>Results.</b> Third part.</p><p>Still results.</p>
      <p>Copyright © 2024 The Authors.</p>
      <p><strong>Keywords:</strong> alpha; beta.</p>
      <p>Research Sponsor: Someone.</p>
    </div>`);
    const { abstract, keywords } = structureAbstract([doc.getElementById('a') as Element]);
    expect(abstract?.sections).toEqual([
      { label: 'Background', text: 'First part.' },
      { label: 'Methods', text: 'Second part.' },
      { label: 'Results', text: 'Third part.\n\nStill results.' },
    ]);
    expect(abstract?.text).toBe('First part.\n\nSecond part.\n\nThird part.\n\nStill results.');
    expect(keywords).toEqual(['alpha', 'beta']);
  });

  it('keeps an unstructured abstract as one unlabelled section and drops a leading "Abstract:"', () => {
    const doc = documentOf(
      '<blockquote id="a"><span class="descriptor">Abstract:</span>The dominant models are recurrent.</blockquote>',
    );
    expect(structureAbstract([doc.getElementById('a') as Element]).abstract?.sections).toEqual([
      { text: 'The dominant models are recurrent.' },
    ]);
  });

  it('finds labels printed inside flat text, capitalised, at the start or after a sentence', () => {
    expect(splitInlineLabels('BACKGROUND: One. METHODS: Two. RESULTS: Three, results: not a label.')).toEqual(
      [
        { label: 'BACKGROUND', text: 'One.' },
        { label: 'METHODS', text: 'Two.' },
        { label: 'RESULTS', text: 'Three, results: not a label.' },
      ],
    );
    expect(splitInlineLabels('Plain text with a word like methods: inside.')).toEqual([
      { text: 'Plain text with a word like methods: inside.' },
    ]);
    expect(
      structureAbstractText('Abstract: Background: Why. Conclusions: So.').abstract?.sections.map(
        (s) => s.label,
      ),
    ).toEqual(['Background', 'Conclusions']);
  });
});

describe('labelled values', () => {
  const doc = documentOf(`<body>
    <dl><dt>Session Title</dt><dd>Lung Cancer</dd></dl>
    <table><tr><td>Official Title:</td><td>A Long Title</td></tr></table>
    <div><span class="term">First Posted <i></i></span> : November 19, 2018</div>
    <p>Presenter: Jane Roe</p>
    <a href="#">Session</a>
  </body>`);
  const labels = new LabelIndex(doc.body, [
    'Session Title',
    'Official Title',
    'First Posted',
    'Presenter',
    'Session',
    'Missing',
  ]);

  it('reads dt/dd, cells, text after a label and "Label: value" text', () => {
    expect(labels.value(['Session Title'])).toBe('Lung Cancer');
    expect(labels.value(['Official Title'])).toBe('A Long Title');
    expect(labels.value(['First Posted'])).toBe('November 19, 2018');
    expect(labels.value(['Presenter'])).toBe('Jane Roe');
  });

  it('ignores labels inside links and answers undefined for labels the page lacks', () => {
    expect(labels.value(['Session'])).toBeUndefined();
    expect(labels.value(['Missing', 'Presenter'])).toBe('Jane Roe');
  });
});

describe('JSON-LD', () => {
  it('reads a ScholarlyArticle from @graph, its container chain, authors with affiliations, and skips broken blocks', () => {
    const doc = documentOf(`<head>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Site' },
          {
            '@type': 'MedicalScholarlyArticle',
            headline: 'A trial',
            author: [
              {
                '@type': 'Person',
                givenName: 'Ann',
                familyName: 'Doe',
                affiliation: { name: 'Uni A' },
                sameAs: 'https://orcid.org/0000-0002-1825-0097',
              },
            ],
            datePublished: '2024-02-03',
            isPartOf: {
              '@type': 'PublicationIssue',
              issueNumber: '4',
              isPartOf: { '@type': ['PublicationVolume', 'Periodical'], volumeNumber: '12', name: 'J Test' },
            },
            pageStart: '10',
            pageEnd: '19',
            identifier: { '@type': 'PropertyValue', propertyID: 'doi', value: '10.5555/abc' },
            description: 'BACKGROUND: Why. RESULTS: What.',
            keywords: 'one, two',
          },
        ],
      })}</script></head>`);
    const record = readJsonLd(doc);
    expect(record).toMatchObject({
      title: 'A trial',
      journal: 'J Test',
      volume: '12',
      issue: '4',
      pages: '10-19',
      doi: '10.5555/abc',
      keywords: ['one', 'two'],
      date: { iso: '2024-02-03', year: 2024 },
    });
    expect(record.authors).toEqual([
      { name: 'Ann Doe', family: 'Doe', given: 'Ann', affiliations: ['Uni A'], orcid: '0000-0002-1825-0097' },
    ]);
    expect(record.abstract?.sections.map((s) => s.label)).toEqual(['BACKGROUND', 'RESULTS']);
  });

  it('marks a MedicalTrial as a registry record and keeps a news article out of the abstract', () => {
    const trial = documentOf(
      `<script type="application/ld+json">{"@type":"MedicalTrial","name":"T","identifier":"NCT01234567"}</script>`,
    );
    expect(readJsonLd(trial)).toMatchObject({ kind: 'trial-registry', nct: ['NCT01234567'] });
    const news = documentOf(
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","description":"A teaser that is long enough to look like an abstract but is not one at all, really.","author":{"name":"Ana Sandoiu"}}</script>`,
    );
    const record = readJsonLd(news);
    expect(record.abstract).toBeUndefined();
    expect(record.title).toBeUndefined();
    expect(record.authors?.map((a) => a.name)).toEqual(['Ana Sandoiu']);
  });
});

describe('merging layers', () => {
  it('takes each field from the most specific layer and says which', () => {
    const { record, sources } = mergeLayers([
      { source: 'og', record: { journal: 'OG', doi: '10.1/og' } },
      { source: 'citation', record: { journal: 'Citation' } },
      { source: 'site', record: { title: 'Site title', congress: { abstractNumber: 'LBA4' } } },
      { source: 'citation', record: { congress: { name: 'ESMO Congress 2024' } } },
    ]);
    expect(record).toMatchObject({
      journal: 'Citation',
      doi: '10.1/og',
      title: 'Site title',
      congress: { name: 'ESMO Congress 2024', abstractNumber: 'LBA4' },
    });
    expect(sources).toMatchObject({ journal: 'citation', doi: 'og', title: 'site', congress: 'site' });
  });

  it('fills what the chosen author list lacks from another layer listing the same authors', () => {
    const { record } = mergeLayers([
      { source: 'site', record: { authors: [{ name: 'Chidi N Okafor', affiliations: [] }] } },
      {
        source: 'citation',
        record: {
          authors: [
            {
              name: 'Okafor CN',
              family: 'Okafor',
              given: 'CN',
              affiliations: ['Leeds'],
              orcid: '0000-0002-1825-0097',
            },
          ],
        },
      },
    ]);
    expect(record.authors).toEqual([
      {
        name: 'Chidi N Okafor',
        family: 'Okafor',
        given: 'Chidi N',
        affiliations: ['Leeds'],
        orcid: '0000-0002-1825-0097',
      },
    ]);
  });
});

describe('congress details', () => {
  const labels = new LabelIndex(null, []);
  it.each([
    [
      { doi: '10.1200/jco.2025.43.16_suppl.lba4', texts: ['2025 ASCO Annual Meeting I'] },
      { name: '2025 ASCO Annual Meeting I', abstractNumber: 'LBA4', year: 2025 },
    ],
    [
      {
        doi: '10.1158/1538-7445.am2023-ct123',
        texts: [
          'In: Proceedings of the American Association for Cancer Research Annual Meeting 2023; Part 2',
        ],
      },
      { name: 'American Association for Cancer Research Annual Meeting 2023', abstractNumber: 'CT123' },
    ],
    [
      {
        issue: 'Supplement 1',
        pages: '1876',
        year: 2024,
        texts: ['Volume 144 · 66th ASH Annual Meeting Abstracts'],
      },
      { name: '66th ASH Annual Meeting', abstractNumber: '1876', year: 2024 },
    ],
    [{ texts: ['Annals of Oncology, ESMO Congress 2023'] }, { name: 'ESMO Congress 2023', year: 2023 }],
    [
      {
        texts: ['J Clin Oncol 41, 2023 (suppl 16; abstr 1470-P)'],
        fallbackName: 'Journal of Clinical Oncology',
      },
      { name: 'Journal of Clinical Oncology', abstractNumber: '1470-P' },
    ],
    [
      {
        issue: 'Supplement_1',
        pages: '1470-P',
        texts: ['American Diabetes Association 84th Scientific Sessions'],
      },
      { name: 'American Diabetes Association 84th Scientific Sessions', abstractNumber: '1470-P' },
    ],
    [{ issue: 'suppl_2', pages: 'S812-S845', texts: ['ESMO Congress 2024'] }, { name: 'ESMO Congress 2024' }],
  ])('%j', (signals, congress) => {
    expect(readCongress({ known: {}, labels, ...signals })).toMatchObject(congress);
  });

  it('gives nothing when nothing is known', () => {
    expect(readCongress({ known: {}, labels, texts: ['An ordinary article'] })).toBeUndefined();
  });
});

describe('identifiers of PMC and arXiv, registry ids in addresses', () => {
  it('normalises PMC ids and arXiv ids', () => {
    expect(normalizePmcid('PMCID: PMC3531190 PMID: 1')).toBe('PMC3531190');
    expect(normalizePmcid('3531190')).toBe('PMC3531190');
    expect(normalizePmcid('none')).toBeUndefined();
    expect(normalizeArxiv('arXiv:1706.03762v7')).toBe('1706.03762');
    expect(normalizeArxiv('hep-th/9901001v2')).toBe('hep-th/9901001');
  });

  it('reads them from addresses', () => {
    expect(findPmcidInUrl('https://pmc.ncbi.nlm.nih.gov/articles/PMC3531190/')).toBe('PMC3531190');
    expect(findPmcidInUrl('https://europepmc.org/article/PMC/PMC3531190')).toBe('PMC3531190');
    expect(findArxivInUrl('https://arxiv.org/pdf/1706.03762v7')).toBe('1706.03762');
    expect(findNctInUrl('https://clinicaltrials.gov/ct2/show/NCT03746262?term=x')).toBe('NCT03746262');
    expect(findNctInUrl('https://example.org/NCT03746262')).toBeUndefined();
  });
});

describe('byline in the page', () => {
  it('pairs given names with surnames inside the author block, not in the references', () => {
    const doc =
      documentOf(`<div class="author-group"><span class="given-name">Sarah Maria</span> <span class="text surname">Vargas</span>
      <span class="given-name">Ana</span> <span class="surname">Barcelos</span></div>
      <ol class="references"><li><span class="given-name">Cited</span> <span class="surname">Author</span></li></ol>`);
    expect(readByline(doc)).toEqual([
      { name: 'Sarah Maria Vargas', family: 'Vargas', given: 'Sarah Maria', affiliations: [] },
      { name: 'Ana Barcelos', family: 'Barcelos', given: 'Ana', affiliations: [] },
    ]);
  });
});

describe('page kind from content', () => {
  it.each([
    [{ siteKind: 'pubmed-abstract' as const }, 'pubmed-abstract'],
    [
      { doi: '10.1200/jco.2025.43.16_suppl.8512', journal: 'Journal of Clinical Oncology' },
      'congress-abstract',
    ],
    [{ journal: 'Blood', issue: 'Supplement 1' }, 'congress-abstract'],
    [{ journal: 'Nucleic Acids Res', issue: 'Database issue' }, 'journal-article'],
    [{ type: 'meeting-abstract' }, 'congress-abstract'],
    [{ declaredKind: 'trial-registry' as const }, 'trial-registry'],
  ])('%j -> %s', (signals, kind) => {
    expect(classifyPage({ urls: ['https://example.org/a'], ...signals })).toBe(kind);
  });
});

describe('every layer is guarded', () => {
  it('keeps reading when one layer meets markup it cannot use', () => {
    const html = `<head><title>Guarded</title>
      <meta name="citation_title" content="Guarded page">
      <meta name="citation_doi" content="10.5555/guard">
      <meta name="citation_abstract" content="&lt;h3&gt;Background&lt;/h3&gt;&lt;p&gt;${'Text of the abstract. '.repeat(6)}&lt;/p&gt;">
      <script type="application/ld+json">[[[{"@type": </script></head>
      <body><h1>Guarded page</h1><p>${'A paragraph of prose long enough to be read as an article. '.repeat(12)}</p></body>`;
    const page = extractPage(
      documentOf(html, 'https://pubmed.ncbi.nlm.nih.gov/1/'),
      'https://pubmed.ncbi.nlm.nih.gov/1/',
    );
    expect(page).toMatchObject({
      kind: 'pubmed-abstract',
      title: 'Guarded page',
      doi: '10.5555/guard',
      pmid: '1',
    });
    expect(page.abstract?.sections[0]?.label).toBe('Background');
    expect(page.fieldSources).toMatchObject({
      title: 'citation',
      doi: 'citation',
      pmid: 'url',
      kind: 'site',
    });
  });
});
