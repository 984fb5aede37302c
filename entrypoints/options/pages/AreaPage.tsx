// One therapeutic area: its sources (with its sub-areas') and the KOLs who work in it.
import { EmptyState } from '../../../components/EmptyState';
import { SourceRow } from '../../../components/SourceRow';
import { useLiveQuery } from '../../../components/use-live-query';
import { routeHash } from '../../../lib/route';
import { toAreaTree, withDescendants } from '../../../lib/repo/areas';
import * as repo from '../repo';

/** The area page, live. */
export function AreaPage({ id }: { id: string }) {
  const data = useLiveQuery(async () => {
    const areas = await repo.listAreas();
    const node = toAreaTree(areas).find((n) => n.area.id === id);
    if (!node) return null;
    const ids = withDescendants(areas, id);
    const [sources, kols] = await Promise.all([repo.listSourcesLinkedToAreas(ids), repo.listKols()]);
    return { node, sources, kols: kols.filter((k) => k.areaIds.some((a) => ids.includes(a))) };
  }, [id]);
  if (data.value === undefined) return null;
  if (data.value === null) {
    return (
      <EmptyState title="This area is not in your list">
        It may have been deleted. <a href={routeHash({ name: 'areas' })}>Back to areas</a>.
      </EmptyState>
    );
  }
  const { node, sources, kols } = data.value;
  return (
    <article class="page detail" data-testid="area-detail">
      <a class="back-link" href={routeHash({ name: 'areas' })}>
        ← Therapeutic areas
      </a>
      <header class="detail-head">
        <p class="meta-line">{node.path}</p>
        <h1>
          <span class="area-swatch" style={{ background: node.area.color }} aria-hidden="true" />
          {node.area.name}
        </h1>
        {node.area.keywords.length > 0 && <p class="meta-line">Keywords: {node.area.keywords.join(', ')}</p>}
      </header>
      <section class="detail-section" aria-labelledby="area-kols-title">
        <h2 id="area-kols-title">KOLs ({kols.length})</h2>
        {kols.length === 0 ? (
          <p class="muted">No KOL is assigned to this area.</p>
        ) : (
          <p>
            {kols.map((k, i) => (
              <span key={k.id}>
                {i > 0 && ' · '}
                <a href={routeHash({ name: 'kol', id: k.id })}>{k.name}</a>
              </span>
            ))}
          </p>
        )}
      </section>
      <section class="detail-section" aria-labelledby="area-sources-title">
        <h2 id="area-sources-title">Sources ({sources.length})</h2>
        {sources.length === 0 ? (
          <p class="muted">Nothing linked to this area yet.</p>
        ) : (
          <ol class="source-list">
            {sources.map((s) => (
              <SourceRow key={s.id} source={s} />
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
