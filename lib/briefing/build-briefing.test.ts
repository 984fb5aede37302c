// The briefing builder: what goes in each section, windows and their boundaries, narrowing, references, determinism.
import { describe, expect, it } from 'vitest';
import type { Source } from '../model';
import {
  SAMPLE_BRIEFING_DATA as DATA,
  SAMPLE_BRIEFING_REQUEST as REQUEST,
  SAMPLE_NOW as NOW,
} from '../../tests/fixtures/briefing/sample-knowledge-base';
import { buildBriefing, MAX_SECTION_ITEMS } from './build-briefing';
import type { BriefingData, BriefingModel, BriefingRequest } from './model';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';

const build = (data: Partial<BriefingData> = {}, request: Partial<BriefingRequest> = {}, now = NOW) =>
  buildBriefing({ ...DATA, ...data }, { ...REQUEST, ...request }, now);
const idsOf = (model: BriefingModel, items: { ref: number }[]) =>
  items.map((i) => model.references[i.ref - 1]?.work.sourceId);
const groupIds = (model: BriefingModel, groups: BriefingModel['linked']) =>
  groups.map((g) => [g.area, idsOf(model, g.items)]);
const clip = (id: string, captured: string, fields: Partial<Source> = {}): Source => ({
  id,
  kind: 'journal-article',
  title: `Paper ${id}`,
  url: `https://example.org/${id}`,
  authors: [],
  nct: [],
  kolIds: [],
  areaIds: ['area-lung'],
  capturedAt: Date.parse(`${captured}T12:00:00Z`),
  updatedAt: 0,
  ...fields,
});

describe('buildBriefing on the sample knowledge base', () => {
  const model = build();

  it("lists the KOL's own work in the window by publication date, with author positions, and not a namesake's", () => {
    expect(idsOf(model, model.ownWork)).toEqual(['s03', 's02', 's06', 's01', 's05']);
    expect(model.ownWork.map((i) => i.position)).toEqual(['first', 'last', 'co-author', 'first', undefined]);
    expect(model.ownWork[0]?.congress).toEqual({
      name: '2025 ASCO Annual Meeting',
      abstractNumber: 'LBA8505',
    });
    expect(model.ownWork[4]?.nct).toEqual(['NCT06123457']);
  });

  it('groups linked sources by the KOL\'s areas (sub-areas included), others under "Other areas", and area news apart', () => {
    expect(groupIds(model, model.linked)).toEqual([
      ['Lung cancer', ['s09']],
      ['Other areas', ['s10']],
    ]);
    expect(groupIds(model, model.areaNews)).toEqual([['Lung cancer', ['s12', 's07', 's08']]]);
  });

  it("takes the takeaway from the user's note, else the first sentence of the conclusions", () => {
    const linked = model.linked[0]?.items[0];
    expect(linked).toMatchObject({
      takeawayFrom: 'note',
      takeaway: expect.stringMatching(/^She questioned the control arm.*Asian subgroup\.$/),
    });
    expect(model.ownWork[1]).toMatchObject({
      takeawayFrom: 'conclusions',
      takeaway:
        'In this secondary analysis, ctDNA clearance at week 3 was associated with longer progression-free survival.',
    });
    expect(model.areaNews[0]?.items[0]?.takeaway).toBe(
      'Stereotactic radiotherapy achieved durable local control in selected patients, e.g. those with up to three lesions.',
    );
    expect(model.linked[1]?.items[0]?.takeaway).toBeUndefined();
  });

  it('numbers references in order of first citation, each source once', () => {
    const cited = [
      ...model.ownWork,
      ...model.linked.flatMap((g) => g.items),
      ...model.areaNews.flatMap((g) => g.items),
    ].map((i) => i.ref);
    const insightRefs = model.insights.flatMap((g) => g.items.flatMap((i) => (i.ref ? [i.ref] : [])));
    const firstSeen = [...new Set([...cited, ...insightRefs])];
    expect(firstSeen).toEqual(model.references.map((r) => r.number));
    expect(model.references.map((r) => r.number)).toEqual(model.references.map((_, i) => i + 1));
    expect(new Set(model.references.map((r) => r.work.sourceId)).size).toBe(model.references.length);
    expect(insightRefs).toEqual([2, 6, 5]);
  });

  it('keeps insights linked to the KOL by category, with the highlight as quote and note, and leaves others out', () => {
    expect(model.insights.map((g) => g.category)).toEqual([
      'unmet-need',
      'treatment-patterns',
      'perception-of-data',
      'trial-design',
      'uncategorised',
    ]);
    expect(model.insights[1]?.items[0]).toMatchObject({
      quote: 'ctDNA clearance at week 3 was associated with longer progression-free survival',
      text: expect.stringMatching(/^Ask whether/),
    });
    expect(JSON.stringify(model.insights)).not.toContain('Useful counterpoint');
  });

  it('reports the last meeting and briefing, and the open follow-ups with the overdue one flagged', () => {
    expect(model.window).toEqual({ from: '2025-03-05', to: '2025-06-10', label: 'Since the last meeting' });
    expect(model.sinceLast.lastMeeting?.date).toBe('2025-03-05');
    expect(model.sinceLast.lastBriefing).toEqual({ date: '2025-03-03', format: 'html' });
    expect(model.sinceLast.openFollowUps.map((f) => [f.due, f.overdue])).toEqual([
      ['2025-04-15', true],
      ['2025-07-01', false],
    ]);
    expect(model.sinceLast.newSourceCount).toBe(10);
  });

  it('is deterministic: the same input twice, or in another order, gives an equal model and byte-equal documents', () => {
    const again = build();
    const reversed = buildBriefing(
      {
        ...DATA,
        sources: [...DATA.sources].reverse(),
        notes: [...DATA.notes].reverse(),
        meetings: [...DATA.meetings].reverse(),
        links: [...DATA.links].reverse(),
        highlights: [...DATA.highlights].reverse(),
      },
      REQUEST,
      NOW,
    );
    expect(again).toEqual(model);
    expect(reversed).toEqual(model);
    expect(renderMarkdown(reversed)).toBe(renderMarkdown(model));
    expect(renderHtml(reversed)).toBe(renderHtml(model));
  });
});

describe('windows', () => {
  it('includes both ends of a custom window, by clip day for clips and publication day for own work', () => {
    const sources = [
      clip('before', '2025-03-31'),
      clip('first', '2025-04-01'),
      clip('last', '2025-04-30'),
      clip('after', '2025-05-01'),
    ];
    const model = build(
      { sources, links: [] },
      { window: { kind: 'custom', from: '2025-04-01', to: '2025-04-30' } },
    );
    expect(model.window).toEqual({ from: '2025-04-01', to: '2025-04-30', label: 'Chosen dates' });
    expect(model.areaNews.flatMap((g) => idsOf(model, g.items))).toEqual(['last', 'first']);
  });

  it('judges own work by a partial publication date narrowed by the clip day', () => {
    const by = [{ name: 'de la Cruz ME', affiliations: [] }];
    const sources = [
      clip('feb', '2025-03-10', { authors: by, published: '2025-02' }), // February: before the window
      clip('mar', '2025-04-20', { authors: by, published: '2025-03' }), // clipped later: counts as 31 March
      clip('old', '2025-04-02', { authors: by, published: '2019' }),
      clip('undated', '2025-03-06', { authors: by }),
    ];
    const model = build({ sources, links: [] });
    expect(idsOf(model, model.ownWork)).toEqual(['mar', 'undated']);
    expect(model.ownWork.map((i) => i.date)).toEqual(['2025-03', '2025-03-06']);
  });

  it('without any meeting or briefing, covers the last 12 months and says so', () => {
    const model = build({ meetings: [], briefings: [] });
    expect(model.window.from).toBe('2024-06-10');
    expect(model.window.label).toMatch(/^Last 12 months, as no earlier meeting or briefing/);
    expect(model.sinceLast.lastMeeting).toBeUndefined();
    expect(model.sinceLast.openFollowUps).toEqual([]);
  });

  it('starts at the later of the last meeting and the last briefing, ignoring a meeting planned after now', () => {
    const briefing = { ...DATA.briefings[0]!, id: 'b2', createdAt: Date.parse('2025-04-20T08:00:00Z') };
    const planned = { ...DATA.meetings[0]!, id: 'm3', date: '2025-06-12', followUps: [] };
    const model = build({ briefings: [...DATA.briefings, briefing], meetings: [...DATA.meetings, planned] });
    expect(model.window).toEqual({ from: '2025-04-20', to: '2025-06-10', label: 'Since the last briefing' });
    expect(model.sinceLast.lastMeeting?.date).toBe('2025-03-05');
  });

  it('counts months back by the calendar, clamped to the end of a shorter month', () => {
    expect(build({}, { window: { kind: 'months', months: 3 } }).window.from).toBe('2025-03-10');
    expect(
      build({}, { window: { kind: 'months', months: 3 } }, Date.parse('2025-05-31T12:00:00Z')).window.from,
    ).toBe('2025-02-28');
  });
});

describe('narrowing and sections', () => {
  it('narrows linked sources and area news to an area and its sub-areas, and drops "Other areas"; own work stays', () => {
    const egfr = build({}, { areaIds: ['area-nsclc-egfr'] });
    expect(egfr.areaFilter).toEqual(['EGFR-mutant NSCLC']);
    expect(groupIds(egfr, egfr.linked)).toEqual([['EGFR-mutant NSCLC', ['s09']]]);
    expect(groupIds(egfr, egfr.areaNews)).toEqual([['EGFR-mutant NSCLC', ['s07']]]);
    expect(egfr.ownWork).toHaveLength(5);
    const oncology = build({}, { areaIds: ['area-oncology'] });
    expect(groupIds(oncology, oncology.linked)).toEqual([['Oncology', ['s10', 's09']]]);
    expect(groupIds(oncology, oncology.areaNews)).toEqual([['Oncology', ['s12', 's07', 's14', 's08']]]);
  });

  it('leaves sections not chosen empty, and cites only what the chosen ones list', () => {
    const model = build({}, { sections: ['insights'] });
    expect([
      model.ownWork,
      model.linked,
      model.areaNews,
      model.objectives,
      model.sinceLast.openFollowUps,
    ]).toEqual([[], [], [], [], []]);
    expect(model.references.map((r) => r.work.sourceId)).toEqual(['s02', 's09', 's05']);
    expect(renderMarkdown(model)).not.toMatch(/## (Own work|Objectives|Since the last)/);
  });

  it(`keeps at most ${MAX_SECTION_ITEMS} entries per section, the newest, and says how many more there were`, () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      clip(`n${String(i).padStart(2, '0')}`, `2025-04-${String((i % 28) + 1).padStart(2, '0')}`, {
        kolIds: [DATA.kol.id],
      }),
    );
    const model = build({ sources: many, links: [] });
    expect(model.linked.flatMap((g) => g.items)).toHaveLength(MAX_SECTION_ITEMS);
    expect(model.omitted).toEqual({ linked: 10 });
    expect(renderMarkdown(model)).toContain('10 more not shown');
    expect(renderHtml(model)).toContain('10 more not shown');
  });

  it('says where a linked source went when it is listed as own work, rather than that none was clipped', () => {
    const own = clip('own', '2025-04-10', {
      kolIds: [DATA.kol.id],
      authors: [{ name: 'de la Cruz ME', affiliations: [] }],
    });
    const model = build({ sources: [own], links: [], notes: [], highlights: [] });
    expect(idsOf(model, model.ownWork)).toEqual(['own']);
    expect(model.linked).toEqual([]);
    expect(model.linkedInOwnWork).toBe(1);
    const where =
      'The one source linked to the KOL and clipped in this period is the KOL\u2019s own work, listed under \u201cOwn work in the period\u201d.';
    expect(renderMarkdown(model)).toContain(where);
    expect(renderHtml(model)).toContain(where);
    expect(renderMarkdown(model)).not.toContain('No sources linked to the KOL were clipped in this period.');

    // Without the own-work section it is listed as linked, and nothing is said about own work.
    const linkedOnly = build(
      { sources: [own], links: [], notes: [], highlights: [] },
      { sections: ['linked'] },
    );
    expect(groupIds(linkedOnly, linkedOnly.linked)).toEqual([['Lung cancer', ['own']]]);
    expect(linkedOnly.linkedInOwnWork).toBeUndefined();
    expect(renderMarkdown(linkedOnly)).not.toContain('Own work');
  });
});
