// Weighs how strongly each term describes one document: BM25 saturation per field, boosted, kept in one byte.
import { foldText } from '../text/fold';
import { FIELDS, type FieldName, type SearchDocument } from './search-document';
import { forEachTerm } from './tokenize';
import type { Vocabulary } from './vocabulary';

const K1 = 1.2;
const B = 0.75;
const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** Steps per unit of boosted BM25 term frequency: the heaviest possible term (about 41) still fits in a byte. */
export const WEIGHT_SCALE = 6;

/** A weight in the byte the postings keep: 1-255, never 0 (0 would read as "absent"). */
export function quantizeWeight(weight: number): number {
  return Math.min(255, Math.max(1, Math.round(weight * WEIGHT_SCALE)));
}

/**
 * Computes the weight (1-255) of every term of a document, once, when it is indexed, which leaves
 * only a multiplication by the term's rarity for query time. Counts live in typed arrays indexed by
 * term id and are cleared through the list of ids touched, so a document costs no Map of its own.
 */
export class TermWeigher {
  private counts = new Int32Array(1024);
  private weights = new Float64Array(1024);
  private readonly fieldTerms: number[] = [];
  private readonly docTerms: number[] = [];

  /** Interns the document's terms in `vocabulary` and calls `visit` with each term id and its weight. */
  weigh(doc: SearchDocument, vocabulary: Vocabulary, visit: (termId: number, weight: number) => void): void {
    const docTerms = this.docTerms;
    docTerms.length = 0;
    for (const field of FIELD_NAMES) {
      const text = doc.fields[field];
      if (!text) continue;
      const fieldTerms = this.fieldTerms;
      fieldTerms.length = 0;
      let length = 0;
      forEachTerm(foldText(text), (term) => {
        const id = vocabulary.intern(term);
        if (id >= this.counts.length) this.grow(id);
        const count = this.counts[id] as number;
        if (count === 0) fieldTerms.push(id);
        this.counts[id] = count + 1;
        length++;
      });
      const { boost, typicalLength } = FIELDS[field];
      const norm = K1 * (1 - B + (B * length) / typicalLength);
      for (const id of fieldTerms) {
        const tf = this.counts[id] as number;
        this.counts[id] = 0;
        if (this.weights[id] === 0) docTerms.push(id);
        this.weights[id] = (this.weights[id] as number) + (boost * tf * (K1 + 1)) / (tf + norm);
      }
    }
    for (const id of docTerms) {
      const weight = this.weights[id] as number;
      this.weights[id] = 0;
      visit(id, quantizeWeight(weight));
    }
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.counts.length * 2);
    const counts = new Int32Array(size);
    counts.set(this.counts);
    const weights = new Float64Array(size);
    weights.set(this.weights);
    this.counts = counts;
    this.weights = weights;
  }
}
