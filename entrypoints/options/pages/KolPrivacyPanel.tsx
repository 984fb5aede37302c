// The "Data subject" section of a KOL's page: export everything held about them (JSON), or erase them after a confirmation.
import { countOf } from '../../../lib/counted-noun';
import { useState } from 'preact/hooks';
import { Banner } from '../../../components/Banner';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { Kol } from '../../../lib/model';
import { routeHash } from '../../../lib/route';
import { fileNameSlug } from '../../../lib/text/file-name-slug';
import { liveEnv } from '../../../lib/repo/live';
import * as repo from '../repo';
import type { ErasureCounts } from '../../../lib/repo/kol-privacy';
import { downloadText } from '../download';

/** What the confirmation says erasing `name` removes and keeps; exported for tests. */
export function describeErasureInWords(name: string, c: ErasureCounts): string {
  const removed = [
    `the profile of ${name}`,
    countOf(c.links, 'link'),
    countOf(c.notes, 'note'),
    countOf(c.highlights, 'highlight'),
    countOf(c.meetings, 'meeting'),
    countOf(c.briefings, 'briefing record'),
  ];
  const kept = [
    ...(c.sharedAnnotations
      ? [
          `${countOf(c.sharedAnnotations, 'note or highlight', 'notes or highlights')} also about other KOLs ${c.sharedAnnotations === 1 ? 'stays' : 'stay'}, without the link`,
        ]
      : []),
    `the ${countOf(c.sources, 'source')} ${c.sources === 1 ? 'stays' : 'stay'} in your library`,
  ];
  return `This removes ${removed.join(', ')}; ${kept.join('; ')}. This cannot be undone: export first if you need a copy.`;
}

/** The export's file name from the KOL's name, folded to letters and digits as every match is (lib/text/fold.ts); exported for tests. */
export const kolDataFileName = (kol: Pick<Kol, 'name'>, now: number) =>
  `liaison-kol-${fileNameSlug(kol.name, 'data', 40)}-${new Date(now).toISOString().slice(0, 10)}.json`;

/** The data subject section for one KOL. */
export function KolPrivacyPanel({ kol }: { kol: Kol }) {
  const [counts, setCounts] = useState<ErasureCounts>();
  const [failure, setFailure] = useState<string>();
  const [exported, setExported] = useState(false);
  const fail = (error: unknown) => setFailure(error instanceof Error ? error.message : String(error));

  async function exportData() {
    setFailure(undefined);
    try {
      const now = liveEnv.now();
      const data = await repo.exportKolData(kol.id, { now: () => now });
      downloadText(kolDataFileName(kol, now), JSON.stringify(data, null, 2), 'application/json');
      setExported(true);
    } catch (error) {
      fail(error);
    }
  }

  async function askToErase() {
    setFailure(undefined);
    try {
      setCounts(await repo.describeErasure(kol.id));
    } catch (error) {
      fail(error);
    }
  }

  async function erase() {
    setCounts(undefined);
    try {
      await repo.eraseKol(kol.id, liveEnv);
      location.hash = routeHash({ name: 'kols' });
    } catch (error) {
      fail(error);
    }
  }

  return (
    <section class="detail-section" aria-labelledby="data-subject-title" data-testid="kol-privacy">
      <h2 id="data-subject-title">Data subject</h2>
      <p class="muted">
        {kol.name} may ask what Liaison holds about them, or ask to be erased. The export is one JSON file
        with the profile, links, the sources linked to or written by them, notes, highlights, meetings and
        briefing records.
      </p>
      <div class="form-actions">
        <button type="button" class="btn" onClick={() => void exportData()}>
          Export everything about this KOL (JSON)
        </button>
        <button type="button" class="btn btn-danger" onClick={() => void askToErase()}>
          Erase this KOL…
        </button>
      </div>
      {exported && (
        <p class="meta-line" role="status">
          Exported. The file holds personal data: keep it safe, and delete it once it has been handed over.
        </p>
      )}
      {failure && (
        <Banner tone="danger" title="Nothing was changed">
          {failure}
        </Banner>
      )}
      {counts && (
        <ConfirmDialog
          title={`Erase ${kol.name}?`}
          message={describeErasureInWords(kol.name, counts)}
          confirmLabel="Erase KOL"
          onConfirm={() => void erase()}
          onCancel={() => setCounts(undefined)}
        />
      )}
    </section>
  );
}
