// Decides whose contact details a note gives: a patient's (identifying data to remove) or a professional's (the KOL, staff, an institution).
import type { Sentence } from './sentences';
import type { TextSpan } from './types';

/** Words that say the details belong to a patient or their family. */
const PATIENT_WORDS =
  /\b(?:patient|patients['’]|pt|pt['’]s|call(?:ed)? (?:her|him|them)|reach (?:her|him|them)|contact (?:her|him|them)|infusion|injection|dose|reaction|onset|baby|infant|newborn|neonate|child|daughter|son|wife|husband|partner|spouse|carer|caregiver|next of kin|nok|relative|family|mother|father|mum|mom|dad|sister|brother|grand(?:son|daughter|mother|father)|neighbou?r|employer|lives|living|resides|her own|his own|admitted|discharged|collapsed|died|diagnosed|hospitali[sz]ed|er visit|ed visit|a&e|admission|discharge)\b/gi;
/** Words that say the details belong to a professional, an institution, the company or an event. */
const PROFESSIONAL_WORDS =
  /\b(?:dr|prof|professor|doctor|kol|hcp|consultant|oncologist|physician|investigator|pi|office|offices|clinic|department|dept|ward|unit|switchboard|reception|receptionist|secretary|assistant|pa|ea|coordinator|co-?ordinator|nurse|pharmacist|manager|admin|administrator|team|institution|university|institute|centre|center|society|association|company|our|msl|medical information|med ?info|medinfo|congress|conference|symposium|booth|stand|dial-?in|bridge|teams|zoom|webex|meeting|webinar|hotel|venue|room|registration|desk|hotline|helpline|pharmacovigilance|pv|drug safety|safety (?:line|desk|team|inbox)|rep|colleague|invoice|honorari\w*|payment|bank|bsb|abn|speaker|chair|symposium|hotel|venue|convention|messe|college|restaurant|dinner|lunch|breakfast|catering|vendor|av|booking|cmq|gmc|nmc|mmc|tnmc|ahpra|dea|hpcsa|mci|regn|callback|reply|send to|rooms|chamber|hod|head of|rental|hire car|expenses?|trip|travel|parking|mileage|taxi|uber|fax(?:ed)? (?:over )?to|journal|editor|publisher|website|site|library|npi|gmc|ahpra|licen[cs]e to practi[cs]e|medical licen[cs]e|registration no)\b/gi;

/** How far owner words are looked for around a detail: its own phrase, not the whole note. */
const REACH_BEFORE = 70;
const REACH_AFTER = 25;
/** "rang from", "emailed Dr Song from": the detail is the sender's, the sentence's first owner. */
const SENT_FROM =
  /\bfrom\s+(?:(?:her|his|their|the|a|an|IP|email|e-mail|mobile|phone|number|address|account)\s+){0,2}$/i;
/** "Dr Rao's patient", "the KOL's pt": a patient, though a doctor is named. */
const COLLEAGUES_PATIENT =
  /\b(?:dr|prof|professor|doctor|kol|consultant|gp)\.?\s+(?:[\w'’.-]+\s+)?[\w'’-]*['’]s\s+(?:[\w-]+\s+)?(?:patients?|pts?)\b|\b(?:patients?|pts?)\s+of\s+(?:dr|prof)\.?\s+[\w'’-]+/gi;

/** The text with "Dr X's patient" written as "patient", padded to the same length so offsets hold. */
function markColleaguesPatients(text: string): string {
  return text.replace(COLLEAGUES_PATIENT, (m) => 'patient'.padEnd(m.length, ' '));
}

/** Whether the first owner word of a text is a patient's (true), a professional's (false), or there is none. */
function firstOwner(text: string): boolean | undefined {
  const patientAt = text.search(PATIENT_WORDS);
  const professionalAt = text.search(PROFESSIONAL_WORDS);
  if (patientAt < 0 && professionalAt < 0) return undefined;
  return professionalAt < 0 || (patientAt >= 0 && patientAt < professionalAt);
}

/** The last match of a pattern in a text, or -1. */
function lastIndexOf(pattern: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index;
  return at;
}

/**
 * Whether the contact detail at `span` belongs to a patient: the nearest owner word before it in its sentence decides
 * ("Dr Rao's mobile" is hers, "pt's daughter's mobile" the patient's); failing that, the nearest after it; failing both,
 * a detail in a note that speaks of a patient is taken as theirs.
 */
export function isPatientsContact(
  text: string,
  span: TextSpan,
  noteMentionsPatient: boolean,
  sentences: readonly Sentence[],
  reachBefore = REACH_BEFORE,
): boolean {
  const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end);
  const from = Math.max(sentence?.start ?? 0, span.start - reachBefore);
  const to = Math.min(sentence?.end ?? text.length, span.end + REACH_AFTER);
  const before = markColleaguesPatients(text.slice(from, span.start));
  if (SENT_FROM.test(before)) {
    const owner = firstOwner(markColleaguesPatients(text.slice(sentence?.start ?? 0, span.start)));
    if (owner !== undefined) return owner;
  }
  const patientAt = lastIndexOf(PATIENT_WORDS, before);
  const professionalAt = lastIndexOf(PROFESSIONAL_WORDS, before);
  if (patientAt >= 0 || professionalAt >= 0) return patientAt > professionalAt;
  const after = markColleaguesPatients(text.slice(span.end, to));
  const patientAfter = after.search(PATIENT_WORDS);
  const professionalAfter = after.search(PROFESSIONAL_WORDS);
  if (patientAfter >= 0 || professionalAfter >= 0) {
    return professionalAfter < 0 || (patientAfter >= 0 && patientAfter < professionalAfter);
  }
  return noteMentionsPatient;
}
