// The popup's list of the page's highlights: found ones can be shown on the page (reworded ones say so), orphans keep their passage and note.
import { INSIGHT_LABELS } from '../../lib/insight-labels';
import type { PaintReport } from '../../lib/messages';
import type { Highlight } from '../../lib/model';

interface Props {
  highlights: Highlight[];
  report?: PaintReport;
  paintError?: string;
  onFocus: (id: string) => void;
}

const clip = (text: string, max = 180) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The passage, or when the page now words it differently, that it changed, the current wording and the saved one. */
function HighlightText({ highlight, current }: { highlight: Highlight; current?: string }) {
  return (
    <>
      {current === undefined ? (
        <blockquote class="popup-passage">{clip(highlight.exact)}</blockquote>
      ) : (
        <>
          <p class="popup-reworded" data-testid="popup-highlight-reworded">
            The page has changed since you saved this. It now reads:
          </p>
          <blockquote class="popup-passage">{clip(current)}</blockquote>
          <p class="popup-highlight-note">Saved as: “{clip(highlight.exact, 120)}”</p>
        </>
      )}
      {highlight.note && <p class="popup-highlight-note">{clip(highlight.note, 240)}</p>}
      {highlight.category && <span class="kind-tag">{INSIGHT_LABELS[highlight.category]}</span>}
    </>
  );
}

/** Highlights found on the page first, each a button that scrolls to it; then those the page no longer has. */
export function HighlightList({ highlights, report, paintError, onFocus }: Props) {
  if (!highlights.length) return null;
  const orphanIds = new Set(report?.orphans ?? []);
  const found = report ? highlights.filter((h) => !orphanIds.has(h.id)) : [];
  const orphans = highlights.filter((h) => orphanIds.has(h.id));
  const currentWording = new Map(
    (report?.painted ?? []).flatMap((p) => (p.current === undefined ? [] : [[p.id, p.current] as const])),
  );
  return (
    <section class="popup-highlights" aria-labelledby="popup-highlights-title" data-testid="popup-highlights">
      <h2 id="popup-highlights-title" class="popup-section-title">
        Highlights on this page <span class="meta-line">{highlights.length}</span>
      </h2>
      {!report && !paintError && <p class="meta-line">Finding them on the page…</p>}
      {paintError && <p class="meta-line">They cannot be shown on this page: {paintError}</p>}
      {found.length > 0 && (
        <ul class="popup-highlight-list">
          {found.map((h) => {
            const current = currentWording.get(h.id);
            return (
              <li key={h.id} data-testid="popup-highlight">
                <button type="button" class="popup-highlight-item" onClick={() => onFocus(h.id)}>
                  {/* Named by what it shows, so speech input can say the words it sees (WCAG 2.5.3). */}
                  <span class="sr-only">Show on the page: </span>
                  <HighlightText highlight={h} current={current} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {orphans.length > 0 && (
        <>
          <h3 class="popup-orphans-title">Not found on this page ({orphans.length})</h3>
          <p class="meta-line">
            The page has changed since these were made. They stay in your library with their notes.
          </p>
          <ul class="popup-highlight-list">
            {orphans.map((h) => (
              <li key={h.id} class="popup-orphan" data-testid="popup-orphan">
                <HighlightText highlight={h} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
