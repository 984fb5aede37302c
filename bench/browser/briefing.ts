// The briefing benchmark's page script (its own bundle): a KOL with 500 generated sources, then build and render each format.
import { Dexie } from 'dexie';
import { buildBriefing } from '../../lib/briefing/build-briefing';
import { BRIEFING_FORMATS } from '../../lib/briefing/formats';
import type { BriefingData, BriefingRequest } from '../../lib/briefing/model';
import { familyKeys } from '../../lib/match/kol-match';
import type {
  BriefingFormat,
  InsightCategory,
  Kol,
  Meeting,
  SourceLink,
  TherapeuticArea,
} from '../../lib/model';
import { loadBriefingData } from '../../lib/repo/briefing-data';
import { openDatabase } from '../../lib/repo/database';
import { LibraryGenerator } from '../generate/library';
import { Random } from '../generate/random';

/** The generator's capture dates end on 1 Jan 2026: the pack is made that day, over the four years before. */
const NOW = Date.UTC(2026, 0, 1, 9);
const REQUEST_WINDOW = { kind: 'custom', from: '2021-01-01', to: '2025-12-31' } as const;
const CATEGORIES: InsightCategory[] = [
  'unmet-need',
  'treatment-patterns',
  'perception-of-data',
  'evidence-gap',
  'trial-design',
];

const kol: Kol = {
  id: 'bench-kol',
  name: 'Hanna Lindqvist',
  nameVariants: ['Lindqvist H'],
  credentials: 'MD, PhD',
  institution: 'Karolinska Vale Institute',
  areaIds: ['bench-area-1', 'bench-area-2'],
  tier: 'Tier 1',
  createdAt: 0,
  updatedAt: 0,
};
const areas: TherapeuticArea[] = [
  { id: 'bench-area-1', name: 'Oncology', keywords: [], createdAt: 0, updatedAt: 0 },
  { id: 'bench-area-2', name: 'Dermatology', keywords: [], createdAt: 0, updatedAt: 0 },
  { id: 'bench-area-3', name: 'NSCLC', parentId: 'bench-area-1', keywords: [], createdAt: 0, updatedAt: 0 },
];

/**
 * Stores the KOL and `size` sources about them: two in five linked to the KOL, one in five authored by them,
 * all in their areas; generated notes become insights on the KOL; three meetings with follow-ups, one past briefing.
 */
export async function seedBriefing(params: {
  size: number;
  seed: number;
}): Promise<{ sources: number; notes: number; megabytes: number }> {
  const db = openDatabase();
  db.close();
  await Dexie.delete(db.name);
  await db.open();
  const random = new Random(params.seed);
  const { sources, notes, highlights } = new LibraryGenerator(params.seed, 0.1).batch(params.size);
  const links: SourceLink[] = [];
  for (const source of sources) {
    source.areaIds = [random.pick(['bench-area-1', 'bench-area-2', 'bench-area-3'])];
    if (random.chance(0.2)) {
      source.authors.splice(random.int(0, source.authors.length), 0, {
        name: 'Lindqvist H',
        family: 'Lindqvist',
        given: 'H',
        affiliations: [],
      });
    }
    source.authorKeys = familyKeys(source.authors);
    source.kolIds = random.chance(0.4) ? [kol.id] : [];
    if (source.kolIds.length)
      links.push({
        id: `${source.id}|kol|${kol.id}`,
        sourceId: source.id,
        target: 'kol',
        targetId: kol.id,
        origin: 'manual',
        createdAt: source.capturedAt,
      });
  }
  for (const note of notes) {
    note.kolIds = [kol.id];
    note.category = random.pick(CATEGORIES);
  }
  const meetings: Meeting[] = [0, 1, 2].map((i) => ({
    id: `bench-meeting-${i}`,
    kolId: kol.id,
    date: `2025-0${3 + i * 3}-12`,
    channel: 'in-person',
    summary: `Meeting ${i + 1}: discussed the subgroup data.`,
    followUps: [
      { id: `bench-fu-${i}`, text: 'Send the long-term extension poster', due: `2025-0${4 + i * 3}-01` },
    ],
    createdAt: 0,
    updatedAt: 0,
  }));
  await db.transaction(
    'rw',
    [db.kols, db.areas, db.sources, db.notes, db.highlights, db.links, db.meetings, db.briefings],
    async () => {
      await db.kols.add(kol);
      await db.areas.bulkAdd(areas);
      await db.sources.bulkAdd(sources);
      await db.notes.bulkAdd(notes);
      await db.highlights.bulkAdd(highlights);
      await db.links.bulkAdd(links);
      await db.meetings.bulkAdd(meetings);
      await db.briefings.add({
        id: 'bench-briefing',
        kolId: kol.id,
        createdAt: Date.UTC(2025, 0, 5),
        format: 'html',
        from: '2024-01-01',
        to: '2025-01-05',
        areaIds: [],
        sourceIds: [],
      });
    },
  );
  return { sources: sources.length, notes: notes.length, megabytes: JSON.stringify(sources).length / 1e6 };
}

let loaded: BriefingData | undefined;

/** Times loadBriefingData (the indexed reads of the options page) `repeats` times; keeps the last result. */
export async function loadBriefing(params: {
  repeats: number;
}): Promise<{ samples: number[]; sources: number; notes: number }> {
  const db = openDatabase();
  const samples: number[] = [];
  for (let i = 0; i < params.repeats; i++) {
    const start = performance.now();
    loaded = await loadBriefingData(db, kol.id);
    samples.push(performance.now() - start);
  }
  return { samples, sources: loaded?.sources.length ?? 0, notes: loaded?.notes.length ?? 0 };
}

/** What one round measured: building the model, and rendering it in each format (with the output size). */
export interface BriefingRound {
  buildMs: number[];
  renderMs: Record<BriefingFormat, number[]>;
  bytes: Record<string, number>;
  references: number;
  items: number;
}

/** Builds the pack from the loaded data and renders every format, `repeats` times, interleaved. */
export async function runBriefing(params: { repeats: number }): Promise<BriefingRound> {
  if (!loaded) throw new Error('Run loadBriefing first.');
  const request: BriefingRequest = {
    kolId: kol.id,
    window: REQUEST_WINDOW,
    areaIds: [],
    sections: ['objectives', 'since-last', 'own-work', 'linked', 'area-news', 'insights'],
    meetingDate: '2026-01-08',
    objectives: ['Hear her view of the subgroup data'],
    questions: ['Which patients would she not treat?'],
  };
  const round: BriefingRound = {
    buildMs: [],
    renderMs: { markdown: [], html: [], docx: [], ris: [], bibtex: [], 'csl-json': [] },
    bytes: {},
    references: 0,
    items: 0,
  };
  for (let i = 0; i < params.repeats; i++) {
    let start = performance.now();
    const model = buildBriefing(loaded, request, NOW);
    round.buildMs.push(performance.now() - start);
    round.references = model.references.length;
    round.items =
      model.ownWork.length + [...model.linked, ...model.areaNews].reduce((n, g) => n + g.items.length, 0);
    for (const format of BRIEFING_FORMATS) {
      start = performance.now();
      const output = await format.render(model);
      round.renderMs[format.id].push(performance.now() - start);
      round.bytes[format.id] =
        typeof output === 'string' ? new TextEncoder().encode(output).length : output.length;
    }
  }
  return round;
}

/** The steps the suite calls by name. */
export const briefingSteps = { seedBriefing, loadBriefing, runBriefing };

declare global {
  interface Window {
    liaisonBriefingBench: typeof briefingSteps;
  }
}

window.liaisonBriefingBench = briefingSteps;
