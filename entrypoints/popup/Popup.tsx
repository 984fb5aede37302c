// The popup: preview the page, link KOLs and areas, add a note, save; highlight the selection; show the page's highlights.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Banner } from '../../components/Banner';
import { ClipLinks } from '../../components/ClipLinks';
import { ComplianceWarning } from '../../components/ComplianceWarning';
import { useComplianceGate, type ComplianceVerdict } from '../../components/use-compliance-gate';
import { SourcePreview } from '../../components/SourcePreview';
import { useLiveQuery } from '../../components/use-live-query';
import { getTab, openLibrary, readTab, readTabMetadata } from '../../lib/browser';
import { describeSaveError } from '../../lib/clipper';
import { formatDate } from '../../lib/calendar-day';
import { suggestLinks } from '../../lib/match/suggest-links';
import type { ExtractedPage, InsightCategory, LinkChoice } from '../../lib/model';
import { loadPopupView, pageToSave, toSavedPage, withFullRead, type PopupView } from '../../lib/popup-flow';
import { toAreaTree } from '../../lib/repo/areas';
import { liveEnv } from '../../lib/repo/live';
import * as repo from './repo';
import { toComplianceOptions, type ComplianceSettings } from '../../lib/repo/compliance-settings';
import { HighlightForm } from './HighlightForm';
import { HighlightList } from './HighlightList';
import { usePageHighlights } from './use-page-highlights';

const NO_SETTINGS: ComplianceSettings = {
  restrictedTerms: [],
  products: [],
  pharmacovigilance: { email: '', phone: '', address: '' },
};

async function openEntry(sourceId: string): Promise<void> {
  await openLibrary(`#/source/${encodeURIComponent(sourceId)}`);
  window.close();
}

function StatusBanner({ view, added }: { view: PopupView; added: boolean }) {
  switch (view.step) {
    case 'loading':
      return <Banner tone="info" title="Reading the page…" testId="popup-status" busy />;
    case 'no-tab':
      return (
        <Banner tone="danger" title="No page to clip" testId="popup-status">
          {view.message}
        </Banner>
      );
    case 'unreadable':
      return (
        <Banner tone="warning" title="Liaison can't read this page" testId="popup-status">
          {view.reason}{' '}
          {view.tab.url
            ? 'You can still save it as a bookmark: its title and address.'
            : 'There is nothing here Liaison can save.'}
        </Banner>
      );
    case 'preview':
      return view.full === 'reading' || (typeof view.full === 'object' && view.full.hasArticle) ? null : (
        <Banner tone="warning" title="No article found on this page" testId="popup-status">
          You can save it as a bookmark: its title and address.
        </Banner>
      );
    case 'existing':
      return added ? (
        <Banner tone="success" title="Added to the source in your library" testId="popup-status">
          Its links and notes are updated.
        </Banner>
      ) : (
        <Banner tone="info" title="Already in your library" testId="popup-status">
          Clipped {formatDate(view.source.capturedAt)}. You can add links and a note to it.
        </Banner>
      );
    case 'saved':
      return (
        <Banner tone="success" title="Saved to your library" testId="popup-status">
          Find it in the library with its links and note.
        </Banner>
      );
  }
}

/** The popup for the tab it was opened on (or `tabId` in tests). */
export function Popup({ tabId }: { tabId?: number }) {
  const [view, setView] = useState<PopupView>({ step: 'loading' });
  const [note, setNote] = useState('');
  const [category, setCategory] = useState<InsightCategory | ''>('');
  const [kols, setKols] = useState<LinkChoice[]>([]);
  const [areas, setAreas] = useState<LinkChoice[]>([]);
  const [saving, setSaving] = useState(false);
  const [added, setAdded] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const [highlighted, setHighlighted] = useState(false);
  const people = useLiveQuery(() => Promise.all([repo.listKols(), repo.listAreas()]), []);
  const compliance = useLiveQuery(() => repo.getComplianceSettings(), []).value ?? NO_SETTINGS;
  const gate = useComplianceGate(toComplianceOptions(compliance, new Date()));

  // The page Save stores, once the full extraction (started as soon as the preview shows) is back.
  const fullPage = useRef<Promise<ExtractedPage>>();

  useEffect(() => {
    let open = true;
    const deps = {
      getTab,
      readTabMetadata,
      findExistingSource: repo.findExistingSource,
    };
    void loadPopupView(deps, tabId).then((first) => {
      if (!open) return;
      setView(first);
      if (first.step !== 'preview') return;
      fullPage.current = readTab(first.tab).then((read) => {
        if (open) setView((current) => withFullRead(current, first.tab.id, read));
        return toSavedPage(read.ok ? read.page : first.page, read.ok ? read.page : 'failed');
      });
    });
    return () => {
      open = false;
    };
  }, [tabId]);

  const candidate = pageToSave(view);
  const reading = view.step === 'preview' && view.full === 'reading';
  const pageToClip = candidate ?? (view.step === 'preview' ? fullPage.current : undefined);
  const highlightTarget =
    view.step === 'existing' ? { source: view.source } : pageToClip ? { page: pageToClip } : undefined;
  const stored = view.step === 'existing' || view.step === 'saved' ? view.source : undefined;
  const marks = usePageHighlights(tabId, stored?.id);
  const clip =
    view.step === 'preview' ? view.page : view.step === 'existing' ? (view.page ?? view.source) : undefined;
  const [allKols = [], allAreas = []] = people.value ?? [];
  const options = useMemo(
    () => ({
      kols: allKols.map((k) => ({ id: k.id, label: k.name, detail: k.institution })),
      areas: toAreaTree(allAreas).map((n) => ({
        id: n.area.id,
        label: n.area.name,
        detail: n.depth ? n.path : undefined,
        color: n.area.color,
      })),
    }),
    [allKols, allAreas],
  );
  const suggestions = useMemo(
    () => (clip ? suggestLinks(clip, allKols, allAreas) : { kols: [], areas: [] }),
    [clip, allKols, allAreas],
  );
  const canLink =
    (view.step === 'preview' || view.step === 'unreadable' || view.step === 'existing') &&
    !added &&
    (view.step !== 'unreadable' || !!view.tab.url);

  async function save(confirmed = false) {
    if (saving || !canLink) return;
    // The compliance check runs on every save; the user removes what it found or confirms it.
    const verdict = await gate.check(note, confirmed);
    if (!verdict.proceed) return;
    setSaving(true);
    setSaveError(undefined);
    const additions = { note, noteCategory: category || undefined, kols, areas };
    try {
      if (view.step === 'existing') {
        const { noteId } = await repo.annotateSource(view.source.id, additions, liveEnv);
        await markIfConfirmed(verdict, noteId);
        setAdded(true);
      } else {
        // Saving before the full text is read waits for it: what is stored is the whole page.
        const page = await pageToClip;
        if (!page) return;
        const { source, noteId } = await repo.saveClip(page, additions, liveEnv);
        await markIfConfirmed(verdict, noteId);
        setView({ step: 'saved', source });
      }
    } catch (error) {
      setSaveError(describeSaveError(error));
    } finally {
      setSaving(false);
    }
  }

  async function markIfConfirmed(verdict: ComplianceVerdict, noteId: string | undefined) {
    if (!verdict.confirmedEvent || !noteId) return;
    const { products } = verdict.confirmedEvent;
    await repo.recordAdverseEventConfirmation({ kind: 'note', id: noteId }, products, liveEnv);
  }

  const shown =
    view.step === 'preview'
      ? view.page
      : view.step === 'existing' || view.step === 'saved'
        ? view.source
        : undefined;
  const saveLabel =
    view.step === 'existing'
      ? 'Add to this source'
      : view.step === 'preview' && (reading || candidate?.hasArticle)
        ? 'Save to library'
        : 'Save as bookmark';
  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span class="popup-brand">Liaison</span>
      </header>
      <div class="popup-body">
        <StatusBanner view={view} added={added} />
        <HighlightList
          highlights={marks.highlights}
          report={marks.report}
          paintError={marks.paintError}
          onFocus={marks.focus}
        />
        {shown && <SourcePreview fields={shown} />}
        {view.step === 'unreadable' && view.tab.url && (
          <div class="bookmark-card">
            <strong>{view.tab.title || view.tab.url}</strong>
            <span class="meta-line">{view.tab.url}</span>
          </div>
        )}
        {view.step === 'preview' &&
          typeof view.full === 'object' &&
          view.full.hasArticle &&
          view.full.warnings.map((w) => (
            <p class="meta-line" key={w}>
              {w}
            </p>
          ))}
        {highlighted && (
          <Banner tone="success" title="Highlight saved" testId="highlight-status">
            It is painted on the page and kept with the source in your library.
          </Banner>
        )}
        {canLink &&
          marks.selection &&
          highlightTarget &&
          (view.step === 'preview' || view.step === 'existing') && (
            <HighlightForm
              selection={marks.selection}
              target={highlightTarget}
              kolOptions={options.kols}
              areaOptions={options.areas}
              kolSuggestions={suggestions.kols}
              areaSuggestions={suggestions.areas}
              compliance={compliance}
              onSaved={(source) => {
                marks.clearSelection();
                setHighlighted(true);
                setView({ step: 'existing', source, page: view.page });
              }}
              onCancel={marks.clearSelection}
            />
          )}
        {canLink && !marks.selection && (
          <form
            class="popup-form"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <ClipLinks
              kolOptions={options.kols}
              areaOptions={options.areas}
              kolSuggestions={suggestions.kols}
              areaSuggestions={suggestions.areas}
              kols={kols}
              areas={areas}
              note={note}
              category={category}
              onKols={setKols}
              onAreas={setAreas}
              onNote={(value) => {
                setNote(value);
                gate.clear();
              }}
              onCategory={setCategory}
              onSubmitShortcut={() => void save()}
            />
            {gate.findings.length > 0 && (
              <ComplianceWarning
                findings={gate.findings}
                text={note}
                pharmacovigilance={compliance.pharmacovigilance}
                reporters={kols.flatMap((k) => options.kols.find((o) => o.id === k.targetId)?.label ?? [])}
                onConfirm={() => void save(true)}
              />
            )}
            {saveError && (
              <Banner tone="danger" title="Not saved">
                {saveError}
              </Banner>
            )}
            {reading && (
              <p class="meta-line reading-hint" data-testid="reading-hint" role="status">
                Reading the full text…
              </p>
            )}
            <button type="submit" class="btn btn-primary btn-block" disabled={saving}>
              {saving ? 'Saving…' : saveLabel}
            </button>
          </form>
        )}
        {stored && (
          <button
            type="button"
            class={`btn btn-block ${view.step === 'saved' || added ? 'btn-primary' : ''}`}
            onClick={() => void openEntry(stored.id)}
          >
            Open in library
          </button>
        )}
      </div>
    </main>
  );
}
