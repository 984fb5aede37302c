// Writes or edits a note: text, insight category, and the KOLs and areas it concerns.
import { INSIGHT_LABELS } from '../lib/insight-labels';
import type { InsightCategory } from '../lib/model';
import { ChipInput, type ChipOption } from './ChipInput';

/** The note being edited. */
export interface NoteDraft {
  text: string;
  category: InsightCategory | '';
  kolIds: string[];
  areaIds: string[];
}

interface Props {
  idPrefix: string;
  draft: NoteDraft;
  kolOptions: ChipOption[];
  areaOptions: ChipOption[];
  saveLabel: string;
  error?: string;
  onChange: (draft: NoteDraft) => void;
  onSave: () => void;
  onCancel?: () => void;
}

/** The note form of the detail view. */
export function NoteEditor({
  idPrefix,
  draft,
  kolOptions,
  areaOptions,
  saveLabel,
  error,
  onChange,
  onSave,
  onCancel,
}: Props) {
  const set = (patch: Partial<NoteDraft>) => onChange({ ...draft, ...patch });
  return (
    <form
      class="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <div class="field">
        <label for={`${idPrefix}-text`}>Note</label>
        <textarea
          id={`${idPrefix}-text`}
          rows={3}
          value={draft.text}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </div>
      <div class="form-grid">
        <div class="field">
          <label for={`${idPrefix}-category`}>Insight category</label>
          <select
            id={`${idPrefix}-category`}
            value={draft.category}
            onChange={(e) => set({ category: e.currentTarget.value as InsightCategory | '' })}
          >
            <option value="">None</option>
            {Object.entries(INSIGHT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <ChipInput
          label="About KOLs"
          options={kolOptions}
          selected={draft.kolIds}
          placeholder="Type a name"
          onAdd={(id) => set({ kolIds: [...draft.kolIds, id] })}
          onRemove={(id) => set({ kolIds: draft.kolIds.filter((x) => x !== id) })}
        />
        <ChipInput
          label="Therapeutic areas"
          options={areaOptions}
          selected={draft.areaIds}
          placeholder="Type an area"
          onAdd={(id) => set({ areaIds: [...draft.areaIds, id] })}
          onRemove={(id) => set({ areaIds: draft.areaIds.filter((x) => x !== id) })}
        />
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="btn btn-primary">
          {saveLabel}
        </button>
        {onCancel && (
          <button type="button" class="btn" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
