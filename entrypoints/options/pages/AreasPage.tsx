// Therapeutic areas: the tree with keywords and counts, a form to add or edit one, delete with confirmation.
import { useState } from 'preact/hooks';
import { AREA_COLORS, AreaForm, type AreaDraft } from '../../../components/AreaForm';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { useLiveQuery } from '../../../components/use-live-query';
import type { TherapeuticArea } from '../../../lib/model';
import { routeHash } from '../../../lib/route';
import { toAreaTree, withDescendants } from '../../../lib/repo/areas';
import { liveEnv } from '../../../lib/repo/live';
import * as repo from '../repo';

const blank = (): AreaDraft => ({ name: '', parentId: '', keywords: '', color: AREA_COLORS[0] ?? '#0e5a78' });
const toDraft = (a: TherapeuticArea): AreaDraft => ({
  name: a.name,
  parentId: a.parentId ?? '',
  keywords: a.keywords.join(', '),
  color: a.color ?? blank().color,
});

/** The list of areas and the form. */
export function AreasPage() {
  const areas = useLiveQuery(() => repo.listAreas(), []);
  const [draft, setDraft] = useState<AreaDraft>(blank);
  const [editing, setEditing] = useState<string>();
  const [error, setError] = useState<string>();
  const [deleting, setDeleting] = useState<TherapeuticArea>();
  const all = areas.value ?? [];
  const tree = toAreaTree(all);

  async function submit() {
    setError(undefined);
    try {
      const input = {
        name: draft.name,
        parentId: draft.parentId || undefined,
        keywords: draft.keywords.split(','),
        color: draft.color,
      };
      await repo.saveArea(input, liveEnv, editing);
      setDraft(blank());
      setEditing(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const parents = editing ? tree.filter((n) => !withDescendants(all, editing).includes(n.area.id)) : tree;
  return (
    <section class="page" aria-labelledby="areas-title">
      <div class="page-head">
        <h1 id="areas-title">Therapeutic areas</h1>
      </div>
      {areas.value && all.length === 0 && (
        <EmptyState title="No therapeutic areas yet">
          Add the areas you cover, nested as you think of them (Oncology › Lung cancer › NSCLC), with
          keywords. Liaison suggests an area when a clip mentions one of its keywords.
        </EmptyState>
      )}
      {tree.length > 0 && (
        <table class="data-table area-tree">
          <thead>
            <tr>
              <th>Area</th>
              <th>Keywords</th>
              <th>
                <span class="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tree.map(({ area, depth }) => (
              <tr key={area.id} data-testid="area-row">
                <td style={{ paddingLeft: `${12 + depth * 20}px` }}>
                  <span
                    class="area-swatch"
                    style={{ background: area.color ?? 'var(--line-strong)' }}
                    aria-hidden="true"
                  />
                  <a href={routeHash({ name: 'area', id: area.id })}>{area.name}</a>
                </td>
                <td class="area-keywords">{area.keywords.join(', ')}</td>
                <td class="num">
                  <button
                    type="button"
                    class="btn btn-quiet"
                    aria-label={`Edit ${area.name}`}
                    onClick={() => {
                      setEditing(area.id);
                      setDraft(toDraft(area));
                    }}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    class="btn btn-quiet"
                    aria-label={`Delete ${area.name}`}
                    onClick={() => setDeleting(area)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section class="detail-section" aria-labelledby="area-form-title">
        <h2 id="area-form-title">{editing ? 'Edit area' : 'Add an area'}</h2>
        <AreaForm
          draft={draft}
          parents={parents}
          error={error}
          submitLabel={editing ? 'Save changes' : 'Add area'}
          onChange={setDraft}
          onSubmit={() => void submit()}
          onCancel={
            editing
              ? () => {
                  setEditing(undefined);
                  setDraft(blank());
                  setError(undefined);
                }
              : undefined
          }
        />
      </section>
      {deleting && (
        <ConfirmDialog
          title={`Delete ${deleting.name}?`}
          message="Its sub-areas move up one level, and it is removed from every source, KOL and note. The sources stay in your library."
          confirmLabel="Delete area"
          onConfirm={() => {
            void repo.deleteArea(deleting.id, liveEnv);
            setDeleting(undefined);
          }}
          onCancel={() => setDeleting(undefined)}
        />
      )}
    </section>
  );
}
