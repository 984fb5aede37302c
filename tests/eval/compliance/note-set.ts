// Loads a labelled note set (tuning or sealed) and scores the compliance check on it: per kind, per identifier category.
import { readFileSync } from 'node:fs';
import { checkText, type ComplianceFinding } from '../../../lib/compliance';

/** One labelled note, as the set's authors wrote it (see README.md beside this file). */
export interface LabelledNote {
  id: string;
  text: string;
  type?: string;
  voice?: string;
  adverseEvent: { product: string | null; evidence: string } | null;
  otherProductEvent?: boolean;
  identifiers: { category: string; text: string }[];
  restricted: string[];
  trap?: string;
}

/** A whole set: the company's products and restricted words it was written for, and its notes. */
export interface NoteSet {
  name: string;
  sealedOn: string;
  products: string[][];
  restrictedTerms: string[];
  notes: LabelledNote[];
}

/** Counts of one yes/no decision per note. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** The scores of a run, and the notes it got wrong. */
export interface NoteSetScore {
  adverseEvent: Tally;
  identifier: Tally;
  restricted: Tally;
  /** Clean notes (nothing to find) and how many got any finding. */
  clean: { total: number; flagged: number };
  /** Per identifier category: instances found (a patient-identifier finding overlaps them) of all instances. */
  categories: Record<string, { found: number; total: number }>;
  /** Adverse events found whose product was named right, of those found with a product in the truth. */
  productNamed: { right: number; total: number };
  misses: { id: string; what: string; text: string; found: string[] }[];
}

export function loadNoteSet(path: string): NoteSet {
  return JSON.parse(readFileSync(path, 'utf8')) as NoteSet;
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
function count(t: Tally, actual: boolean, predicted: boolean): void {
  if (actual && predicted) t.tp++;
  else if (predicted) t.fp++;
  else if (actual) t.fn++;
  else t.tn++;
}

export const precision = (t: Tally): number => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally): number => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));
export const f1 = (t: Tally): number => {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

const describe = (f: ComplianceFinding): string =>
  `${f.kind}:${f.category}${f.product ? `(${f.product})` : ''} «${f.match}»`;

/** Runs the check on every note with the set's product list and restricted words, as Settings would hold them. */
export function scoreNoteSet(set: NoteSet, now = new Date('2026-12-03')): NoteSetScore {
  const products = set.products.map((names) => names.join(', '));
  const brandOf = new Map(
    set.products.flatMap((names) => names.map((n) => [n.toLowerCase(), names[0] ?? n])),
  );
  const score: NoteSetScore = {
    adverseEvent: tally(),
    identifier: tally(),
    restricted: tally(),
    clean: { total: 0, flagged: 0 },
    categories: {},
    productNamed: { right: 0, total: 0 },
    misses: [],
  };
  for (const note of set.notes) {
    const findings = checkText(note.text, { products, restrictedTerms: set.restrictedTerms, now });
    const of = (kind: ComplianceFinding['kind']) => findings.filter((f) => f.kind === kind);
    const ae = of('adverse-event');
    const ids = of('patient-identifier');
    const miss = (what: string) =>
      score.misses.push({ id: note.id, what, text: note.text, found: findings.map(describe) });
    count(score.adverseEvent, note.adverseEvent !== null, ae.length > 0);
    if (note.adverseEvent && ae.length === 0) miss('missed adverse event');
    if (!note.adverseEvent && ae.length > 0) miss('false adverse event');
    if (note.adverseEvent?.product && ae.length > 0) {
      score.productNamed.total++;
      const named = ae.some(
        (f) => brandOf.get((f.product ?? '').toLowerCase()) === note.adverseEvent?.product,
      );
      if (named) score.productNamed.right++;
      else miss('wrong product');
    }
    count(score.identifier, note.identifiers.length > 0, ids.length > 0);
    if (note.identifiers.length === 0 && ids.length > 0) miss('false identifier');
    for (const id of note.identifiers) {
      const at = note.text.indexOf(id.text);
      const cat = (score.categories[id.category] ??= { found: 0, total: 0 });
      cat.total++;
      // Sets that label categories without the words (the legacy set) count any identifier found in the note.
      const found =
        id.text === '' ? ids.length > 0 : ids.some((f) => f.start < at + id.text.length && at < f.end);
      if (found) cat.found++;
      else miss(`missed ${id.category} «${id.text}»`);
    }
    count(score.restricted, note.restricted.length > 0, of('restricted-term').length > 0);
    const isClean = !note.adverseEvent && note.identifiers.length === 0 && note.restricted.length === 0;
    if (isClean) {
      score.clean.total++;
      if (findings.length > 0) score.clean.flagged++;
    }
  }
  return score;
}
