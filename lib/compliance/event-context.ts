// Reads the context of an event mention in its sentence: triggers in scope (negated, hypothetical, historical...), onset, background and group statistics.
import { CONTEXT_TRIGGERS, SCOPE_TERMINATORS, type ContextKind } from './lexicon/context-triggers';
import type { TextSpan } from './types';

/** Words just before a condition that say it is new: "developed", "new-onset", "diagnosed with", "grade 3". */
const ONSET_BEFORE =
  /\b(?:developed|developing|develops|new|new-?onset|de novo|got|getting|diagnosed with|dx'?d? (?:with)?|presented with|presenting with|admitted (?:with|for)|hospitali[sz]ed (?:with|for)|experienced|experiencing|suffered|suffering|c\/o|complained of|complaining of|had (?:a|an|some|severe|bad|sudden)|having|episode of|episodes of|bout of|case of|worsening|worsened|flare of|acute|severe|serious|grade [2-5]|g[2-5]|sudden|onset of|led to|leading to|resulted in|causing|caused|triggered|induced|went into|broke out in|ended up with|now has|now with|found to have|w\/ new|with new|reported|noticed|started having|began having|new diagnosis of|picked up|caught|contracted|showed|revealed|confirmed|found|flare of(?: (?:her|his|their))?|exacerbation of(?: (?:her|his|their))?)\s+(?:[\w-]+\s+){0,3}$|\bon\s+[\w-]+(?:\s+[\w.]+){0,4}?\s*[,;]?\s+(?:with|w\/|now|then|developed|got)\s+(?:[\w-]+\s+){0,2}$/;
/** After a condition: "-induced", "secondary to the drug", "after the 2nd dose". */
const ONSET_AFTER =
  /^\s*(?:-?(?:induced|related|associated)|(?:after|following|post|within|since|shortly after|\d+\s*(?:min(?:ute)?s?|h|hrs?|hours?|d|days?|wks?|weeks?|months?)\s+(?:after|into|post|following|later))\b)/;
/** Just before a condition: it is what the patient is treated for or had anyway ("pts with RA", "indicated for", "in psoriasis"). */
const BACKGROUND_BEFORE =
  /(?:\b(?:patients?|pts?|people|those|adults|children|man|woman|someone)\s+(?:with|w\/|of|living with)|\b(?:for|in|treating|treatment of|treat|indicated for|approved (?:for|in)|label(?:led)? for|control of|resolution of|improvement (?:of|in)|remission of|reduction (?:of|in)|relief of|risk of|less|fewer|lower|reduced|decreased|improved|resolved|better)\b)\s+(?:[\w-]+\s+){0,2}$/;
/** A sentence with no single patient in it but an individual course of events: "anaphylaxis 10 minutes into the first infusion". */
const INDIVIDUAL_COURSE =
  /\b(?:developed|experienced|suffered|presented|complained|collapsed|fainted|died|passed away|admitted|hospitali[sz]ed|intubated|went into|ended up|broke out|was diagnosed|got|had to|stopped|discontinued|d\/c|held|came off|(?:first|second|third|last|next|\d+(?:st|nd|rd|th))\s+(?:dose|infusion|injection|shot|cycle|jab)|\d+\s*(?:min(?:ute)?s?|h|hrs?|hours?|d|days?|wks?|weeks?)\s+(?:after|into|post|following|later)|post-?dose|on day \d+|day \d+ of|since starting|after starting|shortly after|after \d+ (?:doses|cycles|infusions|injections|weeks|months)|complain\w*|picked up|caught|contracted|came back|turned up|rang|called|born with|delivered|gave birth|miscarried|g(?:rade)?\s?[1-5]|needing|needed|requiring|required|treated (?:with|in)|resolved|recovered|ongoing|settled|improving|fatal|now on|started on|put on|left with|can'?t|couldn'?t|unable to|diagnosed|switched (?:from|to)|reduced|dose[- ]reduced|held|on hold|episodes? of|started [\w-]+ \d+ (?:d|days?|wks?|weeks?|mo|months?) ago|since (?:the|his|her) (?:first|second|\d+(?:st|nd|rd|th)|last|loading) dose)\b|→|->/;
/** A sentence about a group: rates, counts of patients, trial arms, study designs. */
const GROUP_STATISTICS =
  /\d\s?%|\bn\s?=\s?\d|\b\d+\s?(?:\/|of|out of)\s?\d+\s+(?:pts|patients|subjects|participants|people|cases|treated)\b|\b(?:\d+|two|three|four|five|six|several|many|most|some|few|multiple)\s+(?:pts|patients|subjects|participants|cases|people)\b|\b(?:incidence|rates? of|response rates?|arms?|cohorts?|placebo|randomi[sz]ed|phase (?:[1-4]|i{1,3}v?|iv)\b|trials?|stud(?:y|ies)|pooled|meta-?analys[ie]s|registry|real-?world|post-?hoc|subgroups?|median|mean|hazard|odds|ci|versus|vs\.?|compared with|per cent|percent|the label|smpc|in patients|patients (?:treated|receiving) with|poster|abstract|publication|paper|data (?:showed|suggest))\b/;

/** A folded sentence with its context triggers and clause breaks found once, for all the events in it. */
export interface ReadSentence {
  text: string;
  triggers: {
    kind: ContextKind;
    from: number;
    to: number;
    direction: 'forward' | 'backward' | 'both';
    reach: number;
  }[];
  breaks: TextSpan[];
}

/** Finds a sentence's triggers and clause breaks; `contextOf` then answers for each event in it. */
export function readSentence(text: string): ReadSentence {
  const triggers = CONTEXT_TRIGGERS.flatMap((t) =>
    [...text.matchAll(t.pattern)].map((m) => ({
      kind: t.kind,
      from: m.index,
      to: m.index + m[0].length,
      direction: t.direction,
      reach: t.reach,
    })),
  );
  const breaks = [...text.matchAll(SCOPE_TERMINATORS)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  return { text, triggers, breaks };
}

/** The half-open range of the clause around `at`: terminators ("but", ";") bound it. */
function clauseAround(breaks: readonly TextSpan[], length: number, at: number): TextSpan {
  let start = 0;
  let end = length;
  for (const b of breaks) {
    if (b.end <= at) start = Math.max(start, b.end);
    else if (b.start >= at) {
      end = Math.min(end, b.start);
      break;
    }
  }
  return { start, end };
}

const wordsBetween = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length;

/** The context kinds that apply to a mention (offsets inside the folded sentence). Empty means the event is asserted. */
export function contextOf(sentence: ReadSentence, mention: TextSpan): Set<ContextKind> {
  const clause = clauseAround(sentence.breaks, sentence.text.length, mention.start);
  const kinds = new Set<ContextKind>();
  for (const t of sentence.triggers) {
    if (kinds.has(t.kind) || (t.from >= mention.start && t.to <= mention.end)) continue;
    const sentenceWide = t.kind === 'other-person';
    if (!sentenceWide && (t.from < clause.start || t.to > clause.end + 1)) continue;
    const reach = sentenceWide ? Infinity : t.reach;
    const forward = t.to <= mention.start && wordsBetween(sentence.text.slice(t.to, mention.start)) <= reach;
    const backward = t.from >= mention.end && wordsBetween(sentence.text.slice(mention.end, t.from)) <= reach;
    if ((t.direction !== 'backward' && forward) || (t.direction !== 'forward' && backward)) kinds.add(t.kind);
  }
  return kinds;
}

/** Whether the sentence says the condition is new in this patient. */
export function hasOnset(sentence: string, mention: TextSpan): boolean {
  return ONSET_BEFORE.test(sentence.slice(0, mention.start)) || ONSET_AFTER.test(sentence.slice(mention.end));
}

/** "Flare of her pre-existing psoriasis": a worsening is an event even of a known condition. */
const WORSENING_BEFORE =
  /\b(?:flare|flare-up|exacerbation|worsening|deterioration)\s+(?:of|in)\s+(?:[\w-]+\s+){0,3}$/;

/** Whether a known condition got worse: then its history does not excuse it. */
export function isWorsening(sentence: string, mention: TextSpan): boolean {
  return WORSENING_BEFORE.test(sentence.slice(0, mention.start));
}

/** Whether the condition is the patient's background or what the drug treats, with nothing saying it is new. */
export function isBackground(sentence: string, mention: TextSpan): boolean {
  return BACKGROUND_BEFORE.test(sentence.slice(0, mention.start)) && !hasOnset(sentence, mention);
}

/** Whether a sentence tells one person's course of events even without naming the person. */
export function tellsIndividualCourse(sentence: string): boolean {
  return INDIVIDUAL_COURSE.test(sentence);
}

/** Counts and shares, which make a sentence about a group even when it names the KOL's own patients ("2/15 of her pts"). */
const COUNTS =
  /\d\s?%|\bn\s?=\s?\d|\b\d+\s?(?:\/|of|out of)\s?\d+\s+(?:of\s+)?(?:(?:her|his|their|my|our|the|treated)\s+)?(?:pts|patients|subjects|participants|people|cases)\b/;

/** Whether a sentence gives counts or shares of patients. */
export function givesCounts(sentence: string): boolean {
  return COUNTS.test(sentence);
}

/** Whether a sentence reports group statistics (its lab values removed first, since "EF 35%" is one patient's). */
export function reportsGroupStatistics(sentence: string): boolean {
  return GROUP_STATISTICS.test(sentence);
}
