// PDF extraction over the shared corpus of real PDFs (../shared/corpus/pdf): never fails, and meets the target field by field.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPdfFile } from '../eval/pdf-node';
import {
  matchPdfField,
  PDF_EVAL_FIELDS,
  shownPdfValue,
  TEXT_FIELDS,
  wantedPdfValue,
  type PdfEvalField,
  type PdfExpectation,
} from '../eval/pdf-match';

const CORPUS =
  process.env.LIAISON_CORPUS ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const DIR = path.join(CORPUS, 'pdf');
const HAS_CORPUS = fs.existsSync(DIR);
if (!HAS_CORPUS) console.warn(`PDF corpus not found at ${DIR}; PDF corpus tests skipped`);

const files = HAS_CORPUS
  ? fs
      .readdirSync(DIR)
      .filter((file) => file.endsWith('.pdf'))
      .sort()
  : [];

/** Per field: matches over all files, and over files whose text can be read (for fields only text gives). */
const tallies = new Map<
  PdfEvalField,
  { hit: number; of: number; readableHit: number; readableOf: number; misses: string[] }
>(PDF_EVAL_FIELDS.map((field) => [field, { hit: 0, of: 0, readableHit: 0, readableOf: 0, misses: [] }]));

afterAll(() => {
  for (const [field, t] of tallies) {
    if (t.of === 0) continue;
    console.log(
      `pdf ${field}: ${t.hit}/${t.of}, readable ${t.readableHit}/${t.readableOf}` +
        (t.misses.length > 0 ? `; misses: ${t.misses.join(', ')}` : ''),
    );
  }
});

describe.skipIf(!HAS_CORPUS)('corpus: real PDFs', () => {
  it.each(files)('%s: is read, or refused with a typed error', async (file) => {
    const name = file.replace(/\.pdf$/, '');
    const result = await extractPdfFile(path.join(DIR, file));
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    if (!result.ok) return;
    expect(result.page.title.trim()).not.toBe('');
    const want = JSON.parse(
      fs.readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8'),
    ) as PdfExpectation;
    const outcome = {
      page: result.page,
      hasTextLayer: result.reading.textLayer !== 'none',
      textReadable: result.reading.textLayer === 'text',
    };
    // A scan and a broken text layer are reported as such, and nothing is invented from them.
    if (!want.hasTextLayer) expect(result.reading.textLayer).toBe('none');
    if (want.textLayerUsable === false) expect(result.reading.textLayer).toBe('unusable');
    const unreadable = !outcome.textReadable;
    for (const field of PDF_EVAL_FIELDS) {
      const matched = matchPdfField(field, outcome, want);
      const tally = tallies.get(field);
      if (matched === null || !tally) continue;
      tally.of++;
      if (matched) tally.hit++;
      else
        tally.misses.push(
          `${name} (got ${shownPdfValue(field, outcome)}, expected ${wantedPdfValue(field, want)})`,
        );
      if (!(unreadable && TEXT_FIELDS.has(field))) {
        tally.readableOf++;
        if (matched) tally.readableHit++;
      }
    }
  });

  it('matches the hand-read truth on at least 95% of the files with readable text, field by field', () => {
    // Fields only page text can give are not scored on a scan or an unreadable text layer (no OCR);
    // every other field is scored on every file.
    for (const [field, t] of tallies) {
      if (t.readableOf === 0) continue;
      expect(t.readableHit / t.readableOf, field).toBeGreaterThanOrEqual(0.95);
    }
  });
});
