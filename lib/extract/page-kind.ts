// Classifies a page (PubMed record, PMC article, registry entry, preprint...) from simple signals.
import type { SourceKind } from '../model';
import { SUPPLEMENT } from './congress';

/** What the classifier looks at; all plain data, read before classification. */
export interface KindSignals {
  /** The address the page was read from and its declared canonical address, when it has one. */
  urls: readonly string[];
  /** The kind a site adapter declares for its pages. */
  siteKind?: SourceKind;
  /** The kind the page's JSON-LD declares (MedicalTrial: a registry record). */
  declaredKind?: SourceKind;
  journal?: string;
  doi?: string;
  /** `citation_conference_title` or another sign that the work is a meeting abstract. */
  conference?: string;
  /** dc.type and the like ("meeting-abstract"). */
  type?: string;
  /** The issue as printed: journals publish meeting abstracts in supplements ("16_suppl", "Supplement 1"). */
  issue?: string;
}

/** DOIs that publishers give meeting abstracts: JCO supplements (…16_suppl.8512), AACR proceedings (…AM2023-CT123). */
const MEETING_DOI = /^10\.1200\/jco\.[\d.]+_suppl\.|^10\.1158\/1538-7445\.(?:am|sabcs)\d/i;
/** dc.type values of meeting abstracts. */
const MEETING_TYPE = /\b(?:meeting|conference|congress)[- ]?(?:abstract|paper|poster)?\b/i;

/** One row of the classifier: the first row whose URL pattern or predicate matches decides. */
interface KindRule {
  kind: SourceKind;
  url?: RegExp;
  when?: (signals: KindSignals) => boolean;
}

/**
 * Ordered rules: a site adapter's kind, then URL patterns, then content signals, so that a PubMed record
 * with a DOI is still a PubMed record. The canonical address counts too, so a saved or locally served
 * copy of a page is classified like the original.
 */
export const KIND_RULES: readonly KindRule[] = [
  { kind: 'pubmed-abstract', url: /^https?:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d/i },
  { kind: 'pubmed-abstract', url: /^https?:\/\/(?:www\.)?ncbi\.nlm\.nih\.gov\/pubmed\b/i },
  { kind: 'pmc-article', url: /^https?:\/\/(?:www\.)?ncbi\.nlm\.nih\.gov\/pmc\//i },
  { kind: 'pmc-article', url: /^https?:\/\/pmc\.ncbi\.nlm\.nih\.gov\/articles\//i },
  { kind: 'pmc-article', url: /^https?:\/\/(?:www\.)?europepmc\.org\/(?:article\/PMC|articles\/PMC)/i },
  { kind: 'trial-registry', url: /^https?:\/\/(?:www\.|classic\.)?clinicaltrials\.gov\//i },
  { kind: 'trial-registry', url: /^https?:\/\/(?:www\.)?clinicaltrialsregister\.eu\//i },
  { kind: 'trial-registry', url: /^https?:\/\/euclinicaltrials\.eu\//i },
  { kind: 'trial-registry', url: /^https?:\/\/(?:www\.)?isrctn\.com\/ISRCTN\d/i },
  { kind: 'preprint', url: /^https?:\/\/(?:www\.)?(?:biorxiv|medrxiv)\.org\//i },
  { kind: 'preprint', url: /^https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf|html)\//i },
  { kind: 'preprint', url: /^https?:\/\/(?:www\.)?researchsquare\.com\/article\//i },
  { kind: 'preprint', url: /^https?:\/\/(?:www\.)?preprints\.org\/manuscript\//i },
  { kind: 'congress-abstract', url: /^https?:\/\/meetings\.asco\.org\/abstracts-presentations\//i },
  {
    kind: 'congress-abstract',
    url: /^https?:\/\/(?:www\.)?ascopubs\.org\/doi\/(?:abs\/|full\/)?10\.1200\/JCO\.[\d.]+_suppl/i,
  },
  { kind: 'congress-abstract', url: /^https?:\/\/oncologypro\.esmo\.org\/meeting-resources\//i },
  { kind: 'congress-abstract', when: (signals) => !!signals.doi && MEETING_DOI.test(signals.doi) },
  { kind: 'trial-registry', when: (signals) => signals.declaredKind === 'trial-registry' },
  {
    kind: 'congress-abstract',
    when: (signals) => !!signals.conference || MEETING_TYPE.test(signals.type ?? ''),
  },
  {
    kind: 'congress-abstract',
    when: (signals) => SUPPLEMENT.test(signals.issue ?? '') && (!!signals.journal || !!signals.doi),
  },
  { kind: 'journal-article', when: (signals) => !!signals.journal || !!signals.doi },
];

/** The kind of page: the site adapter's, else the first matching rule's; 'web-page' when no rule matches. */
export function classifyPage(signals: KindSignals): SourceKind {
  if (signals.siteKind) return signals.siteKind;
  for (const rule of KIND_RULES) {
    if (rule.url && signals.urls.some((url) => rule.url?.test(url))) return rule.kind;
    if (rule.when?.(signals)) return rule.kind;
  }
  return 'web-page';
}
