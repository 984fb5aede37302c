// Finds the words of a note that name a clinical event: lexicon terms, abbreviations, lab and vital values past their thresholds, serious outcomes.
import { foldTextWithOrigins as foldText } from '../text/fold';
import ctcae from './lexicon/ctcae-terms.json';
import lay from './lexicon/lay-terms.json';
import { LAB_TESTS, VALUE_LEAD_IN, type LabRule } from './lexicon/lab-thresholds';
import { termsPattern } from './lexicon/term-pattern';
import type { TextSpan } from './types';

/** How an event was named: a term of the lexicon, a disease-shaped word, a value past its threshold, or a serious outcome. */
export type EventSource = 'term' | 'abbreviation' | 'disease-word' | 'lab-value' | 'outcome';

/** An event named in the text, with where it is. */
export interface EventMention extends TextSpan {
  source: EventSource;
  /** Conditions a patient often has anyway (hypertension, fatigue): an event only when the note says it is new. */
  needsOnset: boolean;
}

const TERMS = termsPattern([...ctcae.terms, ...lay.terms]);
const ONSET_REQUIRED = new Set(lay.onsetRequired.map((t) => t.toLowerCase()));
const ABBREVIATIONS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${lay.abbreviations.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})s?(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Abbreviations that name the idea of an adverse event rather than one. */
const GENERIC_ABBREVIATIONS = /^(?:S?AEs?|ADRs?|SUSARs?)$/;
const DISEASE_WORD =
  /(?<![\p{L}\p{N}-])\p{L}[\p{L}-]{2,40}?(?:itis|a?emia|penia|pathy|algia|osis|plegia|rrhages?|toxicity|lysis)(?![\p{L}\p{N}])/gu;
/** Words ending like a disease that are not an event. */
const NOT_AN_EVENT =
  /^(?:diagnosis|prognosis|academia|empathy|sympathy|telepathy|homeopathy|osteopathy|naturopathy|nostalgia|apotheosis|symbiosis|hypnosis|analysis|meta-?analysis|dialysis|hydrolysis|catalysis|paralysis|emphasis|basis|thesis|synthesis|hypothesis|osmosis|mitosis|fibrosis|psoriasis|endometriosis|sclerosis|arthritis|spondylitis|dermatitis|myelofibrosis|amyloidosis|sarcoidosis|osteoporosis|atherosclerosis|thalassemia|thalassaemia|lipidemia|dyslipidemia|hyperlipidemia|hypercholesterolemia|spondylosis|ichthyosis|hidradenitis|osteoarthritis|anemia|anaemia)$/i;
/** Serious outcomes that are an event in themselves, matched on the folded text. */
const OUTCOMES =
  /\b(?:died|passed away|death|fatal(?:ity)?|(?:was|were|got|being|been) admitted|admitted (?:to|with|for|via|through|into)|readmitted|admission (?:for|with)|hospitali[sz](?:ed|ation)|in hospital with|(?:er|ed|a&e|a and e|emergency(?: room| department)?) (?:visit|attendance|presentation|trip)|(?:went|taken|rushed|brought|sent|presented) to (?:the )?(?:er|ed|a&e|emergency|hospital|icu)|ended up in (?:the )?(?:er|ed|a&e|hospital|icu)|(?:icu|itu|hdu) (?:admission|stay)|intubated|ventilated|resuscitated|code blue|(?:stopped|discontinued|d\/c(?:'?d)?|dc(?:'?d)?|held|interrupted|withdrew|withdrawn|came off|taken off|switched off)(?: [\w-]+){0,4}? (?:because of|due to|owing to|secondary to|2\/2)|(?:became|fell|got) pregnant|pregnant (?:while |whilst )?on|pregnancy exposure|conceived|overdosed|took (?:a )?(?:double|triple|extra|too many|\d+ times? the)|life-?threatening|(?:was|were) hosp\.|in (?:the )?(?:icu|itu|hdu|intensive care)|took (?:a |the )?whole (?:week|month|box|pack|bottle)|lost (?:all |most |some |a lot )?(?:of )?(?:her|his|their) hair|(?:lfts?|alt|ast|transaminases|liver enzymes|creatinine|creat|bilirubin|bili|lipase|ck|troponin|trop)\s+(?:\w+\s+)?(?:doubled|tripled|quadrupled|shot up|sky-?rocketed|went through the roof))\b/g;
const LAB_PATTERNS = LAB_TESTS.map((test) => ({
  test,
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${test.labels})(?![\\p{L}\\p{N}])${VALUE_LEAD_IN}(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?)\\s*`,
    'gu',
  ),
}));

/** The unit after a value, to include it in what is highlighted. */
const UNIT =
  /^(?:(?:x|×|times) ?uln|[uμµ]?(?:mol|iu|u|mu|mg|g|meq)\s?\/\s?(?:l|dl|ml)|ms|msec|bpm|%|°\s?[cf]|k|x ?10\^?9(?:\/l)?|\/\s?[uμµ]l|\/\d+|mmhg)?/u;

/** Every event named in the text, in order; overlapping mentions keep the longest. */
export function findEventMentions(text: string): EventMention[] {
  const folded = foldText(text);
  const original = (from: number, to: number): TextSpan => ({
    start: folded.origin[from] ?? 0,
    end: folded.origin[to] ?? text.length,
  });
  const mentions: EventMention[] = [];
  for (const m of folded.text.matchAll(TERMS)) {
    const term = m[0].replace(/[\s-]+/g, ' ');
    const needsOnset = ONSET_REQUIRED.has(term) || ONSET_REQUIRED.has(term.replace(/e?s$/, ''));
    mentions.push({ ...original(m.index, m.index + m[0].length), source: 'term', needsOnset });
  }
  for (const m of text.matchAll(ABBREVIATIONS)) {
    // "AE", "SAE", "ADR" name the idea of an event ("the AE table"); an event only when something happened.
    const needsOnset = GENERIC_ABBREVIATIONS.test(m[0]);
    mentions.push({ start: m.index, end: m.index + m[0].length, source: 'abbreviation', needsOnset });
  }
  for (const m of folded.text.matchAll(DISEASE_WORD)) {
    if (NOT_AN_EVENT.test(m[0])) continue;
    mentions.push({ ...original(m.index, m.index + m[0].length), source: 'disease-word', needsOnset: true });
  }
  for (const m of folded.text.matchAll(OUTCOMES)) {
    mentions.push({ ...original(m.index, m.index + m[0].length), source: 'outcome', needsOnset: false });
  }
  for (const { test, pattern } of LAB_PATTERNS) {
    for (const m of folded.text.matchAll(pattern)) {
      const digits = m[1] ?? '';
      const value = Number(
        /^\d{1,3}(?:,\d{3})+$/.test(digits) ? digits.replace(/,/g, '') : digits.replace(',', '.'),
      );
      const after = folded.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (!isPastThreshold(value, after, test.rules)) continue;
      const unit = UNIT.exec(after)?.[0] ?? '';
      const end = unit ? m.index + m[0].length + unit.length : m.index + m[0].trimEnd().length;
      mentions.push({ ...original(m.index, end), source: 'lab-value', needsOnset: false });
    }
  }
  return keepLongest(mentions);
}

/** Whether a value is an event: the first rule whose unit matches what follows the number, and whose range fits it, decides. */
function isPastThreshold(value: number, after: string, rules: readonly LabRule[]): boolean {
  if (!Number.isFinite(value)) return false;
  const plausible = (r: LabRule) => !r.plausible || (value >= r.plausible[0] && value <= r.plausible[1]);
  const rule = rules.find((r) => r.unit.test(after) && plausible(r));
  if (!rule) return false;
  return (
    (rule.atLeast !== undefined && value >= rule.atLeast) ||
    (rule.atMost !== undefined && value <= rule.atMost)
  );
}

function keepLongest(mentions: EventMention[]): EventMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EventMention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
