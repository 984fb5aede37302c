// The briefing builder: choose a KOL, window, areas and sections; preview the pack as exported; download it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { BriefingDownloads } from '../../../components/BriefingDownloads';
import { BriefingForm } from '../../../components/BriefingForm';
import { BriefingPreview } from '../../../components/BriefingPreview';
import { EmptyState } from '../../../components/EmptyState';
import { useLiveQuery } from '../../../components/use-live-query';
import { buildBriefing } from '../../../lib/briefing/build-briefing';
import { draftToRequest, emptyDraft, type BriefingDraft } from '../../../lib/briefing/builder-draft';
import { renderHtml } from '../../../lib/briefing/render-html';
import { routeHash } from '../../../lib/route';
import * as repo from '../repo';
import { useBriefingExport, type BuiltBriefing } from './use-briefing-export';
import { useLinkOptions } from './use-link-options';
import './briefing.css';

/** `value` once it has stopped changing for `ms`: typing an objective does not rebuild the pack on every key. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The pack for one KOL, rebuilt as the choices (once typing pauses) or the knowledge base change. */
function useBriefingModel(kolId: string | undefined, draft: BriefingDraft) {
  // The pack is built as of the moment the KOL was opened here: exporting it in several formats records
  // briefings, and those must not move "since the last briefing" under the user's feet.
  const openedAt = useMemo(() => Date.now(), [kolId]);
  const data = useLiveQuery(async () => {
    if (!kolId) return null;
    const loaded = await repo.loadBriefingData(kolId);
    return { ...loaded, briefings: loaded.briefings.filter((b) => b.createdAt < openedAt) };
  }, [kolId, openedAt]);
  const buildFrom = (from: BriefingDraft): BuiltBriefing | { problem: string } | undefined => {
    const drafted = kolId ? draftToRequest(kolId, from) : undefined;
    if (!drafted || 'problem' in drafted) return drafted;
    if (!data.value) return undefined;
    const model = buildBriefing(data.value, drafted.request, openedAt);
    return { request: drafted.request, model, html: renderHtml(model) };
  };
  const settled = useSettled(draft, 250);
  const shown = useMemo(() => buildFrom(settled), [data.value, kolId, settled, openedAt]);
  const built = shown && 'model' in shown ? shown : undefined;
  /** What a download exports: the draft as it is now, even if the preview has not caught up with the last key. */
  const current = (): BuiltBriefing | undefined => {
    const now = settled === draft ? shown : buildFrom(draft);
    return now && 'model' in now ? now : undefined;
  };
  const problem = shown && 'problem' in shown ? shown.problem : undefined;
  return {
    built,
    current,
    problem,
    loading: kolId !== undefined && data.value === undefined && !data.error,
    error: data.error,
  };
}

/** The builder page; `kolId` comes from the route `#/briefing/<kolId>`. */
export function BriefingPage({ kolId }: { kolId?: string }) {
  const { kols, kolOptions, areaOptions } = useLinkOptions();
  const [draft, setDraft] = useState<BriefingDraft>(emptyDraft);
  const { built, current, problem, loading, error } = useBriefingModel(kolId, draft);
  const exporter = useBriefingExport(current);
  const kol = kols.find((k) => k.id === kolId);

  function chooseKol(id: string) {
    setDraft((d) => ({ ...d, areaIds: [] }));
    location.hash = routeHash({ name: 'briefing-kol', id });
  }

  return (
    <section class="page briefing-page" aria-labelledby="briefing-title" data-testid="briefing-builder">
      {kol && (
        <a class="back-link" href={routeHash({ name: 'kol', id: kol.id })}>
          ← {kol.name}
        </a>
      )}
      <div class="page-head">
        <h1 id="briefing-title">Briefing pack{kol ? `: ${kol.name}` : ''}</h1>
      </div>
      {kols.length === 0 ? (
        <EmptyState title="No KOLs yet">
          A briefing pack is about one KOL. <a href={routeHash({ name: 'kol-new' })}>Add a KOL</a> first, then
          link the sources you clip to them.
        </EmptyState>
      ) : (
        <BriefingForm
          kolOptions={kolOptions}
          kolId={kol?.id}
          areaOptions={areaOptions}
          draft={draft}
          windowHint={built ? `Window: ${built.model.window.label}.` : ''}
          problem={problem}
          onKolChange={chooseKol}
          onChange={setDraft}
        />
      )}
      {kolId && !kol && kols.length > 0 && (
        <p class="banner banner-warning">This KOL is not in your list any more. Choose another.</p>
      )}
      {error && (
        <p class="banner banner-danger" role="alert">
          The pack could not be built: {error.message}
        </p>
      )}
      {kol && (
        <>
          <BriefingDownloads
            enabled={built !== undefined}
            busy={exporter.busy}
            status={exporter.status}
            onDownload={(format) => void exporter.download(format)}
          />
          <div class="briefing-preview-head">
            <h2 class="briefing-preview-title">Preview</h2>
            {built && (
              <span class="meta-line">
                {built.model.references.length === 1
                  ? '1 reference'
                  : `${built.model.references.length} references`}{' '}
                · {built.model.window.label} · exactly what the HTML file holds
              </span>
            )}
            {loading && <span class="meta-line">Gathering the knowledge base…</span>}
          </div>
          {built && (
            <BriefingPreview html={built.html} title={`Preview of the briefing pack for ${kol.name}`} />
          )}
        </>
      )}
    </section>
  );
}
