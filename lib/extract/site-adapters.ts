// Site adapters as data: URL pattern -> where each field sits on PubMed, PMC, Europe PMC, registries, preprint servers and congress sites.
import type { SiteAdapter } from './site-adapter-types';

/** Registry labels for the date a record was first made public: the year a registry entry is cited with. */
const REGISTERED = [
  'First Posted',
  'Study First Posted',
  'First Submitted',
  'First received',
  'Date registered',
];

/**
 * One row per site. To add a site: a row with its URL pattern (and `detect` selectors that identify a
 * saved copy), the fields the site prints better than its meta tags, and a fixture page in
 * tests/fixtures/pages. Fields left out come from citation_*, JSON-LD, Dublin Core, PRISM, Open Graph.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  {
    name: 'PubMed',
    urls: [/^https?:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d/i],
    detect: ['meta[name="ncbi_db" i][content="pubmed" i]', 'h1.heading-title'],
    kind: 'pubmed-abstract',
    title: 'h1.heading-title',
    authors: {
      container: '.authors-list',
      items: '.authors-list-item',
      name: '.full-name, .collective-name',
      affiliationAttr: { css: 'a.affiliation-link[title]', attr: 'title' },
      refs: 'a.affiliation-link:not([title])',
      affiliationList: { items: '.affiliations .item-list > li', key: 'sup.key' },
    },
    // The journal's own capitalisation first; the trigger's title is the NLM catalogue's sentence case.
    // Class, not id: ids of buttons are removed against DOM clobbering before adapters run.
    journal: [
      { css: 'meta[name="citation_journal_title" i]', attr: 'content' },
      { css: '.article-source .journal-actions-trigger', attr: 'title' },
    ],
    journalAbbrev: '.article-source .journal-actions-trigger',
    citation: { spec: '#full-view-heading .article-source .cit, .article-source .cit', withJournal: false },
    pmid: '#full-view-identifiers .current-id',
    doi: '#full-view-identifiers .identifier.doi .id-link',
    pmcid: '#full-view-identifiers .identifier.pmc .id-link',
    abstract: { css: ['#eng-abstract', '#abstract .abstract-content'] },
    keywords: [{ label: ['Keywords'] }, { css: '#mesh-terms .keyword-actions-trigger' }],
  },
  {
    name: 'PubMed (legacy layout)',
    urls: [/^https?:\/\/(?:www\.)?ncbi\.nlm\.nih\.gov\/pubmed\/\d/i],
    detect: ['div.rprt.abstract', 'div.rprt.abstract .auths'],
    kind: 'pubmed-abstract',
    title: 'div.rprt.abstract h1',
    authors: {
      container: 'div.rprt.abstract .auths',
      items: 'a',
      refs: '+sup',
      affiliationList: { items: 'div.rprt.abstract .afflist li', key: 'sup' },
    },
    journal: { css: 'div.rprt.abstract .cit a[title]', attr: 'title' },
    journalAbbrev: 'div.rprt.abstract .cit a',
    citation: { spec: 'div.rprt.abstract .cit', withJournal: true },
    pmid: { css: 'div.rprt.abstract .rprtid dd', pattern: /^\d{1,9}\b/ },
    doi: 'div.rprt.abstract .rprtid a[ref*="aid_type=doi"]',
    abstract: { css: ['div.rprt.abstract .abstr'] },
    keywords: [
      { css: 'div.rprt.abstract .keywords p', split: true },
      { css: 'meta[name="keywords" i]', attr: 'content', split: true },
    ],
  },
  {
    name: 'PubMed Central',
    urls: [
      /^https?:\/\/pmc\.ncbi\.nlm\.nih\.gov\/articles\/PMC\d/i,
      /^https?:\/\/(?:www\.)?ncbi\.nlm\.nih\.gov\/pmc\/articles\/PMC\d/i,
    ],
    detect: ['meta[name="ncbi_db" i][content="pmc" i]', 'meta[name="citation_title" i]'],
    kind: 'pmc-article',
    pmcid: { label: ['PMCID'] },
    abstract: { css: ['section.abstract', '#abstract1'] },
    keywords: [{ label: ['Keywords'] }],
  },
  {
    name: 'Europe PMC (PubMed record)',
    urls: [/^https?:\/\/(?:www\.)?europepmc\.org\/(?:article|abstract)\/MED\/\d/i],
    kind: 'pubmed-abstract',
    abstract: { css: ['#article--abstract--content', '#abstract', '.abstract'] },
    keywords: [{ label: ['Keywords'] }],
  },
  {
    name: 'Europe PMC (full text)',
    urls: [/^https?:\/\/(?:www\.)?europepmc\.org\/(?:article\/PMC\/|articles\/)PMC\d/i],
    kind: 'pmc-article',
    abstract: { css: ['#article--abstract--content', '#abstract', '.abstract'] },
  },
  {
    name: 'ClinicalTrials.gov',
    urls: [/^https?:\/\/(?:www\.)?clinicaltrials\.gov\/study\/NCT\d{8}/i],
    detect: ['ctg-study-details', 'ctg-study-overview'],
    kind: 'trial-registry',
    title: ['ctg-study-details-header h1', 'h1', { label: ['Brief Title'] }],
    date: [
      { css: '[path="protocolSection.statusModule.studyFirstPostDateStruct.date"]' },
      { label: REGISTERED },
    ],
    nct: ['ctg-study-details-header .nct-id', { label: ['ClinicalTrials.gov ID', 'NCT Number'] }],
    abstract: {
      css: ['[path="protocolSection.descriptionModule.briefSummary"]', '#brief-summary'],
      label: ['Brief Summary'],
    },
    keywords: [
      { css: '[path="protocolSection.conditionsModule.conditions"] li' },
      { css: '[path="protocolSection.conditionsModule.keywords"] li' },
    ],
  },
  {
    name: 'ClinicalTrials.gov (classic)',
    urls: [
      /^https?:\/\/(?:www\.|classic\.)?clinicaltrials\.gov\/(?:ct2\/show|show)\/(?:record\/|study\/)?NCT\d{8}/i,
    ],
    detect: ['h1.tr-h1', 'meta[name="ncbi_app" i][content="ctgov" i]'],
    kind: 'trial-registry',
    title: ['h1.tr-h1', 'h1'],
    date: { label: REGISTERED },
    abstract: { label: ['Brief Summary'] },
  },
  {
    name: 'EU Clinical Trials Register',
    urls: [/^https?:\/\/(?:www\.)?clinicaltrialsregister\.eu\/ctr-search\/trial\//i],
    kind: 'trial-registry',
    title: { label: ['Full title of the trial'] },
    date: { label: ['Date on which this record was first entered in the EudraCT database'] },
  },
  {
    name: 'bioRxiv',
    urls: [/^https?:\/\/(?:www\.)?biorxiv\.org\/content\//i],
    kind: 'preprint',
    journal: { value: 'bioRxiv' },
    date: { css: '.pane-content', pattern: /^Posted\s+(.+?\d{4})\.?$/ },
    abstract: { css: ['#abstract-1', '.section.abstract'] },
  },
  {
    name: 'medRxiv',
    urls: [/^https?:\/\/(?:www\.)?medrxiv\.org\/content\//i],
    kind: 'preprint',
    journal: { value: 'medRxiv' },
    date: { css: '.pane-content', pattern: /^Posted\s+(.+?\d{4})\.?$/ },
    abstract: { css: ['#abstract-1', '.section.abstract'] },
  },
  {
    name: 'ASCO Meeting Library',
    urls: [
      /^https?:\/\/meetings\.asco\.org\/abstracts-presentations\/\d/i,
      /^https?:\/\/meetinglibrary\.asco\.org\/(?:record|content)\//i,
    ],
    kind: 'congress-abstract',
    title: 'h1',
    authors: {
      container: '.authors-list',
      items: '.author',
      name: '.author-name',
      affiliation: '.author-affiliation',
    },
    journal: { value: 'Journal of Clinical Oncology' },
    journalAbbrev: { value: 'J Clin Oncol' },
    doi: { label: ['DOI'] },
    nct: { label: ['Clinical Trial Registration Number'] },
    // "J Clin Oncol 43, 2025 (suppl 16; abstr 8512)"
    date: { label: ['Citation'], pattern: /,\s*((?:19|20)\d\d)\b/ },
    volume: { label: ['Citation'], pattern: /J Clin Oncol\s+(\d+)/ },
    issue: { label: ['Citation'], pattern: /\((suppl[^;)]*)/i },
    abstract: { css: ['.abstract-body', '[data-testid="abstract-body"]'], label: ['Abstract'] },
    congress: {
      name: { label: ['Meeting'] },
      abstractNumber: [
        { label: ['Abstract #', 'Abstract Number', 'Abstract No.'] },
        { label: ['Citation'], pattern: /abstr\s+([A-Z]*\d+[A-Za-z-]*)/ },
      ],
      session: { label: ['Session Title', 'Session'] },
      presenter: { label: ['Presenter', 'Presenting Author'] },
    },
  },
  {
    name: 'ESMO OncologyPRO',
    urls: [/^https?:\/\/oncologypro\.esmo\.org\/meeting-resources\//i],
    kind: 'congress-abstract',
    title: 'h1',
    authors: {
      container: '.field--name-field-authors',
      items: '.author',
      refs: 'sup',
      affiliationList: { items: '.field--name-field-affiliations li', key: 'sup' },
    },
    journal: { value: 'Annals of Oncology' },
    // "Annals of Oncology (2024) 35 (suppl_2): S1-S72. 10.1016/annonc/annonc1623"
    volume: { label: ['Citation'], pattern: /\)\s*(\d+)\s*\(/ },
    issue: { label: ['Citation'], pattern: /\((suppl[^)]*)\)/i },
    doi: { label: ['Citation', 'DOI'], pattern: /10\.\d{4,9}\/\S+/ },
    date: { label: ['Date'] },
    abstract: { css: ['.abstract-content', '.field--name-field-abstract'], label: ['Abstract'] },
    titleNumberPrefix: /^([A-Z]{0,4}\d{1,5}[A-Z]{0,4})\s+[-\u2013\u2014]\s+/,
    congress: {
      name: { css: 'nav.breadcrumb a[href*="/meeting-resources/"]' },
      abstractNumber: { label: ['Presentation Number', 'Abstract Number'] },
      session: { label: ['Session'] },
      presenter: { label: ['Presenters', 'Presenter', 'Speakers', 'Speaker'] },
    },
  },
  {
    name: 'ASH (Blood meeting abstracts)',
    urls: [/^https?:\/\/ashpublications\.org\/blood\/article\/\d+\/Supplement/i],
    kind: 'congress-abstract',
    congress: {
      session: { label: ['Session'] },
      presenter: { label: ['Presenter', 'Presenting Author'] },
    },
  },
  {
    name: 'ADA Scientific Sessions (Diabetes supplement)',
    urls: [/^https?:\/\/diabetesjournals\.org\/[a-z]+\/article\/\d+\/Supplement_\d+\//i],
    kind: 'congress-abstract',
    congress: {
      session: { label: ['Session', 'Category'] },
      presenter: { label: ['Presenter', 'Presenting Author'] },
    },
  },
  {
    name: 'EHA Library',
    urls: [/^https?:\/\/library\.ehaweb\.org\/eha\/\d{4}\//i],
    kind: 'congress-abstract',
    title: ['h1', '.title'],
    congress: {
      abstractNumber: {
        label: ['Abstract', 'Abstract Number', 'Presentation Number'],
        pattern: /^[A-Z]{0,3}\d{1,5}[A-Z]?$/,
      },
      session: { label: ['Session title', 'Session'] },
      presenter: { label: ['Presenter', 'Speaker'] },
    },
  },
  {
    name: 'AACR (meeting abstracts in journal supplements)',
    urls: [/^https?:\/\/aacrjournals\.org\/[a-z]+\/article\/\d+\/\d+_Supplement\//i],
    kind: 'congress-abstract',
    congress: {
      session: { label: ['Session', 'Session Title'] },
      presenter: { label: ['Presenter', 'Presenting Author'] },
    },
  },
];
