// A small seeded random source, so that every benchmark run generates the same library.

/** Random numbers from a seed (mulberry32): the same seed gives the same library on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /**
   * One item, the first ones far more often (Zipf-like, exponent about 1): word frequencies in real
   * text look like this, and so must the generated abstracts, or the index sees unrealistic postings.
   */
  zipf<T>(items: readonly T[]): T {
    const n = items.length;
    const index = Math.floor(Math.exp(this.next() * Math.log(n + 1))) - 1;
    return items[Math.min(n - 1, Math.max(0, index))] as T;
  }

  /** A random version-4 UUID, shaped like `crypto.randomUUID()`. */
  uuid(): string {
    const hex = (count: number) => Array.from({ length: count }, () => this.int(0, 15).toString(16)).join('');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  }
}
