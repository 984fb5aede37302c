// The table of briefing formats: one entry and renderer each, file names after KOL and day.
import { describe, expect, it } from 'vitest';
import {
  SAMPLE_BRIEFING_DATA,
  SAMPLE_BRIEFING_REQUEST,
  SAMPLE_NOW,
} from '../../tests/fixtures/briefing/sample-knowledge-base';
import type { BriefingFormat } from '../model';
import { buildBriefing } from './build-briefing';
import { BRIEFING_FORMATS, briefingFileName, briefingFormat, renderBriefingFile } from './formats';
import { BRIEFING_MARKING } from './model';

/** Every format the model knows; the compiler fails here when one is added to BriefingFormat. */
const ALL: Record<BriefingFormat, true> = {
  markdown: true,
  html: true,
  docx: true,
  ris: true,
  bibtex: true,
  'csl-json': true,
};

describe('briefing formats', () => {
  it('lists every format once, each with its own extension and a MIME type', () => {
    expect(BRIEFING_FORMATS.map((f) => f.id).sort()).toEqual(Object.keys(ALL).sort());
    expect(new Set(BRIEFING_FORMATS.map((f) => f.extension)).size).toBe(BRIEFING_FORMATS.length);
    for (const f of BRIEFING_FORMATS) expect(f.mimeType).toMatch(/^[a-z]+\/[\w.+-]+/);
    expect(() => briefingFormat('pdf' as BriefingFormat)).toThrow(/Unknown/);
  });

  it('names files after the KOL and the meeting day, else the day the pack was made', () => {
    const model = {
      kol: { id: 'k', name: 'Hanna Lindqvist', areas: [] },
      generatedAt: '2025-03-01T09:00:00.000Z',
    };
    expect(briefingFileName({ ...model, meetingDate: '2025-03-05' }, 'markdown')).toBe(
      'briefing-hanna-lindqvist-2025-03-05.md',
    );
    expect(briefingFileName(model, 'docx')).toBe('briefing-hanna-lindqvist-2025-03-01.docx');
    expect(briefingFileName(model, 'ris')).toBe('references-hanna-lindqvist-2025-03-01.ris');
    expect(briefingFileName(model, 'bibtex')).toBe('references-hanna-lindqvist-2025-03-01.bib');
    expect(briefingFileName(model, 'csl-json')).toBe('references-hanna-lindqvist-2025-03-01.json');
  });

  it('names the file after the KOL with the one folding rule', () => {
    const model = {
      kol: { id: 'k', name: 'Åse Müller-Jørgensen', areas: [] },
      generatedAt: '2025-03-01T09:00:00.000Z',
    };
    expect(briefingFileName(model, 'markdown')).toBe('briefing-ase-muller-jorgensen-2025-03-01.md');
    expect(briefingFileName({ ...model, kol: { ...model.kol, name: '王伟' } }, 'ris')).toBe(
      'references-kol-2025-03-01.ris',
    );
  });
});

describe('rendering through the table', () => {
  it('gives each format its own renderer: the pack with the marking, the references alone, DOCX as a zip', async () => {
    const model = buildBriefing(SAMPLE_BRIEFING_DATA, SAMPLE_BRIEFING_REQUEST, SAMPLE_NOW);
    const files = Object.fromEntries(
      await Promise.all(
        BRIEFING_FORMATS.map(async (f) => [f.id, await renderBriefingFile(model, f.id)] as const),
      ),
    );
    const text = (id: BriefingFormat) => String(files[id]!.content);
    expect(text('markdown')).toContain(BRIEFING_MARKING);
    expect(text('html')).toMatch(/^<!doctype html>/i);
    expect(text('html')).toContain(BRIEFING_MARKING);
    const docx = files.docx!.content;
    expect(docx).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(...(docx as Uint8Array).slice(0, 2))).toBe('PK');
    expect(text('ris')).toMatch(/^TY {2}- /m);
    expect(text('ris')).not.toContain(BRIEFING_MARKING);
    expect(text('bibtex')).toMatch(/^@\w+\{/m);
    expect(JSON.parse(text('csl-json'))).toHaveLength(model.references.length);
    expect(files.markdown!.fileName).toBe(briefingFileName(model, 'markdown'));
  });
});
