// The popup: preview the page, add a note, save; or say why the page can't be read and offer a bookmark.
import { useEffect, useState } from 'preact/hooks';
import { Banner } from '../../components/Banner';
import { SourcePreview } from '../../components/SourcePreview';
import { getTab, openLibrary, readTab } from '../../lib/browser';
import { describeSaveError, toBookmarkPage } from '../../lib/clipper';
import { formatDate } from '../../lib/format';
import type { ExtractedPage } from '../../lib/model';
import { loadPopupView, type PopupView } from '../../lib/popup-flow';
import { liveEnv, openDatabase } from '../../lib/repo/database';
import { findExistingSource, saveClip } from '../../lib/repo/sources';

const db = openDatabase();

async function openEntry(sourceId: string): Promise<void> {
  await openLibrary(`#/source/${encodeURIComponent(sourceId)}`);
  window.close();
}

/** The page record the Save button stores for a view, if any: the article, or a bookmark. */
function pageToSave(view: PopupView): ExtractedPage | undefined {
  if (view.step === 'preview') return view.page.hasArticle ? view.page : { ...view.page, kind: 'bookmark' };
  if (view.step === 'unreadable' && view.tab.url) return toBookmarkPage(view.tab.url, view.tab.title);
  return undefined;
}

function StatusBanner({ view }: { view: PopupView }) {
  switch (view.step) {
    case 'loading':
      return <Banner tone="info" title="Reading the page…" testId="popup-status" busy />;
    case 'no-tab':
      return <Banner tone="danger" title="No page to clip" testId="popup-status">{view.message}</Banner>;
    case 'unreadable':
      return (
        <Banner tone="warning" title="Liaison can't read this page" testId="popup-status">
          {view.reason} {view.tab.url ? 'You can still save it as a bookmark: its title and address.' : 'There is nothing here Liaison can save.'}
        </Banner>
      );
    case 'preview':
      return view.page.hasArticle ? null : (
        <Banner tone="warning" title="No article found on this page" testId="popup-status">You can save it as a bookmark: its title and address.</Banner>
      );
    case 'existing':
      return <Banner tone="info" title="Already in your library" testId="popup-status">Clipped {formatDate(view.source.capturedAt)}.</Banner>;
    case 'saved':
      return <Banner tone="success" title="Saved to your library" testId="popup-status">Find it in the library with its note.</Banner>;
  }
}

/** The popup for the tab it was opened on (or `tabId` in tests). */
export function Popup({ tabId }: { tabId?: number }) {
  const [view, setView] = useState<PopupView>({ step: 'loading' });
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();

  useEffect(() => {
    const deps = { getTab, readTab, findExistingSource: (keys: Parameters<typeof findExistingSource>[1]) => findExistingSource(db, keys) };
    void loadPopupView(deps, tabId).then(setView);
  }, [tabId]);

  const candidate = pageToSave(view);

  async function save() {
    if (!candidate || saving) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      const { source } = await saveClip(db, candidate, { note }, liveEnv);
      setView({ step: 'saved', source });
    } catch (error) {
      setSaveError(describeSaveError(error));
    } finally {
      setSaving(false);
    }
  }

  const shown = view.step === 'preview' ? view.page : view.step === 'existing' || view.step === 'saved' ? view.source : undefined;
  const stored = view.step === 'existing' || view.step === 'saved' ? view.source : undefined;
  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span class="popup-brand">Liaison</span>
      </header>
      <div class="popup-body">
        <StatusBanner view={view} />
        {shown && <SourcePreview fields={shown} />}
        {view.step === 'unreadable' && view.tab.url && (
          <div class="bookmark-card">
            <strong>{view.tab.title || view.tab.url}</strong>
            <span class="meta-line">{view.tab.url}</span>
          </div>
        )}
        {view.step === 'preview' && view.page.hasArticle && view.page.warnings.map((w) => <p class="meta-line" key={w}>{w}</p>)}
        {candidate && (
          <form class="popup-form" onSubmit={(event) => { event.preventDefault(); void save(); }}>
            <div class="field">
              <label for="note">Note</label>
              <textarea
                id="note"
                rows={3}
                value={note}
                placeholder="Why this matters, for whom…"
                onInput={(event) => setNote(event.currentTarget.value)}
                onKeyDown={(event) => (event.ctrlKey || event.metaKey) && event.key === 'Enter' && void save()}
              />
            </div>
            {saveError && <Banner tone="danger" title="Not saved">{saveError}</Banner>}
            <button type="submit" class="btn btn-primary btn-block" disabled={saving}>
              {saving ? 'Saving…' : view.step === 'preview' && view.page.hasArticle ? 'Save to library' : 'Save as bookmark'}
            </button>
          </form>
        )}
        {stored && (
          <button type="button" class="btn btn-primary btn-block" onClick={() => void openEntry(stored.id)}>
            Open in library
          </button>
        )}
      </div>
    </main>
  );
}
