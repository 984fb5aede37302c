// The library's search box and filters: KOL, therapeutic area, kind, capture dates, has notes, safety.
import { KIND_LABELS } from '../lib/source-kind-labels';
import type { ChipOption } from './ChipInput';

/** What the user has typed and chosen. Dates are `YYYY-MM-DD` as date inputs give them. */
export interface LibraryQuery {
  text: string;
  kolId: string;
  areaId: string;
  kind: string;
  from: string;
  to: string;
  hasNotes: boolean;
  /** Only sources with a note or highlight saved after an adverse-event prompt. */
  safety: boolean;
}

/** No search and no filter: the plain library, newest first. */
export const EMPTY_QUERY: LibraryQuery = {
  text: '',
  kolId: '',
  areaId: '',
  kind: '',
  from: '',
  to: '',
  hasNotes: false,
  safety: false,
};

/** Whether anything narrows the library. */
export function isFiltered(q: LibraryQuery): boolean {
  return (
    q.text.trim() !== '' ||
    q.kolId !== '' ||
    q.areaId !== '' ||
    q.kind !== '' ||
    q.from !== '' ||
    q.to !== '' ||
    q.hasNotes ||
    q.safety
  );
}

interface Props {
  query: LibraryQuery;
  kolOptions: ChipOption[];
  areaOptions: ChipOption[];
  onChange: (query: LibraryQuery) => void;
}

/** Search and filters above the library list. */
export function LibraryFilters({ query, kolOptions, areaOptions, onChange }: Props) {
  const set = (patch: Partial<LibraryQuery>) => onChange({ ...query, ...patch });
  return (
    <div class="library-filters" role="search">
      <div class="field search-field">
        <label for="library-search">Search the library</label>
        <input
          id="library-search"
          type="search"
          value={query.text}
          placeholder="Titles, authors, journals, abstracts, notes and highlights"
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </div>
      <div class="filter-row">
        <div class="field">
          <label for="filter-kol">KOL</label>
          <select id="filter-kol" value={query.kolId} onChange={(e) => set({ kolId: e.currentTarget.value })}>
            <option value="">Any KOL</option>
            {kolOptions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-area">Therapeutic area</label>
          <select
            id="filter-area"
            value={query.areaId}
            onChange={(e) => set({ areaId: e.currentTarget.value })}
          >
            <option value="">Any area</option>
            {areaOptions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.detail ?? o.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-kind">Kind</label>
          <select id="filter-kind" value={query.kind} onChange={(e) => set({ kind: e.currentTarget.value })}>
            <option value="">Any kind</option>
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-from">Clipped from</label>
          <input
            id="filter-from"
            type="date"
            value={query.from}
            onInput={(e) => set({ from: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="filter-to">to</label>
          <input
            id="filter-to"
            type="date"
            value={query.to}
            onInput={(e) => set({ to: e.currentTarget.value })}
          />
        </div>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={query.hasNotes}
            onChange={(e) => set({ hasNotes: e.currentTarget.checked })}
          />{' '}
          Has notes
        </label>
        <label class="checkbox" title="Notes and highlights saved after an adverse-event prompt">
          <input
            type="checkbox"
            checked={query.safety}
            data-testid="filter-safety"
            onChange={(e) => set({ safety: e.currentTarget.checked })}
          />{' '}
          Safety
        </label>
        {isFiltered(query) && (
          <button type="button" class="btn btn-quiet" onClick={() => onChange(EMPTY_QUERY)}>
            Clear
          </button>
        )}
      </div>
    </div>
  );
}
