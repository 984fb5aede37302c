// Finds suspected adverse events as ICH E2D's minimum case defines them: an identifiable patient, a suspect product and an event.
import {
  contextOf,
  hasOnset,
  isBackground,
  isWorsening,
  readSentence,
  givesCounts,
  reportsGroupStatistics,
  tellsIndividualCourse,
  type ReadSentence,
} from './event-context';
import { findEventMentions, type EventMention } from './event-mentions';
import { foldTextWithOrigins as foldText } from '../text/fold';
import { findPatientMention, CONTINUES_ABOUT_PATIENT, type PatientMention } from './patient-mentions';
import {
  compileProducts,
  findProductMentions,
  mentionsUnnamedDrug,
  type ProductMention,
} from './product-mentions';
import { splitSentences, type Sentence } from './sentences';
import type { ComplianceFinding } from './types';

/** The reminder every adverse-event finding carries; the views add the company's pharmacovigilance contact. */
export const ADVERSE_EVENT_MESSAGE =
  'A suspected side effect in a patient is reportable even when the KOL doubts the drug caused it. Keep the patient’s details out of this note.';

/** Without a product list, any drug may be the company's: said so, so the user knows the list makes the check precise. */
export const NO_PRODUCT_LIST_MESSAGE =
  'This reads as a suspected side effect in a patient. If the drug is one of your company’s, report it to pharmacovigilance within 24 hours. (Add your products in Settings so that Liaison can tell.)';

/**
 * Suspected adverse events of the company's products, one finding per event named. An event in another company's drug, or in
 * no drug, is not reported: the company's duty is its own products, and a prompt on every side effect would teach users to
 * click past the ones that matter. Without a product list every drug counts, as a careful reviewer would read it.
 */
export function findAdverseEvents(text: string, products: readonly string[] = []): ComplianceFinding[] {
  const events = findEventMentions(text);
  if (events.length === 0) return [];
  const list = compileProducts(products);
  const hasList = list.pattern !== undefined;
  const drugs = findProductMentions(text, list);
  const noteHasUnnamedDrug = !hasList && mentionsUnnamedDrug(text);
  const facts = splitSentences(text).map((sentence) => {
    const folded = foldText(sentence.text).text;
    const inSentence = events.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
    const labValues = inSentence.filter((e) => e.source === 'lab-value');
    const withoutValues = removeSpans(folded, sentence, labValues);
    const hasCounts = givesCounts(withoutValues);
    const isGroup = hasCounts || reportsGroupStatistics(withoutValues);
    return { sentence, folded, events: inSentence, isGroup, hasCounts, patient: findPatientMention(folded) };
  });
  const noteHasPatient = facts.some((f) => f.patient === 'known' || (f.patient === 'some' && !f.isGroup));
  const findings: ComplianceFinding[] = [];
  let patientSoFar: PatientMention = 'none';
  for (const { sentence, folded, events: inSentence, isGroup, hasCounts, patient: mentioned } of facts) {
    let patient = mentioned;
    if (patient === 'none' && patientSoFar !== 'none' && CONTINUES_ABOUT_PATIENT.test(folded))
      patient = patientSoFar;
    if (patient !== 'none' && !(isGroup && patient === 'some')) patientSoFar = patient;
    else if (isGroup) patientSoFar = 'none';
    if (inSentence.length === 0) continue;
    const aboutPatient =
      (patient === 'known' && !hasCounts) ||
      (!isGroup &&
        (patient === 'some' || patientSoFar !== 'none' || noteHasPatient || tellsIndividualCourse(folded)));
    const read = readSentence(folded);
    for (const event of inSentence) {
      const isIndividual = event.source === 'lab-value' || event.source === 'outcome';
      if (!aboutPatient && (isGroup || !isIndividual)) continue;
      if (!isAsserted(read, sentence, event)) continue;
      const drug = suspectOf(event, drugs, sentence, text);
      const product = drug?.owner === 'company' ? drug.name : undefined;
      if (hasList && !product) continue;
      if (!hasList && !drug && !noteHasUnnamedDrug) continue;
      findings.push({
        kind: 'adverse-event',
        category: 'adverse event',
        match: text.slice(event.start, event.end),
        start: event.start,
        end: event.end,
        message: hasList ? ADVERSE_EVENT_MESSAGE : NO_PRODUCT_LIST_MESSAGE,
        ...(product || drug ? { product: product ?? drug?.name } : {}),
      });
    }
  }
  return findings;
}

/** Whether the event is said to have happened: not negated, supposed, past, a relative's, or the background condition. */
function isAsserted(read: ReadSentence, sentence: Sentence, event: EventMention): boolean {
  const folded = read.text;
  const local = { start: event.start - sentence.start, end: event.end - sentence.start };
  const kinds = contextOf(read, local);
  if (isWorsening(folded, local)) kinds.delete('historical');
  if (kinds.size > 0) return false;
  if (event.source === 'outcome' || event.source === 'lab-value') return true;
  if (isBackground(folded, local)) return false;
  return !event.needsOnset || hasOnset(folded, local);
}

/**
 * The drug an event is tied to. In its sentence: the drugs named before it, a company product among them first ("on Zentrivo
 * + insulin had hypos"), else the nearest ("on Keytruda developed T1DM; asks about Zentrivo" is Keytruda's); else the nearest
 * after it ("had zoster on Rinvoq"). A sentence that names none points back to the note: a company product named anywhere in
 * it, else the nearest other drug. Safety first: when the note is about a company product, an unattributed event is its.
 */
function suspectOf(
  event: EventMention,
  allDrugs: readonly ProductMention[],
  sentence: Sentence,
  text: string,
): ProductMention | undefined {
  const drugs = allDrugs.filter(
    (d) => !TREATMENT_OR_PAST.test(text.slice(Math.max(0, d.start - 30), d.start)),
  );
  const same = drugs.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  const before = same.filter((d) => d.start < event.end);
  const after = same.filter((d) => d.start >= event.end);
  const companyFirst = (list: readonly ProductMention[]) =>
    list.find((d) => d.owner === 'company') ?? list[0];
  if (before.length > 0) return companyFirst([...before].reverse());
  if (after.length > 0) return after[0];
  const earlier = drugs.filter((d) => d.end <= sentence.start).reverse();
  const later = drugs.filter((d) => d.start >= sentence.end);
  return companyFirst([...earlier, ...later]);
}

/** Just before a drug: it treated the event, or was taken before the suspect ("treated with valaciclovir", "switched from Stelara"). */
const TREATMENT_OR_PAST =
  /\b(?:treated|managed|given|received|needed|needing|required|requiring|rescued|started on|put on|commenced on|now on|switch(?:ed|ing)? from|changed from|moved from|came off|previously on|prior)\s+(?:with\s+)?(?:iv\s+|oral\s+|high-dose\s+|a course of\s+)?$/i;

/** The folded sentence with some spans blanked out, keeping offsets. */
function removeSpans(folded: string, sentence: Sentence, spans: readonly EventMention[]): string {
  let out = folded;
  for (const s of spans) {
    const from = s.start - sentence.start;
    const to = s.end - sentence.start;
    out = out.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + out.slice(to);
  }
  return out;
}
