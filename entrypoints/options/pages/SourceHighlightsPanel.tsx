// Highlights of a source in the detail view: passage, note, category, links; edit, delete, and open the page at the passage.
import { useState } from 'preact/hooks';
import { ComplianceWarning } from '../../../components/ComplianceWarning';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { NoteEditor, type NoteDraft } from '../../../components/NoteEditor';
import { useLiveQuery } from '../../../components/use-live-query';
import { textFragmentUrl } from '../../../lib/anchor';
import { checkText, type ComplianceFinding } from '../../../lib/compliance';
import { formatDate } from '../../../lib/calendar-day';
import { INSIGHT_LABELS } from '../../../lib/insight-labels';
import type { Highlight, Source } from '../../../lib/model';
import { liveEnv, openDatabase } from '../../../lib/repo/database';
import { deleteHighlight, listHighlights, updateHighlight } from '../../../lib/repo/highlights';
import { useLinkOptions } from './use-link-options';
import { useRestrictedTerms } from './use-restricted-terms';

const db = openDatabase();
const toDraft = (h: Highlight): NoteDraft => ({
  text: h.note ?? '',
  category: h.category ?? '',
  kolIds: h.kolIds,
  areaIds: h.areaIds,
});

/** The highlights section of a source; those saved without a position in the page are listed here too. */
export function SourceHighlightsPanel({ source }: { source: Source }) {
  const stored = useLiveQuery(() => listHighlights(db, source.id), [source.id]);
  const { kols, areas, kolOptions, areaOptions } = useLinkOptions();
  const restrictedTerms = useRestrictedTerms();
  const [editing, setEditing] = useState<{ id: string; draft: NoteDraft }>();
  const [findings, setFindings] = useState<ComplianceFinding[]>([]);
  const [error, setError] = useState<string>();
  const [removing, setRemoving] = useState<string>();
  const highlights = stored.value ?? [];
  const names = (ids: string[], from: { id: string; name: string }[]) =>
    ids.flatMap((id) => from.find((x) => x.id === id)?.name ?? []);

  async function save(confirmed = false) {
    if (!editing) return;
    const found = confirmed ? [] : checkText(editing.draft.text, { restrictedTerms });
    setFindings(found);
    if (found.length > 0) return;
    try {
      const { text, category, kolIds, areaIds } = editing.draft;
      await updateHighlight(
        db,
        editing.id,
        { note: text, category: category || undefined, kolIds, areaIds },
        liveEnv,
      );
      setEditing(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  if (!highlights.length) return null;
  return (
    <section class="detail-section" aria-labelledby="highlights-title" data-testid="source-highlights">
      <h2 id="highlights-title">Highlights</h2>
      <ul class="annotation-list">
        {highlights.map((h) => (
          <li key={h.id} class="annotation annotation-highlight" data-testid="source-highlight">
            <blockquote>{h.exact}</blockquote>
            {editing?.id === h.id ? (
              <>
                <NoteEditor
                  idPrefix={`highlight-${h.id}`}
                  draft={editing.draft}
                  kolOptions={kolOptions}
                  areaOptions={areaOptions}
                  saveLabel="Save highlight"
                  error={error}
                  onChange={(draft) => {
                    setEditing({ id: h.id, draft });
                    setFindings([]);
                  }}
                  onSave={() => void save()}
                  onCancel={() => {
                    setEditing(undefined);
                    setError(undefined);
                    setFindings([]);
                  }}
                />
                {findings.length > 0 && (
                  <ComplianceWarning findings={findings} onConfirm={() => void save(true)} />
                )}
              </>
            ) : (
              <>
                {h.note && <p class="highlight-note">{h.note}</p>}
                <span class="meta-line">
                  {h.category ? <span class="kind-tag">{INSIGHT_LABELS[h.category]}</span> : 'Highlight'} ·{' '}
                  {formatDate(h.createdAt)}
                  {[...names(h.kolIds, kols), ...names(h.areaIds, areas)].map((n) => ` · ${n}`).join('')}
                </span>
                <div class="annotation-actions">
                  <a
                    class="btn btn-quiet"
                    href={textFragmentUrl(source.url, h)}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    Open at this passage
                  </a>
                  <button
                    type="button"
                    class="btn btn-quiet"
                    aria-label="Edit highlight"
                    onClick={() => {
                      setError(undefined);
                      setEditing({ id: h.id, draft: toDraft(h) });
                    }}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    class="btn btn-quiet"
                    aria-label="Delete highlight"
                    onClick={() => setRemoving(h.id)}
                  >
                    Delete
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {removing && (
        <ConfirmDialog
          title="Delete this highlight?"
          message="Its passage and note are removed from the source. This cannot be undone."
          confirmLabel="Delete highlight"
          onConfirm={() => {
            void deleteHighlight(db, removing);
            setRemoving(undefined);
          }}
          onCancel={() => setRemoving(undefined)}
        />
      )}
    </section>
  );
}
