// The KOL list: every profile with specialty, institution, tier, areas and how many sources are linked.
import { EmptyState } from '../../../components/EmptyState';
import { useLiveQuery } from '../../../components/use-live-query';
import { routeHash } from '../../../lib/route';
import * as repo from '../repo';
import { KolCsvTools } from './KolCsvTools';

/** All KOLs, by name. */
export function KolsPage() {
  const data = useLiveQuery(async () => {
    const [kols, areas] = await Promise.all([repo.listKols(), repo.listAreas()]);
    const counts = await repo.countSourcesPerKol(kols.map((k) => k.id));
    return { kols, areaNames: new Map(areas.map((a) => [a.id, a.name])), counts };
  }, []);
  const {
    kols = [],
    areaNames = new Map<string, string>(),
    counts = new Map<string, number>(),
  } = data.value ?? {};
  return (
    <section class="page" aria-labelledby="kols-title">
      <div class="page-head">
        <h1 id="kols-title">KOLs</h1>
        {kols.length > 0 && (
          <span class="meta-line">{kols.length === 1 ? '1 profile' : `${kols.length} profiles`}</span>
        )}
        <div class="page-actions">
          <a class="btn btn-primary" href={routeHash({ name: 'kol-new' })}>
            New KOL
          </a>
        </div>
      </div>
      {data.value && kols.length === 0 && (
        <EmptyState title="No KOLs yet">
          <p>
            Add the key opinion leaders you work with, with the name forms they publish under. Liaison then
            suggests them when you clip their papers, and builds their briefing packs.
          </p>
          <p>
            <a href={routeHash({ name: 'kol-new' })}>Add a KOL</a> or import a CSV file from your CRM below.
          </p>
        </EmptyState>
      )}
      {kols.length > 0 && (
        <table class="data-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Specialty</th>
              <th>Institution</th>
              <th>Tier</th>
              <th>Therapeutic areas</th>
              <th class="num">Sources</th>
            </tr>
          </thead>
          <tbody>
            {kols.map((kol) => (
              <tr key={kol.id} data-testid="kol-row">
                <td>
                  <a href={routeHash({ name: 'kol', id: kol.id })}>{kol.name}</a>
                  {kol.credentials && <span class="muted">, {kol.credentials}</span>}
                </td>
                <td>{kol.specialty}</td>
                <td>{kol.institution}</td>
                <td>{kol.tier}</td>
                <td>
                  {kol.areaIds
                    .map((id) => areaNames.get(id))
                    .filter(Boolean)
                    .join(', ')}
                </td>
                <td class="num">{counts.get(kol.id) ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <KolCsvTools kols={kols} />
    </section>
  );
}
