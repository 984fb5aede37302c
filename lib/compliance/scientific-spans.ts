// Finds the identifiers and numbers of scholarly and professional writing (DOIs, trial ids, citations, statistics, NPIs) that look like personal numbers but are not.
import type { TextSpan } from './types';

/** One kind of scholarly text that a number-shaped identifier detector must not report. */
interface ScientificPattern {
  name: string;
  pattern: RegExp;
}

// Each entry is one line: a name for the test that covers it, and what it looks like.
const SCIENTIFIC_PATTERNS: ScientificPattern[] = [
  { name: 'DOI', pattern: /\b(?:doi:\s*)?10\.\d{4,9}\/[^\s"<>]+/gi },
  {
    name: 'trial registry id',
    pattern:
      /\b(?:NCT\d{8}|ISRCTN\d{8}|EUCTR[\d-]+\w*|(?:EudraCT\s*(?:No\.?|number)?\s*:?\s*)?20\d{2}-\d{6}-\d{2}|CTRI\/\d{4}\/\d+\/\d+|ChiCTR[\w-]+|ACTRN\d{14}|jRCT\w+|DRKS\d{8}|UMIN\d{9})\b/gi,
  },
  {
    name: 'PMID or PMCID',
    pattern: /\b(?:PMID|PubMed(?:\s+ID)?|PMCID)\s*:?\s*(?:PMC)?\d{5,9}\b|\bPMC\d{5,9}\b/gi,
  },
  { name: 'ORCID iD', pattern: /\b(?:https?:\/\/orcid\.org\/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b/gi },
  { name: 'ISSN or ISBN', pattern: /\b(?:e?ISSN|ISBN(?:-1[03])?)\s*:?\s*[\dX][\dX -]{7,16}[\dX]\b/gi },
  {
    name: 'citation volume, issue and pages',
    pattern: /\b(?:19|20)\d{2}\s*;\s*\d+\s*(?:\(\s*[\w-]+\s*\))?\s*:\s*e?\d+(?:\s*[-–]\s*e?\d+)?/gi,
  },
  {
    name: 'volume and pages',
    pattern: /\b(?:vol(?:ume)?\.?\s*\d+[,;]?\s*)?(?:pp?\.|pages?)\s*e?\d+(?:\s*[-–]\s*e?\d+)?/gi,
  },
  {
    name: 'confidence interval or range of estimates',
    pattern: /\b\d+(?:\.\d+)?\s*%?\s*(?:CI|credible interval|confidence interval)\b[^;)\]]{0,40}/gi,
  },
  { name: 'p-value', pattern: /\bp\s*[<=>≤≥]\s*0?\.\d+(?:\s*[x×]\s*10\s*[-−–]?\s*\d+)?/gi },
  { name: 'prescriber NPI', pattern: /\bNPI\s*(?:number|no\.?|#)?\s*:?\s*\d{10}\b/gi },
  {
    name: 'grant or protocol number',
    pattern: /\b(?:grant|award|protocol)\s+(?:no\.?|number|#|ID)?\s*:?\s*[A-Z]{0,4}[\d-]*\d[\w-]*/gi,
  },
];

/** Spans of scholarly and professional identifiers and statistics, so that a PMID, a p-value or a KOL's NPI is never reported as a patient's number. */
export function findScientificSpans(text: string): TextSpan[] {
  return SCIENTIFIC_PATTERNS.flatMap(({ pattern }) =>
    [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
}

/** Whether a span overlaps any of the given spans. */
export function overlapsAny(span: TextSpan, spans: readonly TextSpan[]): boolean {
  return spans.some((other) => span.start < other.end && other.start < span.end);
}

/** The table's names, so a test can check that each kind is covered by an example. */
export const SCIENTIFIC_PATTERN_NAMES: readonly string[] = SCIENTIFIC_PATTERNS.map((p) => p.name);
