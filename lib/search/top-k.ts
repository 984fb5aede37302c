// A bounded heap that keeps the best k hits of a stream, ranked by score and then by date, newest first.

/** One ranked hit: the document's ordinal, its score and its capture date. */
export interface RankedHit {
  ordinal: number;
  score: number;
  capturedAt: number;
}

/** The ranking order: higher score first, then newer, then the later ordinal, so that ties are stable. */
export function ranksBefore(a: RankedHit, b: RankedHit): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.capturedAt !== b.capturedAt) return a.capturedAt > b.capturedAt;
  return a.ordinal > b.ordinal;
}

/**
 * Keeps the k best hits in a min-heap of parallel typed arrays: a query that matches 40,000 sources
 * and shows 50 costs 40,000 comparisons with the worst kept hit, not a sort of 40,000 objects.
 */
export class TopK {
  private readonly ordinals: Int32Array;
  private readonly scores: Float64Array;
  private readonly dates: Float64Array;
  private count = 0;

  constructor(private readonly capacity: number) {
    this.ordinals = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
    this.dates = new Float64Array(capacity);
  }

  /** Offers a hit; kept when it ranks among the best `capacity` so far. */
  offer(ordinal: number, score: number, capturedAt: number): void {
    if (this.capacity === 0) return;
    if (this.count < this.capacity) {
      this.set(this.count, ordinal, score, capturedAt);
      this.siftUp(this.count++);
    } else if (this.worse(0, ordinal, score, capturedAt)) {
      this.set(0, ordinal, score, capturedAt);
      this.siftDown(0);
    }
  }

  /** The kept hits, best first. */
  sorted(): RankedHit[] {
    const hits: RankedHit[] = [];
    for (let i = 0; i < this.count; i++) {
      hits.push({
        ordinal: this.ordinals[i] as number,
        score: this.scores[i] as number,
        capturedAt: this.dates[i] as number,
      });
    }
    return hits.sort((a, b) => (ranksBefore(a, b) ? -1 : 1));
  }

  /** Whether the kept hit at `i` ranks below the given hit. */
  private worse(i: number, ordinal: number, score: number, capturedAt: number): boolean {
    const s = this.scores[i] as number;
    if (s !== score) return s < score;
    const d = this.dates[i] as number;
    if (d !== capturedAt) return d < capturedAt;
    return (this.ordinals[i] as number) < ordinal;
  }

  private worseAt(i: number, j: number): boolean {
    return this.worse(i, this.ordinals[j] as number, this.scores[j] as number, this.dates[j] as number);
  }

  private set(i: number, ordinal: number, score: number, capturedAt: number): void {
    this.ordinals[i] = ordinal;
    this.scores[i] = score;
    this.dates[i] = capturedAt;
  }

  private swap(i: number, j: number): void {
    const ordinal = this.ordinals[i] as number;
    const score = this.scores[i] as number;
    const date = this.dates[i] as number;
    this.set(i, this.ordinals[j] as number, this.scores[j] as number, this.dates[j] as number);
    this.set(j, ordinal, score, date);
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worseAt(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.count && this.worseAt(left, worst)) worst = left;
      if (right < this.count && this.worseAt(right, worst)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}
