// Notes of a source in the detail view: read, add, edit (text, category, links) and delete (highlights: SourceHighlightsPanel).
import { useState } from 'preact/hooks';
import { ComplianceWarning } from '../../../components/ComplianceWarning';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { SafetyBadge } from '../../../components/SafetyBadge';
import { useComplianceGate } from '../../../components/use-compliance-gate';
import { NoteEditor, type NoteDraft } from '../../../components/NoteEditor';
import { useLiveQuery } from '../../../components/use-live-query';
import { formatDate } from '../../../lib/calendar-day';
import { INSIGHT_LABELS } from '../../../lib/insight-labels';
import type { Note } from '../../../lib/model';
import { liveEnv } from '../../../lib/repo/live';
import * as repo from '../repo';
import { useLinkOptions } from './use-link-options';
import { toComplianceOptions } from '../../../lib/repo/compliance-settings';
import { useComplianceSettings } from './use-compliance-settings';

const EMPTY: NoteDraft = { text: '', category: '', kolIds: [], areaIds: [] };
const toDraft = (n: Note): NoteDraft => ({
  text: n.text,
  category: n.category ?? '',
  kolIds: n.kolIds,
  areaIds: n.areaIds,
});
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The notes section of a source. */
export function SourceNotesPanel({ sourceId }: { sourceId: string }) {
  const annotations = useLiveQuery(() => repo.getSourceAnnotations(sourceId), [sourceId]);
  const { kols, areas, kolOptions, areaOptions } = useLinkOptions();
  const [editing, setEditing] = useState<{ id?: string; draft: NoteDraft }>();
  const [error, setError] = useState<string>();
  const settings = useComplianceSettings();
  const gate = useComplianceGate(toComplianceOptions(settings, new Date()));
  const [removing, setRemoving] = useState<string>();
  const notes = annotations.value?.notes ?? [];
  const names = (ids: string[], from: { id: string; name: string }[]) =>
    ids.flatMap((id) => from.find((x) => x.id === id)?.name ?? []);

  async function save(confirmed = false) {
    if (!editing) return;
    setError(undefined);
    const { id, draft } = editing;
    const verdict = await gate.check(draft.text, confirmed);
    if (!verdict.proceed) return;
    try {
      let savedId = id;
      if (id) {
        await repo.updateNote(id, { ...draft, category: draft.category || undefined }, liveEnv);
      } else {
        if (!draft.text.trim()) throw new Error('Write the note first.');
        const toChoice = (targetId: string) => ({ targetId, origin: 'manual' as const });
        const saved = await repo.annotateSource(
          sourceId,
          {
            note: draft.text,
            noteCategory: draft.category || undefined,
            kols: draft.kolIds.map(toChoice),
            areas: draft.areaIds.map(toChoice),
          },
          liveEnv,
        );
        savedId = saved.noteId;
      }
      if (verdict.confirmedEvent && savedId) {
        await repo.recordAdverseEventConfirmation(
          { kind: 'note', id: savedId },
          verdict.confirmedEvent.products,
          liveEnv,
        );
      }
      setEditing(undefined);
    } catch (e) {
      setError(message(e));
    }
  }

  const editor = (id?: string) =>
    editing &&
    editing.id === id && (
      <>
        <NoteEditor
          idPrefix={id ? `note-${id}` : 'new-note'}
          draft={editing.draft}
          kolOptions={kolOptions}
          areaOptions={areaOptions}
          saveLabel={id ? 'Save note' : 'Add note'}
          error={error}
          onChange={(draft) => {
            setEditing({ id, draft });
            gate.clear();
          }}
          onSave={() => void save()}
          onCancel={() => {
            setEditing(undefined);
            setError(undefined);
            gate.clear();
          }}
        />
        {gate.findings.length > 0 && (
          <ComplianceWarning
            findings={gate.findings}
            text={editing.draft.text}
            pharmacovigilance={settings.pharmacovigilance}
            reporters={names(editing.draft.kolIds, kols)}
            onConfirm={() => void save(true)}
          />
        )}
      </>
    );

  return (
    <section class="detail-section" aria-labelledby="annotations-title">
      <h2 id="annotations-title">Notes</h2>
      <ul class="annotation-list">
        {notes.map((note) => (
          <li key={note.id} class="annotation annotation-note" data-testid="source-note">
            {editing?.id === note.id ? (
              editor(note.id)
            ) : (
              <>
                <p>{note.text}</p>
                <span class="meta-line">
                  <SafetyBadge mark={note.safety} />{' '}
                  {note.category ? <span class="kind-tag">{INSIGHT_LABELS[note.category]}</span> : 'Note'} ·{' '}
                  {formatDate(note.createdAt)}
                  {[...names(note.kolIds, kols), ...names(note.areaIds, areas)]
                    .map((n) => ` · ${n}`)
                    .join('')}
                </span>
                <div class="annotation-actions">
                  <button
                    type="button"
                    class="btn btn-quiet"
                    aria-label="Edit note"
                    onClick={() => setEditing({ id: note.id, draft: toDraft(note) })}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    class="btn btn-quiet"
                    aria-label="Delete note"
                    onClick={() => setRemoving(note.id)}
                  >
                    Delete
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing && !editing.id ? (
        editor(undefined)
      ) : (
        <button
          type="button"
          class="btn add-note"
          onClick={() => {
            setError(undefined);
            setEditing({ draft: EMPTY });
          }}
        >
          Add a note
        </button>
      )}
      {removing && (
        <ConfirmDialog
          title="Delete this note?"
          message="It is removed from the source. This cannot be undone."
          confirmLabel="Delete note"
          onConfirm={() => {
            void repo.deleteNote(removing);
            setRemoving(undefined);
          }}
          onCancel={() => setRemoving(undefined)}
        />
      )}
    </section>
  );
}
