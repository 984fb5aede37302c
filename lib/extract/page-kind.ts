// Classifies a page (PubMed record, PMC article, registry entry, preprint...) from simple signals.
import type { SourceKind } from '../model';

/** What the classifier looks at; all plain data, read before classification. */
export interface KindSignals {
  /** The address the page was read from and its declared canonical address, when it has one. */
  urls: readonly string[];
  journal?: string;
  doi?: string;
  /** `citation_conference_title` or another sign that the work is a meeting abstract. */
  conference?: string;
}

/** One row of the classifier: the first row whose URL pattern or predicate matches decides. */
interface KindRule {
  kind: SourceKind;
  url?: RegExp;
  when?: (signals: KindSignals) => boolean;
}

/**
 * Ordered rules, URL patterns before content signals, so that a PubMed record with a DOI is still a
 * PubMed record. Site adapters will add rows here; the canonical address counts too, so a saved or
 * locally served copy of a page is classified like the original.
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
  { kind: 'congress-abstract', url: /^https?:\/\/(?:www\.)?ascopubs\.org\/doi\/(?:abs\/|full\/)?10\.1200\/JCO\.[\d.]+_suppl/i },
  { kind: 'congress-abstract', url: /^https?:\/\/oncologypro\.esmo\.org\/meeting-resources\//i },
  { kind: 'congress-abstract', when: (signals) => !!signals.conference },
  { kind: 'journal-article', when: (signals) => !!signals.journal || !!signals.doi },
];

/** The kind of page, by the first matching rule; 'web-page' when no rule matches. */
export function classifyPage(signals: KindSignals): SourceKind {
  for (const rule of KIND_RULES) {
    if (rule.url && signals.urls.some((url) => rule.url?.test(url))) return rule.kind;
    if (rule.when?.(signals)) return rule.kind;
  }
  return 'web-page';
}
