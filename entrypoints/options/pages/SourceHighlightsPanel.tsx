// Highlights of a source in the detail view: passage, note, category, links; edit, delete, and open the page at the passage.
import { useState } from 'preact/hooks';
import { ComplianceWarning } from '../../../components/ComplianceWarning';
import { SafetyBadge } from '../../../components/SafetyBadge';
import { useComplianceGate } from '../../../components/use-compliance-gate';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { NoteEditor, type NoteDraft } from '../../../components/NoteEditor';
import { useLiveQuery } from '../../../components/use-live-query';
import { textFragmentUrl } from '../../../lib/anchor';
import { formatDate } from '../../../lib/calendar-day';
import { INSIGHT_LABELS } from '../../../lib/insight-labels';
import type { Highlight, Source } from '../../../lib/model';
import { liveEnv } from '../../../lib/repo/live';
import * as repo from '../repo';
import { useLinkOptions } from './use-link-options';
import { toComplianceOptions } from '../../../lib/repo/compliance-settings';
import { useComplianceSettings } from './use-compliance-settings';

const toDraft = (h: Highlight): NoteDraft => ({
  text: h.note ?? '',
  category: h.category ?? '',
  kolIds: h.kolIds,
  areaIds: h.areaIds,
});

/** The highlights section of a source; those saved without a position in the page are listed here too. */
export function SourceHighlightsPanel({ source }: { source: Source }) {
  const stored = useLiveQuery(() => repo.listHighlights(source.id), [source.id]);
  const { kols, areas, kolOptions, areaOptions } = useLinkOptions();
  const settings = useComplianceSettings();
  const gate = useComplianceGate(toComplianceOptions(settings, new Date()));
  const [editing, setEditing] = useState<{ id: string; draft: NoteDraft }>();
  const [error, setError] = useState<string>();
  const [removing, setRemoving] = useState<string>();
  const highlights = stored.value ?? [];
  const names = (ids: string[], from: { id: string; name: string }[]) =>
    ids.flatMap((id) => from.find((x) => x.id === id)?.name ?? []);

  async function save(confirmed = false) {
    if (!editing) return;
    const verdict = await gate.check(editing.draft.text, confirmed);
    if (!verdict.proceed) return;
    try {
      const { text, category, kolIds, areaIds } = editing.draft;
      await repo.updateHighlight(
        editing.id,
        { note: text, category: category || undefined, kolIds, areaIds },
        liveEnv,
      );
      if (verdict.confirmedEvent) {
        const { products } = verdict.confirmedEvent;
        await repo.recordAdverseEventConfirmation({ kind: 'highlight', id: editing.id }, products, liveEnv);
      }
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
                    subject="highlight note"
                    pharmacovigilance={settings.pharmacovigilance}
                    reporters={names(editing.draft.kolIds, kols)}
                    onConfirm={() => void save(true)}
                  />
                )}
              </>
            ) : (
              <>
                {h.note && <p class="highlight-note">{h.note}</p>}
                <span class="meta-line">
                  <SafetyBadge mark={h.safety} />{' '}
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
            void repo.deleteHighlight(removing);
            setRemoving(undefined);
          }}
          onCancel={() => setRemoving(undefined)}
        />
      )}
    </section>
  );
}
