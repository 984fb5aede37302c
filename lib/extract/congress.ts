// Congress details (meeting, year, abstract number, session, presenter) from labels, citations, DOIs and printed meeting names.
import type { CongressInfo } from '../model';
import type { LabelIndex } from './labelled-values';
import { cleanText } from './plain-text';

/** Labels congress pages print their details under, best first. */
export const CONGRESS_LABELS = {
  name: ['Meeting', 'Congress', 'Conference', 'Meeting Name'],
  abstractNumber: [
    'Abstract Number',
    'Abstract #',
    'Abstract No.',
    'Abstract No',
    'Presentation Number',
    'Abstract ID',
  ],
  session: ['Session Title', 'Session', 'Session Name'],
  presenter: ['Presenter', 'Presenting Author', 'Presented by', 'Presenters', 'Speaker', 'Speakers'],
} as const;

/** Meeting names as printed in citation formats, headers and issue titles. */
const MEETING_NAMES: readonly RegExp[] = [
  /\bProceedings of the ((?:(?:[A-Z][\w&'-]*|for|of|on|the|and|in),?\s+){1,12}?(?:Annual Meeting|Meeting|Congress|Symposium|Conference)(?:\s+(?:19|20)\d\d)?)/,
  /\b((?:19|20)\d\d\s+ASCO\s+(?:Annual Meeting(?:\s+I{1,2}\b)?|Breakthrough|(?:[A-Z][A-Za-z]+\s+){1,3}Symposium))/,
  /\b(\d{1,3}(?:st|nd|rd|th)\s+(?:ASH|EHA)\s+Annual\s+(?:Meeting|Congress)(?:\s+(?:&|and)\s+Exposition)?)/,
  /\b(ESMO\s+(?:[A-Z][A-Za-z]+\s+){0,3}(?:Congress|Summit|Symposium)(?:\s+(?:19|20)\d\d)?)/,
  /\b(EHA(?:\s*(?:19|20)\d\d)?\s+(?:Hybrid\s+)?Congress)/,
  /\b(AACR\s+Annual\s+Meeting(?:\s+(?:19|20)\d\d)?)/,
  /\b((?:(?:19|20)\d\d\s+)?San Antonio Breast Cancer Symposium)/,
  /\b((?:American Diabetes Association['\u2019]?s?\s+)?\d{1,3}(?:st|nd|rd|th)\s+Scientific Sessions)/,
];

/** Abstract numbers as citation formats print them: AACR's "Abstract nr CT123", JCO's "abstr 8512". */
const NUMBER_IN_TEXT: readonly RegExp[] = [
  /\bAbstract\s+nr\.?\s*([A-Z]{0,4}\d{1,5}[A-Z]{0,4})\b/i,
  /\babstr\.?\s+([A-Z]{0,4}\d{1,5}[A-Z]{0,4}(?:-[A-Z]+)?)\b/i,
];

/** Abstract numbers in meeting-abstract DOIs: JCO's "…16_suppl.8512", AACR's "…AM2023-CT123". */
const NUMBER_IN_DOI: readonly RegExp[] = [
  /_suppl\.([a-z]{0,4}\d{1,5}[a-z]{0,4})$/i,
  /\.(?:am|sabcs|ad)\d{2,4}-([a-z]{0,4}\d{1,5}[a-z]{0,4})$/i,
];

/** An issue that is a supplement: where journals publish meeting abstracts ("16_suppl", "Supplement 1"). */
export const SUPPLEMENT = /(?:^|[\s_(])suppl(?:ement)?(?:\b|_)/i;

/** What the congress reader looks at; all read before, plain data. */
export interface CongressSignals {
  /** What the layers said already (site adapter, citation_conference_title). */
  known: Partial<CongressInfo>;
  labels: LabelIndex;
  doi?: string;
  issue?: string;
  pages?: string;
  year?: number;
  /** Texts where a meeting name or an abstract number may be printed: titles, the abstract, the page text. */
  texts: readonly (string | undefined)[];
  /** What to call the meeting when the page names none: the journal or site that published the abstract. */
  fallbackName?: string;
}

function firstMatch(patterns: readonly RegExp[], texts: readonly (string | undefined)[]): string | undefined {
  for (const text of texts) {
    if (!text) continue;
    for (const pattern of patterns) {
      const found = pattern.exec(text)?.[1];
      if (found) return cleanText(found);
    }
  }
  return undefined;
}

/** Congress details of a congress abstract; undefined when nothing at all is known. */
export function readCongress(signals: CongressSignals): CongressInfo | undefined {
  const { known, labels } = signals;
  // A supplement's "page" is the abstract number when it is one token: 1876, CT045, 1470-P (not a range, not S812).
  const supplementPage =
    signals.issue &&
    SUPPLEMENT.test(signals.issue) &&
    signals.pages &&
    /^[A-Z]{0,4}\d{1,5}[A-Z]{0,4}(?:-[A-Z]{1,3})?$/i.test(signals.pages) &&
    !/^S\d/.test(signals.pages)
      ? signals.pages
      : undefined;
  const abstractNumber =
    known.abstractNumber ??
    labels.value(CONGRESS_LABELS.abstractNumber) ??
    firstMatch(NUMBER_IN_DOI, [signals.doi])?.toUpperCase() ??
    firstMatch(NUMBER_IN_TEXT, signals.texts) ??
    supplementPage;
  const session = known.session ?? labels.value(CONGRESS_LABELS.session);
  const presenter = known.presenter ?? labels.value(CONGRESS_LABELS.presenter);
  const printed =
    known.name ?? labels.value(CONGRESS_LABELS.name) ?? firstMatch(MEETING_NAMES, signals.texts);
  const name = printed ?? (abstractNumber || session || presenter ? signals.fallbackName : undefined);
  if (!name) return undefined;
  const info: CongressInfo = { name: short(name) ?? name };
  const year = Number(/\b((?:19|20)\d\d)\b/.exec(name)?.[1]) || known.year || signals.year;
  if (year) info.year = year;
  if (abstractNumber) info.abstractNumber = short(abstractNumber, 40);
  if (session) info.session = short(session);
  if (presenter) info.presenter = short(presenter);
  return info;
}

function short(text: string, max = 300): string | undefined {
  const cleaned = cleanText(text);
  return cleaned && cleaned.length > max ? cleaned.slice(0, max) : cleaned;
}
