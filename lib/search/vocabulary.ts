// The index's terms: one id per distinct term, and every term that starts with a given prefix.

/** Query words shorter than this match whole terms only; from this length they also match as prefixes. */
export const MIN_PREFIX_LENGTH = 2;

/**
 * Terms by id, with buckets by their first two and first three characters: a prefix lookup reads one
 * bucket instead of the whole vocabulary, and adding a term is two array pushes (no sorted array to keep).
 */
export class Vocabulary {
  private readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly byFirstTwo = new Map<string, number[]>();
  private readonly byFirstThree = new Map<string, number[]>();

  /** Builds a vocabulary from terms in id order (restoring a snapshot, or compacting). */
  static from(terms: readonly string[]): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const term of terms) vocabulary.intern(term);
    return vocabulary;
  }

  /** How many distinct terms the index holds. */
  get size(): number {
    return this.list.length;
  }

  /** Every term, in id order; for snapshots. */
  get terms(): readonly string[] {
    return this.list;
  }

  /** The term with this id. */
  term(id: number): string {
    return this.list[id] ?? '';
  }

  /** The id of a term, or undefined when no document has it. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The id of a term, added when it is new. */
  intern(term: string): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    const id = this.list.length;
    const own = ownCopy(term);
    this.list.push(own);
    this.ids.set(own, id);
    if (term.length >= 2) pushTo(this.byFirstTwo, term.slice(0, 2), id);
    if (term.length >= 3) pushTo(this.byFirstThree, term.slice(0, 3), id);
    return id;
  }

  /** Ids of the terms a query word matches: the word itself, and when long enough every term it begins. */
  expand(word: string): readonly number[] {
    if (word.length < MIN_PREFIX_LENGTH) {
      const id = this.ids.get(word);
      return id === undefined ? [] : [id];
    }
    if (word.length === 2) return this.byFirstTwo.get(word) ?? [];
    const bucket = this.byFirstThree.get(word.slice(0, 3)) ?? [];
    if (word.length === 3) return bucket;
    return bucket.filter((id) => (this.list[id] as string).startsWith(word));
  }
}

/**
 * A copy of a term that does not keep the text it was cut from alive: V8 makes substrings of 13 or
 * more characters views into their parent, and one kept term would otherwise pin a whole abstract.
 */
function ownCopy(term: string): string {
  return term.length < 13 ? term : (' ' + term).slice(1);
}

function pushTo(buckets: Map<string, number[]>, key: string, id: number): void {
  const bucket = buckets.get(key);
  if (bucket) bucket.push(id);
  else buckets.set(key, [id]);
}
