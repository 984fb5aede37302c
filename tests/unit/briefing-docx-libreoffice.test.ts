// The Word briefing opens in LibreOffice: converted headless to PDF and to text, with every section and reference.
//
// Runs where LibreOffice is installed (`apt-get install libreoffice-writer-nogui`, about 15 s on Debian) and
// elsewhere is reported as skipped, with a warning saying why: the XML checks of lib/briefing/render-docx.test.ts
// run everywhere.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBriefing } from '../../lib/briefing/build-briefing';
import { SECTION_TITLES } from '../../lib/briefing/briefing-wording';
import { renderDocx } from '../../lib/briefing/render-docx';
import {
  SAMPLE_BRIEFING_DATA,
  SAMPLE_BRIEFING_REQUEST,
  SAMPLE_NOW,
} from '../fixtures/briefing/sample-knowledge-base';

function findSoffice(): string | undefined {
  try {
    return (
      execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], {
        encoding: 'utf8',
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

const soffice = findSoffice();
if (!soffice)
  console.warn(
    '[skipped] briefing DOCX in LibreOffice: soffice is not installed (apt-get install libreoffice-writer-nogui)',
  );

const dir = mkdtempSync(join(tmpdir(), 'liaison-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each conversion may take up to 120 s (a cold LibreOffice on a busy machine takes over 30 s); the test makes two. */
const CONVERSION_TIMEOUT_MS = 120_000;
const CONVERSIONS_TIMEOUT_MS = 2 * CONVERSION_TIMEOUT_MS + 10_000;

function convert(file: string, to: string): void {
  execFileSync(
    soffice ?? 'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', dir, file],
    { stdio: 'ignore', timeout: CONVERSION_TIMEOUT_MS },
  );
}

describe.skipIf(!soffice)('the Word briefing in LibreOffice', () => {
  it(
    'converts to a PDF of several pages and to text holding every section, in order, and the references',
    async () => {
      const model = buildBriefing(SAMPLE_BRIEFING_DATA, SAMPLE_BRIEFING_REQUEST, SAMPLE_NOW);
      const file = join(dir, 'briefing.docx');
      writeFileSync(file, await renderDocx(model));

      convert(file, 'pdf');
      const pdf = readFileSync(join(dir, 'briefing.pdf'), 'latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(1);

      convert(file, 'txt:Text (encoded):UTF8');
      const text = readFileSync(join(dir, 'briefing.txt'), 'utf8');
      expect(text).toContain(`Pre-meeting briefing: ${model.kol.name}`);
      const positions = model.sections.map((id) => text.indexOf(SECTION_TITLES[id]));
      expect(
        positions.every((p) => p >= 0),
        `every chosen section is in the text: ${JSON.stringify(positions)}`,
      ).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      for (const reference of model.references) expect(text).toContain(reference.work.title.slice(0, 40));
    },
    CONVERSIONS_TIMEOUT_MS,
  );
});
