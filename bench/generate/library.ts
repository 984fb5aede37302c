// A seeded generator of realistic libraries: abstracts of 1.5-3 KB, one source in ten with 20-60 KB of full text, links, notes, highlights.
import type { Author, ExtractedPage, Highlight, Note, Source, SourceKind } from '../../lib/model';
import { textOf } from '../../lib/search/search-document';
import { Random } from './random';
import {
  BIOMARKERS,
  COMMON,
  DISEASES,
  DRUGS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  INSTITUTIONS,
  rareWords,
  TERMS,
  VENUES,
} from './vocabulary';

/** What one generated batch holds; written to the database as it is. */
export interface GeneratedBatch {
  sources: Source[];
  notes: Note[];
  highlights: Highlight[];
}

/** Shares of each kind of page in an MSL's library. */
const KINDS: readonly [SourceKind, number][] = [
  ['pubmed-abstract', 0.4],
  ['journal-article', 0.3],
  ['pmc-article', 0.1],
  ['congress-abstract', 0.08],
  ['trial-registry', 0.05],
  ['preprint', 0.04],
  ['web-page', 0.03],
];

const NOTE_OPENERS = [
  'Discussed with',
  'Follow up with',
  'Question from',
  'Insight from advisory board with',
  'Ask',
  'Share with',
];
const NOTE_TOPICS = [
  'unmet need in second-line patients',
  'treatment patterns after progression',
  'perception of the subgroup data',
  'evidence gap in elderly patients',
  'competitive landscape versus',
  'trial design and recruitment at the site',
  'access and reimbursement hurdles',
  'education need on biomarker testing',
  'dose modifications in practice',
];

const DAY = 86_400_000;
/** Capture dates end here (fixed, so that runs compare) and go back four years. */
const END_TIME = Date.UTC(2026, 0, 1);

/** The abstract in the shape `Source` stores it (`{ text, sections }`); the one place that knows that shape. */
function storedAbstract(text: string): Source['abstract'] {
  const sections = text.split(/(?=\b(?:Methods|Results|Conclusions): )/).map((part) => {
    const label = /^(Background|Methods|Results|Conclusions): /.exec(part);
    return label ? { label: label[1], text: part.slice(label[0].length).trim() } : { text: part.trim() };
  });
  return { text: sections.map((section) => section.text).join('\n\n'), sections };
}

/** Generates the same library for the same seed: call `batch` until the wanted size is reached. */
export class LibraryGenerator {
  private readonly random: Random;
  private readonly rare: string[];
  /** The KOLs and therapeutic areas sources link to. */
  readonly kolIds: string[];
  readonly areaIds: string[];
  private made = 0;
  /** PMIDs (and so addresses) differ between seeds: a clip from another generator is a new work, not a duplicate. */
  private readonly firstPmid: number;

  /** `fullTextShare`: the share of sources that carry a full text (one in ten unless told). */
  constructor(
    seed: number,
    private readonly fullTextShare = 0.1,
  ) {
    this.random = new Random(seed);
    this.firstPmid = 10_000_000 + (seed % 1000) * 100_000;
    this.rare = rareWords(this.random, 20_000);
    this.kolIds = Array.from({ length: 300 }, () => this.random.uuid());
    this.areaIds = Array.from({ length: 40 }, () => this.random.uuid());
  }

  /** The next `count` sources, with their notes and highlights. */
  batch(count: number): GeneratedBatch {
    const batch: GeneratedBatch = { sources: [], notes: [], highlights: [] };
    for (let i = 0; i < count; i++) {
      const source = this.source();
      batch.sources.push(source);
      if (this.random.chance(0.33)) {
        for (let n = this.random.int(1, 3); n > 0; n--) batch.notes.push(this.note(source));
      }
      if (this.random.chance(0.2)) {
        for (let n = this.random.int(1, 2); n > 0; n--) batch.highlights.push(this.highlight(source));
      }
    }
    return batch;
  }

  /** One source as saveClip stores it. */
  source(): Source {
    const r = this.random;
    const capturedAt = END_TIME - Math.floor(r.next() * 4 * 365 * DAY);
    const kind = this.kind();
    const drug = r.pick(DRUGS);
    const disease = r.pick(DISEASES);
    const title = this.title(drug, disease);
    const abstract = this.abstract(drug, disease);
    const fullText =
      kind !== 'trial-registry' && r.chance(this.fullTextShare) ? this.fullText(drug, disease) : undefined;
    const year = new Date(capturedAt).getUTCFullYear() - r.int(0, 3);
    const id = r.uuid();
    this.made++;
    return {
      id,
      url: `https://pubmed.ncbi.nlm.nih.gov/${this.firstPmid + this.made}/`,
      kind,
      title,
      authors: this.authors(),
      journal: r.pick(VENUES),
      year,
      published: `${year}-${String(r.int(1, 12)).padStart(2, '0')}`,
      doi: `10.${r.int(1000, 9999)}/${r.pick(['nejmoa', 'lancet', 'jco', 'annonc', 's41591'])}${r.int(1_000_000, 9_999_999)}`,
      pmid: String(this.firstPmid + this.made),
      nct: r.chance(0.3) ? [`NCT0${r.int(1_000_000, 6_999_999)}`] : [],
      abstract: storedAbstract(abstract),
      excerpt: abstract.slice(0, 200),
      ...(fullText
        ? { articleText: fullText, articleHtml: `<p>${fullText.split('\n\n').join('</p><p>')}</p>` }
        : {}),
      kolIds: r.chance(0.4) ? Array.from({ length: r.int(1, 3) }, () => r.zipf(this.kolIds)) : [],
      areaIds: Array.from({ length: r.int(1, 2) }, () => r.zipf(this.areaIds)),
      capturedAt,
      updatedAt: capturedAt,
    };
  }

  /** A page as extractPage returns it, for timing saveClip. */
  extractedPage(): ExtractedPage {
    const s = this.source();
    return {
      url: `${s.url}?clip=${this.made}`,
      kind: s.kind,
      title: s.title,
      authors: s.authors,
      journal: s.journal,
      year: s.year,
      published: s.published,
      doi: s.doi,
      pmid: s.pmid,
      nct: s.nct,
      abstract: s.abstract,
      excerpt: s.excerpt,
      articleHtml: s.articleHtml,
      articleText: s.articleText,
      hasArticle: true,
      warnings: [],
    };
  }

  private kind(): SourceKind {
    let roll = this.random.next();
    for (const [kind, share] of KINDS) {
      roll -= share;
      if (roll < 0) return kind;
    }
    return 'journal-article';
  }

  private title(drug: string, disease: string): string {
    const r = this.random;
    const patterns = [
      () => `${cap(drug)} versus ${r.pick(DRUGS)} in ${disease}: a ${r.pick(TERMS)} study`,
      () =>
        `${cap(drug)} plus ${r.pick(DRUGS)} for ${r.pick(['untreated', 'previously treated', 'advanced', 'early'])} ${disease}`,
      () =>
        `${cap(r.pick(TERMS))} with ${drug} in patients with ${disease} (${r.pick(['KEYNOTE', 'CheckMate', 'DESTINY', 'SURMOUNT', 'EMPEROR', 'MONARCH'])}-${r.int(1, 999)})`,
      () => `${r.pick(BIOMARKERS)} and ${r.pick(TERMS)} in ${disease} treated with ${drug}`,
      () =>
        `${cap(r.pick(TERMS))} of ${drug} in ${disease}: ${r.pick(['final analysis', 'five-year update', 'a pooled analysis', 'results of a randomized trial'])}`,
    ];
    return r.pick(patterns)();
  }

  private sentence(drug: string, disease: string): string {
    const r = this.random;
    const words: string[] = [];
    const length = r.int(14, 30);
    for (let i = 0; i < length; i++) {
      const roll = r.next();
      if (roll < 0.55) words.push(r.zipf(COMMON));
      else if (roll < 0.7) words.push(r.pick(TERMS));
      else if (roll < 0.76) words.push(r.chance(0.7) ? drug : r.pick(DRUGS));
      else if (roll < 0.81) words.push(r.chance(0.6) ? disease : r.pick(DISEASES));
      else if (roll < 0.85) words.push(r.pick(BIOMARKERS));
      else if (roll < 0.93) words.push(r.zipf(this.rare));
      else words.push(this.statistic());
    }
    return `${cap(words.join(' '))}.`;
  }

  private statistic(): string {
    const r = this.random;
    const hr = (0.3 + r.next() * 0.9).toFixed(2);
    return r.pick([
      `HR ${hr} (95% CI ${(Number(hr) - 0.12).toFixed(2)}–${(Number(hr) + 0.14).toFixed(2)})`,
      `p<0.${r.pick(['001', '01', '05'])}`,
      `n=${r.int(40, 4000)}`,
      `${r.int(5, 95)}.${r.int(0, 9)}%`,
      `${r.int(2, 60)} months`,
    ]);
  }

  private abstract(drug: string, disease: string): string {
    const r = this.random;
    const target = r.int(1500, 3000);
    const sections = ['Background', 'Methods', 'Results', 'Conclusions'];
    let text = '';
    let s = 0;
    while (text.length < target) {
      const label = sections[Math.min(s++ >> 1, sections.length - 1)] as string;
      text += `${s % 2 === 1 ? `${label}: ` : ''}${this.sentence(drug, disease)} `;
    }
    return text.slice(0, target).trim();
  }

  private fullText(drug: string, disease: string): string {
    const target = this.random.int(20_000, 60_000);
    const paragraphs: string[] = [];
    let size = 0;
    while (size < target) {
      const paragraph = Array.from({ length: this.random.int(3, 7) }, () =>
        this.sentence(drug, disease),
      ).join(' ');
      paragraphs.push(paragraph);
      size += paragraph.length + 2;
    }
    return paragraphs.join('\n\n');
  }

  private authors(): Author[] {
    const r = this.random;
    return Array.from({ length: r.int(1, 12) }, () => {
      const family = r.pick(FAMILY_NAMES);
      const given = r.pick(GIVEN_NAMES);
      return { name: `${given} ${family}`, family, given, affiliations: [r.pick(INSTITUTIONS)] };
    });
  }

  private note(source: Source): Note {
    const r = this.random;
    const family = r.pick(FAMILY_NAMES);
    const text = `${r.pick(NOTE_OPENERS)} Dr ${family}: ${r.pick(NOTE_TOPICS)} ${r.pick(DRUGS)}. ${this.sentence(r.pick(DRUGS), r.pick(DISEASES))}`;
    const at = source.capturedAt + r.int(0, 30) * DAY;
    return {
      id: r.uuid(),
      sourceId: source.id,
      text,
      kolIds: source.kolIds.slice(0, 1),
      areaIds: [],
      createdAt: at,
      updatedAt: at,
    };
  }

  private highlight(source: Source): Highlight {
    const r = this.random;
    const text = textOf(source.abstract);
    const start = r.int(0, Math.max(0, text.length - 200));
    const at = source.capturedAt + r.int(0, 30) * DAY;
    return {
      id: r.uuid(),
      sourceId: source.id,
      exact: text.slice(start, start + r.int(60, 200)),
      kolIds: [],
      areaIds: [],
      createdAt: at,
      updatedAt: at,
    };
  }
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
